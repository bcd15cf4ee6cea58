import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withLongStatementTimeout } from '#server/db/timeouts';
import { useTestApp } from './support/app';

// Short limits, so a statement can outlast them quickly.
const ctx = useTestApp({ DB_STATEMENT_TIMEOUT_MS: '300', DB_LOCK_TIMEOUT_MS: '200', DB_LONG_STATEMENT_TIMEOUT_MS: '5000' });

const setting = async (name: string) => (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(ctx.app.db)).rows[0]!.value;

describe('database timeouts', () => {
  it('sets the limits on every connection', async () => {
    expect(await setting('statement_timeout')).toBe('300ms');
    expect(await setting('lock_timeout')).toBe('200ms');
    expect(await setting('idle_in_transaction_session_timeout')).toBe('30s');
  });

  it('cancels a statement that runs too long, and the connection stays usable', async () => {
    await expect(sql`select pg_sleep(0.6)`.execute(ctx.app.db)).rejects.toMatchObject({ code: '57014' });
    expect(await setting('statement_timeout')).toBe('300ms');
  });

  it('gives administrative work the long limit in its own transaction only', async () => {
    const inside = await withLongStatementTimeout(ctx.app.db, async (trx) => {
      await sql`select pg_sleep(0.6)`.execute(trx);
      return (await sql<{ value: string }>`select current_setting('statement_timeout') as value`.execute(trx)).rows[0]!.value;
    });
    expect(inside).toBe('5s');
    expect(await setting('statement_timeout')).toBe('300ms');
  });

  it('gives up waiting for a lock after the lock timeout', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = ctx.app.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(4242)`.execute(trx);
      locked();
      await held;
    });
    await isLocked;
    try {
      await expect(ctx.app.db.transaction().execute((trx) => sql`select pg_advisory_xact_lock(4242)`.execute(trx))).rejects.toMatchObject({
        code: '55P03',
      });
    } finally {
      release();
      await holder;
    }
  });
});
