import { parseArgs } from 'node:util';

export type BenchOptions = {
  organisations: number;
  rounds: number;
  seconds: number;
  connections: number;
  writers: number;
  skipStart: boolean;
};

const HELP = `npm run bench -- [options]
  --organisations N  organisations in the data set (default 2500; the first 290 are the municipalities)
  --rounds R         earlier rounds imported for all of them (default 10)
  --seconds S        length of each load run (default 10)
  --connections C    concurrent connections per load run (default 10)
  --writers W        respondents (one organisation each) in the autosave run (default 250)
  --skip-start       skip the cold/warm start measurement`;

export function readOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      organisations: { type: 'string', default: '2500' },
      rounds: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      writers: { type: 'string', default: '250' },
      'skip-start': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const positive = (name: string, text: string, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
    return value;
  };
  return {
    organisations: positive('organisations', values.organisations, 20_000),
    rounds: positive('rounds', values.rounds, 30),
    seconds: positive('seconds', values.seconds, 120),
    connections: positive('connections', values.connections, 200),
    writers: positive('writers', values.writers, 20_000),
    skipStart: values['skip-start'],
  };
}
