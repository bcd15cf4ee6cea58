// npm run bench:save: the save path alone (issue 15) — the hello-world ceiling (a), the one-durable-insert
// floor (a′) and the autosave (b) at ten connections, fifty respondents at once and one at a time, each with
// the CPU the server, PostgreSQL and the load generator spent per request (lib/cpu.ts) and the round trips
// to PostgreSQL per request, so figures from a shared machine can be read beside each other. See bench/README.md.
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { autosaveRequests, resyncWriters, writersFor } from './lib/autosave';
import { cpuBetween, cpuSample, type CpuSplit } from './lib/cpu';
import { monotonicUs, serverProfile, printProfileSummary, type Window } from './lib/cpu-profile';
import { startEnvironment, type BenchEnvironment } from './lib/environment';
import { load, type LoadOptions } from './lib/load';
import { loadDataSet } from './lib/load-data-set';
import { PROFILE_SETTINGS, printProfile, startProfile } from './lib/pg-profile';
import { machine } from './lib/report';
import type { Measurement } from './lib/stats';

const HELP = `npm run bench:save -- [options]
  --organisations N  organisations in the data set (default 2500)
  --rounds R         earlier rounds imported (default 2)
  --seconds S        length of each load run (default 10)
  --repeat K         run the whole set K times (default 1), to see how much the figures move
  --writers W        respondents saving (default 250)
  --pg-profile       instead: PostgreSQL with pg_stat_statements and track_functions, one autosave run at ten
                     connections, then per request its statements, functions (triggers), HOT updates, index scans, WAL
  --cpu-profile DIR  also the server's V8 CPU profile (written to DIR), summarised over the first ten-connection
                     autosave run: busy time by package or app folder, by function, and by function with its callees`;

const log = (message: string) => console.log(`· ${message}`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '2500' },
      rounds: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '10' },
      repeat: { type: 'string', default: '1' },
      writers: { type: 'string', default: '250' },
      'pg-profile': { type: 'boolean', default: false },
      'cpu-profile': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const whole = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return value;
  };
  return {
    organisations: whole('organisations', values.organisations),
    rounds: whole('rounds', values.rounds),
    seconds: whole('seconds', values.seconds),
    repeat: whole('repeat', values.repeat),
    writers: whole('writers', values.writers),
    pgProfile: values['pg-profile'],
    cpuProfile: values['cpu-profile'],
  };
}

type Row = Measurement & { cpu: CpuSplit; roundTrips: number; window: Window };

async function queriesSent(env: BenchEnvironment): Promise<number> {
  const answer = await fetch(`${env.baseUrl}/bench/queries`);
  return ((await answer.json()) as { queries: number }).queries;
}

/** One load run with the CPU each process spent and the statements the server sent meanwhile. */
async function measured(env: BenchEnvironment, options: LoadOptions): Promise<Row> {
  const load1 = loadavg()[0]!;
  const queriesBefore = await queriesSent(env);
  const before = cpuSample(env.serverPid, env.postmasterPid);
  const fromUs = monotonicUs();
  const result = await load(options);
  const toUs = monotonicUs();
  const after = cpuSample(env.serverPid, env.postmasterPid);
  const queries = (await queriesSent(env)) - queriesBefore;
  const row = { ...result, cpu: cpuBetween(before, after, load1), roundTrips: queries / Math.max(1, result.requests), window: { fromUs, toUs } };
  const per = (ms: number) => ((1000 * ms) / Math.max(1, result.requests)).toFixed(0);
  log(
    `${row.name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms; ` +
      `CPU µs/request server ${per(row.cpu.serverMs)}, PostgreSQL ${per(row.cpu.postgresMs)}, generator ${per(row.cpu.generatorMs)}; ` +
      `${row.roundTrips.toFixed(2)} statements/request; load ${load1.toFixed(1)}`,
  );
  return row;
}

function table(rows: Row[]): string {
  const per = (row: Row, ms: number) => ((1000 * ms) / Math.max(1, row.requests)).toFixed(0);
  const busy = (row: Row, ms: number) => `${((100 * ms) / row.cpu.wallMs).toFixed(0)}%`;
  return [
    '| Scenario | req/s | p50 ms | p99 ms | server µs/req | PostgreSQL µs/req | generator µs/req | server busy | PostgreSQL busy | statements/req | load (1 min) | answers |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${per(r, r.cpu.serverMs)} | ${per(r, r.cpu.postgresMs)} | ` +
        `${per(r, r.cpu.generatorMs)} | ${busy(r, r.cpu.serverMs)} | ${busy(r, r.cpu.postgresMs)} | ${r.roundTrips.toFixed(2)} | ${r.cpu.load1.toFixed(1)} | ` +
        `${Object.entries(r.statuses)
          .map(([status, count]) => `${status}×${count}`)
          .join(' ')} |`,
    ),
  ].join('\n');
}

