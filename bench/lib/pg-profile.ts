import { sql, type Kysely } from 'kysely';
import type { Database } from '#server/db/schema';

/*
 * PostgreSQL's side of a load run (`npm run bench:save -- --pg-profile`):
 * per statement (pg_stat_statements, nested statements of functions and
 * triggers included), per function (trigger functions among them), the
 * tables' inserts and HOT updates, which indexes anything read, and the WAL
 * written — each divided by the requests of the run.
 */

/** Settings the profiled server starts with. */
export const PROFILE_SETTINGS = [
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track=all',
  'pg_stat_statements.track_planning=on',
  'track_functions=all',
] as const;

const TABLES = ['answer', 'response', 'audit_log', 'session', 'results_revision'];

export type ProfileStart = { lsn: string };

/** Zeroes the counters; call right before the run. */
export async function startProfile(db: Kysely<Database>): Promise<ProfileStart> {
  await sql`create extension if not exists pg_stat_statements`.execute(db);
  await sql`select pg_stat_statements_reset()`.execute(db);
  await sql`select pg_stat_reset()`.execute(db);
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(db);
  return { lsn: rows[0]!.lsn };
}

const oneLine = (text: string, width = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/** Prints the counters since startProfile, per request of the run. */
export async function printProfile(db: Kysely<Database>, start: ProfileStart, requests: number): Promise<void> {
  // The statistics collector's counters reach the shared view at the end of each backend's transaction (or within a second).
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const per = (value: number | string) => Number(value) / Math.max(1, requests);
  const wal = await sql<{ bytes: string }>`select pg_wal_lsn_diff(pg_current_wal_lsn(), ${start.lsn}::pg_lsn)::text as bytes`.execute(db);
  console.log(`\nPostgreSQL, per request (${requests} requests): WAL ${per(wal.rows[0]!.bytes).toFixed(0)} bytes`);

  const statements = await sql<{
    query: string;
    toplevel: boolean;
    calls: string;
    exec_ms: number;
    plan_ms: number;
    plans: string;
    hit: string;
    dirtied: string;
    wal_bytes: string;
    wal_fpi: string;
  }>`select query, toplevel, calls::text, total_exec_time as exec_ms, total_plan_time as plan_ms, plans::text,
      shared_blks_hit::text as hit, shared_blks_dirtied::text as dirtied, wal_bytes::text, wal_fpi::text
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    order by total_exec_time + total_plan_time desc limit 14`.execute(db);
  console.log('\n| statement | top | calls/req | exec µs/call | plan µs/call (plans) | blocks hit/call | dirtied/req | WAL B/req | FPI/req |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of statements.rows) {
    const calls = Number(s.calls);
    console.log(
      `| ${oneLine(s.query).replace(/\|/g, '\\|')} | ${s.toplevel ? 'y' : 'n'} | ${per(calls).toFixed(2)} | ${((1000 * s.exec_ms) / calls).toFixed(0)} | ` +
        `${Number(s.plans) > 0 ? ((1000 * s.plan_ms) / Number(s.plans)).toFixed(0) : '—'} (${s.plans}) | ${(Number(s.hit) / calls).toFixed(1)} | ` +
        `${per(s.dirtied).toFixed(2)} | ${per(s.wal_bytes).toFixed(0)} | ${per(s.wal_fpi).toFixed(2)} |`,
    );
  }

  const functions = await sql<{ funcname: string; calls: string; total_time: number; self_time: number }>`
    select funcname, calls::text, total_time, self_time from pg_stat_user_functions order by total_time desc limit 10`.execute(db);
  console.log('\n| function | calls/req | total µs/call | self µs/call |');
  console.log('|---|---:|---:|---:|');
  for (const f of functions.rows) {
    const calls = Number(f.calls);
    console.log(
      `| ${f.funcname} | ${per(calls).toFixed(2)} | ${((1000 * f.total_time) / calls).toFixed(0)} | ${((1000 * f.self_time) / calls).toFixed(0)} |`,
    );
  }

  const tables = await sql<{ relname: string; ins: string; upd: string; hot: string; size: string }>`
    select relname, n_tup_ins::text as ins, n_tup_upd::text as upd, n_tup_hot_upd::text as hot,
      pg_size_pretty(pg_relation_size(relid)) as size
    from pg_stat_user_tables where relname = any(${TABLES}::text[]) order by relname`.execute(db);
  console.log('\n| table | inserts/req | updates/req | of them HOT | size |');
  console.log('|---|---:|---:|---:|---:|');
  for (const t of tables.rows) {
    const hot = Number(t.upd) > 0 ? `${((100 * Number(t.hot)) / Number(t.upd)).toFixed(0)} %` : '—';
    console.log(`| ${t.relname} | ${per(t.ins).toFixed(2)} | ${per(t.upd).toFixed(2)} | ${hot} | ${t.size} |`);
  }

  const indexes = await sql<{ relname: string; indexrelname: string; scans: string; size: string }>`
    select relname, indexrelname, idx_scan::text as scans, pg_size_pretty(pg_relation_size(indexrelid)) as size
    from pg_stat_user_indexes where relname = any(${TABLES}::text[]) order by relname, indexrelname`.execute(db);
  console.log('\n| index | scans/req | size |');
  console.log('|---|---:|---:|');
  for (const i of indexes.rows) console.log(`| ${i.indexrelname} | ${per(i.scans).toFixed(2)} | ${i.size} |`);
}
