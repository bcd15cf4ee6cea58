import { describe, expect, it } from 'vitest';
import { recordAudit } from '#server/audit/repository';
import type { AuditAction } from '#shared/api/audit';
import { insertOutboxMessage } from '#server/mail/repository';
import { useTestApp } from './support/app';
import { loginAs } from './support/auth';

const ctx = useTestApp();

type Page = { rows: { id: number }[]; total: unknown };

/** Fetches page after page of `limit` rows until one comes back short; returns every page. */
async function pageThrough(cookie: string, url: string, limit: number, rowsOf: (body: Record<string, unknown>) => { id: number }[]) {
  const pages: Page[] = [];
  for (let offset = 0; ; offset += limit) {
    const separator = url.includes('?') ? '&' : '?';
    const response = await ctx.app.inject({ method: 'GET', url: `${url}${separator}limit=${limit}&offset=${offset}`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    pages.push({ rows: rowsOf(body), total: body.total });
    if (rowsOf(body).length < limit) return pages;
  }
}

/** Every page reports the same numeric total, and together the pages hold exactly `expected`, in that order. */
function expectPagesHold(pages: Page[], expected: number[]) {
  for (const page of pages) expect(page.total).toBe(expected.length);
  expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(expected);
}

describe('paging through the admin lists', () => {
  it('users: every user exactly once, by e-mail, with the total of the filtered set', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    // Inserted in an order unlike the e-mail order, so paging by id would show.
    const names = Array.from({ length: 130 }, (_, i) => `paged-${String((i * 37) % 130).padStart(3, '0')}@example.se`);
    const inserted = await ctx.app.db
      .insertInto('app_user')
      .values(names.map((email) => ({ email, name: `Person ${email}`, password_hash: null })))
      .returning(['id', 'email'])
      .execute();
    const byEmail = [...inserted].sort((a, b) => a.email.localeCompare(b.email)).map((row) => row.id);

    const pages = await pageThrough(admin.cookie, '/api/admin/users?search=paged-', 50, (body) => body.users as { id: number }[]);
    expect(pages.map((page) => page.rows.length)).toEqual([50, 50, 30]);
    expectPagesHold(pages, byEmail);

    const everyone = await ctx.app.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const unfiltered = await ctx.app.inject({ method: 'GET', url: '/api/admin/users?limit=1', headers: { cookie: admin.cookie } });
    expect(unfiltered.json().total).toBe(everyone.n);
  });

  it('audit log: every entry exactly once, newest first, with the total of the filtered set', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    // Actions the app never writes (hence the casts), so the filters find only these entries.
    for (let i = 0; i < 120; i += 1) {
      await recordAudit(ctx.app.db, { actorUserId: admin.id, action: (i % 2 === 0 ? 'paging.even' : 'paging.odd') as AuditAction, details: { i } });
    }
    // An underscore in the filter is a character, not a LIKE wildcard.
    await recordAudit(ctx.app.db, { actorUserId: admin.id, action: 'pagingXeven' as AuditAction, details: {} });
    const newestFirst = await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'paging.even').orderBy('id', 'desc').execute();

    const pages = await pageThrough(admin.cookie, '/api/admin/audit?action=paging.even', 25, (body) => body.entries as { id: number }[]);
    expect(pages.map((page) => page.rows.length)).toEqual([25, 25, 10]);
    expectPagesHold(
      pages,
      newestFirst.map((row) => row.id),
    );

    const underscore = await ctx.app.inject({ method: 'GET', url: '/api/admin/audit?action=paging_', headers: { cookie: admin.cookie } });
    expect(underscore.json()).toEqual({ entries: [], total: 0 });
  });

  it('outbox: every message exactly once, newest first, with the total of the filtered set', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const ids: number[] = [];
    for (let i = 0; i < 110; i += 1) {
      const to = `outbox-${i % 3 === 0 ? 'paged' : 'other'}-${i}@example.se`;
      const id = await insertOutboxMessage(ctx.app.db, { to, subject: `Meddelande ${i}`, text: 'Hej', kind: 'invitation' });
      if (to.includes('paged')) ids.unshift(id);
    }

    const pages = await pageThrough(admin.cookie, '/api/admin/outbox?to=outbox-paged', 10, (body) => body.messages as { id: number }[]);
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 10, 7]);
    expectPagesHold(pages, ids);
  });

  it('a page past the end is empty but still reports the total', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const response = await ctx.app.inject({ method: 'GET', url: '/api/admin/audit?action=paging.odd&offset=500', headers: { cookie: admin.cookie } });
    expect(response.json()).toEqual({ entries: [], total: 60 });
  });
});