type Options = ReturnType<typeof readOptions>;

/** The runs; answers the first ten-connection autosave run (the one --cpu-profile summarises). */
async function scenarios(env: BenchEnvironment, options: Options): Promise<Row | undefined> {
  let profiled: Row | undefined;
  const data = await loadDataSet(env, { ...options, connections: 10, skipStart: true });
  const writers = await writersFor(env, data.organisations, options.writers);
  // Each run's saves, after the writers whose last answer the previous run dropped have read their version.
  const saves = async () => {
    await resyncWriters(data.openYear, writers, env.baseUrl);
    return autosaveRequests(data.openYear, writers, data.bank, env.baseUrl);
  };
  const seconds = options.seconds;
  // Warm-up: JIT, the pool's connections, prepared statements, every writer's first save (which creates the response).
  await load({ name: 'warm-up', url: `${env.baseUrl}/bench/hello`, connections: 10, seconds: 2 });
  await load({ name: 'warm-up', url: env.baseUrl, connections: 50, seconds: 3, requests: await saves() });

  if (options.pgProfile) {
    const start = await startProfile(env.db);
    const row = await measured(env, { name: '(b) autosave, 10 connections', url: env.baseUrl, connections: 10, seconds, requests: await saves() });
    await printProfile(env.db, start, row.requests);
    return row;
  }

  const rows: Row[] = [];
  for (let round = 1; round <= options.repeat; round++) {
    if (options.repeat > 1) log(`round ${round} of ${options.repeat}`);
    const suffix = options.repeat > 1 ? ` #${round}` : '';
    rows.push(await measured(env, { name: `(a) hello world${suffix}`, url: `${env.baseUrl}/bench/hello`, connections: 10, seconds }));
    rows.push(
      await measured(env, {
        name: `(a′) one durable insert${suffix}`,
        url: `${env.baseUrl}/bench/durable-write`,
        method: 'POST',
        connections: 10,
        seconds,
      }),
    );
    const autosave = await measured(env, {
      name: `(b) autosave, 10 connections${suffix}`,
      url: env.baseUrl,
      connections: 10,
      seconds,
      requests: await saves(),
    });
    profiled ??= autosave;
    rows.push(autosave);
    rows.push(
      await measured(env, {
        name: `(b) autosave, 50 respondents at once${suffix}`,
        url: env.baseUrl,
        connections: Math.min(50, writers.length),
        seconds,
        requests: await saves(),
      }),
    );
    rows.push(
      await measured(env, { name: `(b) autosave, one at a time${suffix}`, url: env.baseUrl, connections: 1, seconds, requests: await saves() }),
    );
    // The floor one at a time: its p50 is a round trip and a WAL flush (what every save waits for at least once).
    rows.push(
      await measured(env, {
        name: `(a′) one durable insert, one at a time${suffix}`,
        url: `${env.baseUrl}/bench/durable-write`,
        method: 'POST',
        connections: 1,
        seconds,
      }),
    );
  }
  console.log(`\n${table(rows)}\n`);
  console.log(
    'CPU from /proc (10 ms ticks per process), summed over the run: the server process, PostgreSQL (postmaster, backends, ' +
      'WAL writer, checkpointer…), and this process (autocannon). "busy" is CPU time over wall time (100% = one core).',
  );
  return profiled;
}

async function main() {
  const options = readOptions();
  console.log(`Mognad save-path benchmark — ${machine()}`);
  if (options.cpuProfile) process.env.BENCH_CPU_PROFILE = path.resolve(options.cpuProfile);
  const env = await startEnvironment({ postgresSettings: options.pgProfile ? PROFILE_SETTINGS : [] });
  let profiled: Row | undefined;
  try {
    profiled = await scenarios(env, options);
  } finally {
    await env.stop();
  }
  if (options.cpuProfile && profiled) {
    const file = await serverProfile(path.resolve(options.cpuProfile));
    if (!file) throw new Error(`no CPU profile in ${options.cpuProfile}`);
    await printProfileSummary(file, profiled.window, profiled.requests, profiled.cpu.serverMs);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
