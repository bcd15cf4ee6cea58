import { beforeAll, describe, expect, it } from 'vitest';
import { closedRoundProfile, generateResponseCsv } from '#server/demo/generator';
import { responseColumns } from '#server/exchange/response-csv';
import { fromSpreadsheetSafe, spreadsheetSafe } from '#server/http/csv';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { currentBank, readRecords } from './support/results';
import { openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
let admin: TestUser;
let areaKeys: string[];
let header: string;

async function createRound(year: number, state: 'draft' | 'open' | 'closed' | 'published' = 'open') {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/admin/rounds',
    headers: { cookie: admin.cookie },
    payload: { year, opensAt: `${year}-03-01T00:00:00Z`, closesAt: `${year}-06-01T00:00:00Z` },
  });
  expect(created.statusCode).toBe(201);
  const path = ['open', 'closed', 'published'];
  for (const next of path.slice(0, path.indexOf(state) + 1)) {
    const moved = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/rounds/${year}/state`,
      headers: { cookie: admin.cookie },
      payload: { state: next },
    });
    expect(moved.statusCode).toBe(200);
  }
}

const importCsv = (year: number, csv: string, cookie = admin.cookie) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/admin/rounds/${year}/responses/import`,
    headers: { cookie, 'content-type': 'text/csv' },
    payload: csv,
  });

