export * from './answers';
export * from './rule';
export * from './score';
export * from './validate';
