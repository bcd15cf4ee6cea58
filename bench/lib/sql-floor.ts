import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { summarise, type Measurement } from './stats';

/**
 * The floor under an endpoint: the SQL it runs, sent straight through `pg`
 * by `connections` clients in a closed loop (each sends the next as soon as
 * the last answered), like autocannon does over HTTP.
 */
export async function sqlLoad(
  name: string,
  pool: pg.Pool,
  queries: readonly CompiledQuery[],
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < deadline) {
        const begin = performance.now();
        for (const query of queries) await client.query(query.sql, query.parameters as unknown[]);
        latencies.push(performance.now() - begin);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return summarise(name, latencies, (performance.now() - started) / 1000, { '200': latencies.length });
}