async function exportCsv(year: number, cookie = admin.cookie) {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/admin/rounds/${year}/responses/export`, headers: { cookie } });
  return response;
}

/** A row with every area empty except those given. */
function row(code: string, status: string, submittedAt: string, cells: Record<string, string> = {}): string {
  const values = responseColumns(areaKeys).map((column) => {
    if (column === 'organisation_code') return code;
    if (column === 'status') return status;
    if (column === 'submitted_at') return submittedAt;
    return cells[column] ?? '';
  });
  return values.join(',');
}

beforeAll(async () => {
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
  areaKeys = (await currentBank(ctx.app)).areas.map((a) => a.key);
  header = responseColumns(areaKeys).join(',');
});

describe('response export and import', () => {
  it('exports exactly what was imported, byte for byte, and the round trip is stable', async () => {
    await createRound(2031);
    const { areas } = await currentBank(ctx.app);
    const codes = (await ctx.app.db.selectFrom('organisation').select('code').orderBy('code').execute()).map((o) => o.code);
    const csv = generateResponseCsv({ organisationCodes: codes, year: 2031, areas, profile: closedRoundProfile(2031), seed: 7 });
    expect(csv).toContain('not_started');
    expect(csv).toContain(',draft,');
    expect(csv).toMatch(/"[^"]*\n[^"]*"/); // a multi-line comment, quoted

    const imported = await importCsv(2031, csv);
    expect(imported.statusCode, imported.body).toBe(200);
    const notStarted = csv.split('\r\n').filter((line) => line.split(',')[1] === 'not_started').length;
    // not_started rows match the stored state already (no response): nothing to change for them.
    expect(imported.json()).toMatchObject({ year: 2031, rows: codes.length, invited: codes.length, notStarted, changed: codes.length - notStarted });

    const first = await exportCsv(2031);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/csv/);
    expect(first.body).toBe(csv);

    const again = await importCsv(2031, first.body);
    expect(again.json()).toMatchObject({ changed: 0, unchanged: codes.length });
    expect((await exportCsv(2031)).body).toBe(first.body);
  });

  it('sets statuses exactly as the file says: not_started removes a response, drafts have no submitted_at', async () => {
    await createRound(2032);
    const at = '2032-03-14T09:30:00.000Z';
    const first = await importCsv(
      2032,
      [
        header,
        row('0114', 'submitted', at, { ciso: 'yes', ciso_followup: areaKeys.includes('ciso') ? 'lt25' : '' }),
        row('0180', 'draft', '', { management: 'no', management_comment: '"Inte än, ""snart"""' }),
      ].join('\n'),
    );
    expect(first.statusCode, first.body).toBe(200);
    const next = await importCsv(2032, [header, row('0114', 'not_started', ''), row('0180', 'submitted', '2032-03-15T10:00:00+01:00')].join('\r\n'));
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ submitted: 1, notStarted: 1, changed: 2 });
    const exported = (await exportCsv(2032)).body.split('\r\n');
    expect(exported[0]).toBe(header);
    expect(exported[1]).toBe(row('0114', 'not_started', ''));
    expect(exported[2]).toBe(row('0180', 'submitted', '2032-03-15T09:00:00.000Z'));
    const responses = await ctx.app.db
      .selectFrom('response')
      .innerJoin('round', 'round.id', 'response.round_id')
      .where('round.year', '=', 2032)
      .selectAll('response')
      .execute();
    expect(responses).toHaveLength(1);
  });

  it('rejects a file with problems as a whole, listing row and column, and writes nothing', async () => {
    await createRound(2033);
    await importCsv(2033, [header, row('0114', 'draft', '', { risk: 'yes' })].join('\n'));
    const before = (await exportCsv(2033)).body;
    const auditBefore = await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'responses.imported').execute();
    const bad = [
      header,
      row('0180', 'submitted', '2033-03-01T10:00:00Z', { risk: 'yes', risk_followup: 'full' }), // valid
      row('9999', 'draft', ''),
      row('0114', 'done', ''),
      row('0117', 'draft', '', { management: '', management_followup: 'full' }),
      row('0120', 'draft', '', { management: 'yes', management_followup: 'everything' }),
      row('0180', 'draft', ''),
      row('0125', 'submitted', ''),
      row('0127', 'draft', '2033-03-01T10:00:00Z'),
      row('0128', 'not_started', '', { risk: 'no' }),
      row('0136', 'draft', '', { risk: 'maybe' }),
      row('114', 'draft', ''),
      '0138,draft',
    ].join('\n');
    const response = await importCsv(2033, bad);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('csv_rejected');
    expect(error.details.errors).toEqual([
      { row: 3, column: 'organisation_code', rule: 'unknown_organisation', params: { value: '9999' }, message: 'No organisation has the code 9999.' },
      {
        row: 4,
        column: 'status',
        rule: 'status_invalid',
        params: { value: 'done' },
        message: 'The status must be submitted, draft or not_started, not "done".',
      },
      { row: 5, column: 'management_followup', rule: 'followup_needs_yes', message: 'A follow-up answer needs the main answer yes.' },
      {
        row: 6,
        column: 'management_followup',
        rule: 'followup_invalid',
        params: expect.objectContaining({ value: 'everything' }),
        message: expect.stringContaining('"everything" is not an option'),
      },
      {
        row: 7,
        column: 'organisation_code',
        rule: 'duplicate_row',
        params: { value: '0180', otherRow: 2 },
        message: 'Repeats organisation 0180 from row 2.',
      },
      { row: 8, column: 'submitted_at', rule: 'submitted_at_missing', message: 'A submitted response needs its submitted_at time.' },
      {
        row: 9,
        column: 'submitted_at',
        rule: 'submitted_at_unexpected',
        params: { value: 'draft' },
        message: 'A draft response has no submitted_at time.',
      },
      { row: 10, column: 'risk', rule: 'not_started_with_answers', message: 'A not_started row cannot hold answers or comments.' },
      { row: 11, column: 'risk', rule: 'answer_invalid', params: { value: 'maybe' }, message: 'The answer must be yes, no or empty, not "maybe".' },
      {
        row: 12,
        column: 'organisation_code',
        rule: 'unknown_organisation',
        params: { value: '114', suggestion: '0114' },
        message: 'No organisation has the code 114. Did a spreadsheet drop the leading zero of 0114?',
      },
      {
        row: 13,
        column: null,
        rule: 'column_count',
        params: { maximum: header.split(',').length, value: '2' },
        message: `Expected ${header.split(',').length} columns, found 2.`,
      },
    ]);
    expect((await exportCsv(2033)).body).toBe(before);
    const auditAfter = await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'responses.imported').execute();
    expect(auditAfter).toHaveLength(auditBefore.length);
  });

  it('rejects a wrong header on row 1', async () => {
    await createRound(2034);
    const response = await importCsv(2034, `organisation_code,status,submitted_at,ciso\n0114,draft,,yes\n`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.errors).toEqual([
      {
        row: 1,
        column: null,
        rule: 'header_mismatch',
        params: expect.objectContaining({ value: '', suggestion: 'ciso_followup' }),
        message: expect.stringContaining('The first line must be the header'),
      },
    ]);
  });

  it('imports into closed and published rounds (earlier years), and audits import and export', async () => {
    await createRound(2035, 'published');
    const imported = await importCsv(2035, [header, row('0114', 'submitted', '2035-04-01T08:00:00.000Z', { awareness: 'no' })].join('\n'));
    expect(imported.statusCode, imported.body).toBe(200);
    await exportCsv(2035);
    const actions = await ctx.app.db
      .selectFrom('audit_log')
      .innerJoin('round', 'round.id', 'audit_log.round_id')
      .select(['action', 'actor_user_id'])
      .where('round.year', '=', 2035)
      .where('action', 'in', ['responses.imported', 'responses.exported'])
      .execute();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'responses.imported', actor_user_id: admin.id },
        { action: 'responses.exported', actor_user_id: admin.id },
      ]),
    );
  });

  it('is for administrators only', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    for (const user of [analyst, respondent]) {
      expect((await exportCsv(2031, user.cookie)).statusCode).toBe(403);
      expect((await importCsv(2031, header, user.cookie)).statusCode).toBe(403);
    }
  });

  it('answers 404 for a year without a round', async () => {
    expect((await exportCsv(2099)).statusCode).toBe(404);
    expect((await importCsv(2099, header)).statusCode).toBe(404);
  });
});

describe('spreadsheet safety of the response file', () => {
  const PAYLOADS = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(1)', "'quoted", "'=1+1"];

  it('exports formulas as inert text and round-trips every comment exactly', async () => {
    await openRoundWithInvitations(ctx.app, 2037, ['0114']);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const url = responseUrl(2037, await organisationIdByCode(ctx.app, '0114'));
    let version = 0;
    for (const [index, comment] of PAYLOADS.entries()) {
      const saved = await ctx.app.inject({
        method: 'PUT',
        url: `${url}/areas/${areaKeys[index]}`,
        headers: { cookie: respondent.cookie },
        payload: { version, main: 'no', followup: null, comment },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      version = saved.json().version;
    }
    const stored = async () =>
      (
        await ctx.app.db
          .selectFrom('answer')
          .innerJoin('response', 'response.id', 'answer.response_id')
          .innerJoin('round', 'round.id', 'response.round_id')
          .where('round.year', '=', 2037)
          .select(['area_key', 'comment'])
          .execute()
      )
        .sort((a, b) => areaKeys.indexOf(a.area_key) - areaKeys.indexOf(b.area_key))
        .map((a) => a.comment);
    expect(await stored()).toEqual(PAYLOADS);

    const first = await exportCsv(2037);
    const [record] = readRecords(first.body);
    expect(PAYLOADS.map((_, index) => record![`${areaKeys[index]}_comment`])).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+cmd|' /C calc'!A0",
      "'-1+1",
      "'@SUM(1)",
      "''quoted",
      "''=1+1",
    ]);
    for (const line of first.body.split('\r\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    }

    const imported = await importCsv(2037, first.body);
    expect(imported.json()).toMatchObject({ changed: 0, unchanged: 1 });
    expect(await stored()).toEqual(PAYLOADS);
    expect((await exportCsv(2037)).body).toBe(first.body);
  });

  it('removes exactly one leading quote on import, only before a character it protects', () => {
    for (const text of [...PAYLOADS, '\tTab', '\rCR', "''", "'", 'plain', "'plain", "O'Brien", '']) {
      expect(fromSpreadsheetSafe(spreadsheetSafe(text))).toBe(text);
    }
    expect(spreadsheetSafe('\tTab')).toBe("'\tTab");
    expect(spreadsheetSafe('\rCR')).toBe("'\rCR");
    expect(spreadsheetSafe("O'Brien")).toBe("O'Brien");
    expect(fromSpreadsheetSafe("'plain")).toBe("'plain");
    expect(fromSpreadsheetSafe("'=1")).toBe('=1');
  });
});

describe('what the response import reads', () => {
  it('decodes a file in the character set its content type names', async () => {
    await createRound(2038);
    const csv = [header, row('0114', 'draft', '', { risk: 'no', risk_comment: 'Åtgärd: rutiner för öppna ärenden' })].join('\r\n');
    for (const charset of ['latin1', 'iso-8859-1', 'windows-1252']) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/admin/rounds/2038/responses/import',
        headers: { cookie: admin.cookie, 'content-type': `text/csv; charset=${charset}` },
        payload: Buffer.from(csv, 'latin1'),
      });
      expect(response.statusCode, response.body).toBe(200);
      const [record] = readRecords((await exportCsv(2038)).body);
      expect(record!.risk_comment).toBe('Åtgärd: rutiner för öppna ärenden');
    }
  });

  it('refuses an unknown character set with 415, and bytes that are not UTF-8 with 400', async () => {
    await createRound(2039);
    const send = (contentType: string, payload: Buffer) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/admin/rounds/2039/responses/import',
        headers: { cookie: admin.cookie, 'content-type': contentType },
        payload,
      });
    const latin1 = Buffer.from([header, row('0114', 'draft', '', { risk_comment: 'Öppet' })].join('\r\n'), 'latin1');
    const unknown = await send('text/csv; charset=x-klingon', latin1);
    expect(unknown.statusCode).toBe(415);
    expect(unknown.json().error.code).toBe('unsupported_media_type');
    const mislabelled = await send('text/csv', latin1);
    expect(mislabelled.statusCode).toBe(400);
    expect(mislabelled.json().error.message).toContain('not valid utf-8');
    expect((await exportCsv(2039)).body).toBe(`${header}\r\n`);
  });

  it('refuses submission times outside a plausible range for the round', async () => {
    await createRound(2040);
    const response = await importCsv(
      2040,
      [
        header,
        row('0114', 'submitted', '0000-01-01T00:00:00Z'),
        row('0180', 'submitted', '2038-12-31T23:59:59Z'),
        row('0117', 'submitted', '9999-12-31T00:00:00Z'),
        row('0120', 'submitted', '2039-01-01T00:00:00Z'), // a year before the round's year: fine
        row('0127', 'submitted', '2041-12-31T12:00:00Z'), // a year after: fine
      ].join('\n'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.errors).toEqual([
      {
        row: 2,
        column: 'submitted_at',
        rule: 'submitted_at_implausible',
        params: { value: '0000-01-01T00:00:00Z', expected: '2039-01-01 to 2042-01-01' },
        message: '0000-01-01T00:00:00Z is not a plausible submission time for the 2040 round (2039-01-01 to 2042-01-01).',
      },
      {
        row: 3,
        column: 'submitted_at',
        rule: 'submitted_at_implausible',
        params: expect.anything(),
        message: expect.stringContaining('not a plausible submission time'),
      },
      {
        row: 4,
        column: 'submitted_at',
        rule: 'submitted_at_implausible',
        params: expect.anything(),
        message: expect.stringContaining('not a plausible submission time'),
      },
    ]);
  });

  it('lists the first 100 problems of a file wrong throughout, and says how many more', async () => {
    const lines = [header, ...Array.from({ length: 5000 }, (_, i) => row(`X${i}`, 'draft', ''))];
    const response = await importCsv(2040, lines.join('\n'));
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.details.errors).toHaveLength(100);
    expect(error.details.errors[0]).toEqual({
      row: 2,
      column: 'organisation_code',
      rule: 'unknown_organisation',
      params: { value: 'X0' },
      message: 'No organisation has the code X0.',
    });
    expect(error.details).toMatchObject({ totalErrors: 5000, moreErrors: 4900 });
    expect(error.message).toBe('The file was not imported: 5000 problems found, the first 100 listed. Nothing was changed.');
    expect(response.body.length).toBeLessThan(20_000);
  });
});
