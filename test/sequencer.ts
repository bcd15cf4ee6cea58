import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (the last run's slowest first; on a clean clone, the largest file first), except that two kinds of
 * file go first:
 *
 * 1. The files which start the compiled server as a process of its own (they import scripts/server-build.mjs: startup,
 *    crash-safety, database-supervision). They spend most of their time waiting on those processes (a 15 s stall,
 *    exits, restarts) and hold their worker for up to a minute on little CPU: started first, they wait while the
 *    checks and the other worker's files use the cores, instead of being the run's tail.
 * 2. Then the other files that run the project's own scripts (they import from scripts/: the generators behind the
 *    API and database types' drift tests). They are small files that take 5–15 s (openapi-typescript and prettier
 *    over 42,000 lines, kysely-codegen), so on a clean clone, ordered by size, one of them was the last file to start
 *    and ran alone while the other worker had nothing left (test/README.md, session 12).
 */
export class ProcessesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = sorted.filter((file) => source(file).includes('scripts/server-build.mjs'));
    const second = sorted.filter((file) => !first.includes(file) && /from '(\.\.\/)+scripts\//.test(source(file)));
    return [...first, ...second, ...sorted.filter((file) => !first.includes(file) && !second.includes(file))];
  }
}

function source(file: TestSpecification): string {
  return readFileSync(file.moduleId, 'utf8');
}
