import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRegister } from '#shared/api/external-audits';
import { REGISTER_CSV_COLUMNS } from '#shared/api/external-audits';
import { ensureDemoAuditRegister } from '#server/demo/audit-register';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { insertPlanAction } from './support/plan';
import { readRecords } from './support/results';

const ctx = useTestApp();
const HEADER = REGISTER_CSV_COLUMNS.join(',');

let respondent: TestUser;
let viewer: TestUser;
let otherRespondent: TestUser;
let orgId: number;
let otherOrgId: number;

const base = (id = orgId) => `/api/organisations/${id}/audits`;

async function call(user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: { cookie: user.cookie }, ...(payload && { payload }) });
}

const importCsv = (csv: string, user = respondent, id = orgId) =>
  ctx.app.inject({ method: 'POST', url: `${base(id)}/import`, headers: { cookie: user.cookie, 'content-type': 'text/csv' }, payload: csv });

/** An action in the organisation's plan, linked to the recommendation (decision 0020). */
async function linkNewAction(organisationId: number, recommendationId: number, title: string, status: 'planned' | 'done' = 'planned') {
  const actionId = await insertPlanAction(ctx.app.db, { organisationId, title, status, createdBy: respondent.id });
  await ctx.app.db
    .insertInto('audit_recommendation_action')
    .values({ recommendation_id: recommendationId, action_id: actionId, linked_by: respondent.id })
    .execute();
}

async function auditLog(action: string, organisationId: number) {
  return ctx.app.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'details'])
    .where('action', '=', action)
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0182' }]);
  viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0182' }]);
  otherRespondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  orgId = await organisationIdByCode(ctx.app, '0182');
  otherOrgId = await organisationIdByCode(ctx.app, '0180');
});

describe('the register by hand', () => {
  it('adds, changes and deletes an audit, its recommendations and their follow-ups', async () => {
    const created = await call(respondent, 'POST', base(), {
      title: '  Granskning av informationssäkerhet 2024 ',
      auditorFirm: 'KPMG',
      auditedOn: '2024-11-20',
      reportReference: 'Dnr 2024/117',
    });
    expect(created.statusCode, created.body).toBe(201);
    const audit = created.json<AuditRegister>().audits.find((a) => a.reportReference === 'Dnr 2024/117')!;
    expect(audit).toMatchObject({
      title: 'Granskning av informationssäkerhet 2024',
      auditorFirm: 'KPMG',
      auditedOn: '2024-11-20',
      recommendations: [],
    });

    const withRecommendation = await call(respondent, 'POST', `${base()}/${audit.id}/recommendations`, {
      text: 'Ta fram en plan för informationssäkerhetsarbetet',
      areaKeys: ['action_plan', 'management'],
      priority: 'high',
    });
    expect(withRecommendation.statusCode, withRecommendation.body).toBe(201);
    const recommendation = withRecommendation.json<AuditRegister>().audits.find((a) => a.id === audit.id)!.recommendations[0]!;
    expect(recommendation).toMatchObject({ areaKeys: ['action_plan', 'management'], priority: 'high', followUps: [] });
    const recommendationUrl = `${base()}/${audit.id}/recommendations/${recommendation.id}`;

    for (const [year, outcome, comment] of [
      [2025, 'no', 'Arbetet har inte börjat.'],
      [2026, 'partly', 'Planen är antagen, inte genomförd.'],
    ] as const) {
      const recorded = await call(respondent, 'PUT', `${recommendationUrl}/follow-ups/${year}`, { outcome, comment });
      expect(recorded.statusCode, recorded.body).toBe(200);
    }
    // A year's follow-up is replaced, not added twice.
    const replaced = await call(respondent, 'PUT', `${recommendationUrl}/follow-ups/2026`, { outcome: 'yes', comment: 'Genomförd.' });
    const followUps = replaced.json<AuditRegister>().audits.find((a) => a.id === audit.id)!.recommendations[0]!.followUps;
    expect(followUps.map((f) => [f.year, f.outcome, f.comment])).toEqual([
      [2025, 'no', 'Arbetet har inte börjat.'],
      [2026, 'yes', 'Genomförd.'],
    ]);

    const changed = await call(respondent, 'PUT', recommendationUrl, {
      text: 'Ta fram och anta en plan',
      areaKeys: ['action_plan'],
      priority: 'medium',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<AuditRegister>().audits.find((a) => a.id === audit.id)!.recommendations[0]).toMatchObject({
      text: 'Ta fram och anta en plan',
      areaKeys: ['action_plan'],
      priority: 'medium',
    });

    const read = await call(viewer, 'GET', base());
    expect(read.statusCode).toBe(200);
    expect(read.json<AuditRegister>().audits.some((a) => a.id === audit.id)).toBe(true);

    expect((await call(respondent, 'DELETE', `${recommendationUrl}/follow-ups/2025`)).statusCode).toBe(204);
    expect((await call(respondent, 'DELETE', `${recommendationUrl}/follow-ups/2025`)).json().error).toMatchObject({
      code: 'not_found',
      details: { resource: 'follow_up' },
    });
    expect((await call(respondent, 'DELETE', recommendationUrl)).statusCode).toBe(204);
    expect((await call(respondent, 'DELETE', `${base()}/${audit.id}`)).statusCode).toBe(204);
    expect((await call(respondent, 'GET', base())).json<AuditRegister>().audits.some((a) => a.id === audit.id)).toBe(false);

    const edits = (await auditLog('audit_register.edited', orgId)).map((e) => e.details);
    expect(edits).toEqual(
      expect.arrayContaining([
        { entity: 'audit', change: 'created', id: audit.id },
        { entity: 'recommendation', change: 'created', id: recommendation.id },
        { entity: 'follow_up', change: 'updated', id: recommendation.id, year: 2026 },
        { entity: 'audit', change: 'deleted', id: audit.id },
      ]),
    );
  });

  it('refuses invalid fields with validation_failed on the field', async () => {
    const bad = await call(respondent, 'POST', base(), { title: '', auditorFirm: 'KPMG', auditedOn: '2024-02-30' });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.title', 'body.auditedOn']));

    const audit = (await call(respondent, 'POST', base(), { title: 'T', auditorFirm: 'F', auditedOn: '2024-01-31' })).json<AuditRegister>()
      .audits[0]!;
    for (const body of [
      { text: 'x', areaKeys: [], priority: 'high' },
      { text: 'x', areaKeys: ['risk', 'risk'], priority: 'high' },
      { text: 'x', areaKeys: ['not_an_area'], priority: 'high' },
      { text: 'x', areaKeys: ['risk'], priority: 'urgent' },
    ]) {
      const refused = await call(respondent, 'POST', `${base()}/${audit.id}/recommendations`, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error.code).toBe('validation_failed');
    }
  });

  it('keeps registers apart: another organisation’s audit is not found, and viewers do not write', async () => {
    const audit = (await call(respondent, 'POST', base(), { title: 'Egen', auditorFirm: 'F', auditedOn: '2024-01-31' })).json<AuditRegister>()
      .audits[0]!;
    expect((await call(otherRespondent, 'GET', base())).statusCode).toBe(404);
    expect((await call(otherRespondent, 'PUT', `${base()}/${audit.id}`, { title: 'X', auditorFirm: 'F', auditedOn: '2024-01-31' })).statusCode).toBe(
      404,
    );
    // The other organisation's respondent naming its own organisation still cannot reach this audit through it.
    const through = await call(otherRespondent, 'POST', `${base(otherOrgId)}/${audit.id}/recommendations`, {
      text: 'x',
      areaKeys: ['risk'],
      priority: 'low',
    });
    expect(through.statusCode).toBe(404);
    expect(through.json().error.details).toEqual({ resource: 'external_audit' });
    expect((await call(viewer, 'POST', base(), { title: 'X', auditorFirm: 'F', auditedOn: '2024-01-31' })).statusCode).toBe(403);
  });
});

describe('the register as CSV', () => {
  it('imports all or nothing, then again without changing anything, and exports what it holds', async () => {
    const csv = [
      HEADER,
      'Uppföljande granskning,PwC,2023-10-05,Rapport 12,Inför incidentrutin,incidents,high,2024,partly,Rutin finns i utkast',
      'Uppföljande granskning,PwC,2023-10-05,Rapport 12,Inför incidentrutin,incidents,high,2025,yes,"Antagen, ""känd"" av alla"',
      'Uppföljande granskning,PwC,2023-10-05,Rapport 12,Utbilda personalen,awareness;management,low,,,',
      'Granskning utan rekommendationer,EY,2022-04-01,,,,,,,',
    ].join('\n');
    const first = await importCsv(csv);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      rows: 4,
      auditsCreated: 2,
      auditsUpdated: 0,
      recommendationsCreated: 2,
      recommendationsUpdated: 0,
      followUpsWritten: 2,
      unchanged: 0,
    });
    const again = await importCsv(csv);
    expect(again.json()).toMatchObject({ auditsCreated: 0, recommendationsCreated: 0, followUpsWritten: 0, unchanged: 6 });

    const register = (await call(viewer, 'GET', base())).json<AuditRegister>();
    const followUp = register.audits.find((a) => a.title === 'Uppföljande granskning')!;
    expect(followUp.recommendations.map((r) => [r.text, r.areaKeys, r.priority, r.followUps.map((f) => [f.year, f.outcome, f.comment])])).toEqual([
      [
        'Inför incidentrutin',
        ['incidents'],
        'high',
        [
          [2024, 'partly', 'Rutin finns i utkast'],
          [2025, 'yes', 'Antagen, "känd" av alla'],
        ],
      ],
      ['Utbilda personalen', ['awareness', 'management'], 'low', []],
    ]);

    // The plan's actions linked to a recommendation go out in the last column, one title a line, on each of its lines.
    const incidents = followUp.recommendations[0]!.id;
    await linkNewAction(orgId, incidents, 'Skriv incidentrutinen');
    await linkNewAction(orgId, incidents, 'Öva rutinen, ”skarpt”', 'done');

    const exported = await call(viewer, 'GET', `${base()}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toContain('revisionsrekommendationer-0182.csv');
    expect(exported.body.split('\r\n')[0]).toBe(`${HEADER},linked_actions`);
    const records = readRecords(exported.body);
    expect(
      records.filter((r) => r.audit_title === 'Uppföljande granskning').map((r) => [r.recommendation, r.follow_up_year, r.linked_actions]),
    ).toEqual([
      ['Inför incidentrutin', '2024', 'Skriv incidentrutinen\nÖva rutinen, ”skarpt”'],
      ['Inför incidentrutin', '2025', 'Skriv incidentrutinen\nÖva rutinen, ”skarpt”'],
      ['Utbilda personalen', '', ''],
    ]);
    expect(records.find((r) => r.audit_title === 'Granskning utan rekommendationer')).toMatchObject({
      recommendation: '',
      follow_up_year: '',
      linked_actions: '',
    });
    // Export → import changes nothing: the linked actions' column is read past, and the links stay.
    expect((await importCsv(exported.body)).json()).toMatchObject({ auditsCreated: 0, recommendationsCreated: 0, followUpsWritten: 0 });
    expect((await call(viewer, 'GET', `${base()}/export?format=csv`)).body).toBe(exported.body);
    // A file with the column has it on every line.
    const short = await importCsv(
      `${HEADER},linked_actions\nUppföljande granskning,PwC,2023-10-05,Rapport 12,Inför incidentrutin,incidents,high,,,\n`,
    );
    expect(short.json().error.details.errors).toEqual([
      expect.objectContaining({ row: 2, rule: 'column_count', params: { maximum: 11, value: '10' } }),
    ]);

    const imports = await auditLog('audit_register.imported', orgId);
    expect(imports).toHaveLength(3);
    expect(imports[0]).toMatchObject({ actor_user_id: respondent.id, details: { auditsCreated: 2 } });
    expect(await auditLog('audit_register.exported', orgId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor_user_id: viewer.id, details: expect.objectContaining({ format: 'csv' }) })]),
    );
  });

  it('rejects a file with row errors as csv_rejected and writes nothing', async () => {
    const before = (await call(respondent, 'GET', base())).json<AuditRegister>();
    const csv = [
      HEADER,
      'Ny granskning,KPMG,2024-13-01,,Gör något,risk,high,2025,yes,', // row 2: bad date
      ',KPMG,2024-01-01,,Gör något,riskk,urgent,1999,done,', // row 3: no title, bad area, priority, year, outcome
      'Ny granskning,KPMG,2024-01-01,,,,,2025,yes,', // row 4: follow-up without recommendation
      'Ny granskning,KPMG,2024-01-01,,Gör något,risk,high,2025,yes,', // row 5: fine
      'Ny granskning,KPMG,2024-01-01,,Gör något,risk,low,2026,yes,', // row 6: another priority for the same recommendation
      'Ny granskning,KPMG,2024-01-01,,Gör något,risk,high,2025,no,', // row 7: 2025 again
      'Ny granskning,EY,2024-01-01,,,,,,,', // row 8: another firm for the same audit
    ].join('\n');
    const refused = await importCsv(csv);
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error;
    expect(error.code).toBe('csv_rejected');
    const found = error.details.errors.map((e: { row: number; column: string | null; rule: string }) => [e.row, e.column, e.rule]);
    expect(found).toEqual([
      [2, 'audited_on', 'date_invalid'],
      [3, 'audit_title', 'value_empty'],
      [3, 'areas', 'areas_invalid'],
      [3, 'priority', 'priority_invalid'],
      [3, 'follow_up_year', 'year_invalid'],
      [3, 'outcome', 'outcome_invalid'],
      [4, 'follow_up_year', 'needs_recommendation'],
      [6, 'priority', 'value_conflict'],
      [7, 'follow_up_year', 'duplicate_row'],
      [8, 'auditor_firm', 'value_conflict'],
    ]);
    expect(error.details.errors.find((e: { row: number }) => e.row === 6).params).toMatchObject({ otherRow: 5 });
    expect((await call(respondent, 'GET', base())).json()).toEqual(before);

    const header = await importCsv('title,firm\nA,B\n');
    expect(header.json().error).toMatchObject({ code: 'csv_rejected', details: { errors: [{ row: 1, rule: 'header_mismatch' }] } });
    expect((await importCsv(`${HEADER}\n`)).json().error.details.errors[0].rule).toBe('no_rows');
    expect((await importCsv(csv, viewer)).statusCode).toBe(403);
    expect((await importCsv(`${HEADER}\nA,B,2024-01-01,,,,,,,\n`, otherRespondent)).statusCode).toBe(404);
  });
});

describe('spreadsheet safety of the register files', () => {
  const DANGEROUS = ['=HYPERLINK("http://x")', '+1+1', '-1+1', '@SUM(1)', '\tTab', '\rCR'];

  it('neutralises cells starting with = + - @ tab or CR in CSV and XLSX, and a CSV export imports back exactly', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const org = await organisationIdByCode(ctx.app, '0114');
    const owner = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    // Tab and CR at the start are trimmed from typed text; a file (its cells protected by a quote) can carry them.
    const csv = [
      HEADER,
      ...DANGEROUS.map((text, index) => {
        const quoted = (cell: string) => `"'${cell.replace(/"/g, '""')}"`;
        return [quoted(text), 'Firma', `2024-01-0${index + 1}`, quoted(text), quoted(text), 'risk', 'high', '2025', 'partly', quoted(text)].join(',');
      }),
    ].join('\r\n');
    const imported = await importCsv(csv, owner, org);
    expect(imported.statusCode, imported.body).toBe(200);
    const register = (await call(owner, 'GET', base(org))).json<AuditRegister>();
    expect(register.audits.map((a) => a.title).sort()).toEqual([...DANGEROUS].sort());
    expect(register.audits.map((a) => a.recommendations[0]!.followUps[0]!.comment).sort()).toEqual([...DANGEROUS].sort());
    // Each recommendation has a linked action whose title is dangerous too.
    for (const audit of register.audits) await linkNewAction(org, audit.recommendations[0]!.id, audit.title);

    const exported = await call(admin, 'GET', `${base(org)}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    for (const record of readRecords(exported.body)) {
      for (const column of ['audit_title', 'report_reference', 'recommendation', 'comment', 'linked_actions']) {
        expect(record[column], column).toMatch(/^'[=+\-@\t\r]/);
      }
    }
    expect((await importCsv(exported.body, owner, org)).json()).toMatchObject({ auditsCreated: 0, recommendationsCreated: 0, followUpsWritten: 0 });
    expect((await call(owner, 'GET', `${base(org)}/export?format=csv`)).body).toBe(exported.body);

    const xlsx = await ctx.app.inject({ method: 'GET', url: `${base(org)}/export?format=xlsx&lang=en`, headers: { cookie: owner.cookie } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Recommendations')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Audit',
      'Audit firm',
      'Date',
      'Report reference',
      'Recommendation',
      'Areas',
      'Priority',
      'Linked actions',
      'Addressed 2025',
      'Comment 2025',
    ]);
    let textCells = 0;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      expect(row.getCell(7).value).toBe('High');
      expect(row.getCell(9).value).toBe('Partly');
      expect(row.getCell(8).value).toBe(`'${String(row.getCell(1).value).slice(1)} (planned)`);
      for (const column of [1, 4, 5, 8, 10]) {
        const cell = row.getCell(column);
        expect(cell.type, `row ${rowNumber} column ${column}`).toBe(ExcelJS.ValueType.String);
        // XML turns a stored CR into LF when the workbook is read: the quote in front is what matters.
        expect(String(cell.value)).toMatch(/^'[=+\-@\t\r\n]/);
        textCells++;
      }
    });
    expect(textCells).toBe(DANGEROUS.length * 5);
    expect((await auditLog('audit_register.exported', org)).map((e) => e.details.format)).toEqual(['csv', 'csv', 'xlsx']);
  });
});

describe('demo data', () => {
  it('gives the demo municipality an audit with recommendations and follow-ups, once', async () => {
    const nacka = await organisationIdByCode(ctx.app, '0182');
    await ctx.app.db.deleteFrom('external_audit').where('organisation_id', '=', nacka).execute();
    expect(await ensureDemoAuditRegister(ctx.app.db)).toBe(4);
    expect(await ensureDemoAuditRegister(ctx.app.db)).toBe(0);
    const register = (await call(viewer, 'GET', base(nacka))).json<AuditRegister>();
    expect(register.audits).toHaveLength(1);
    const [audit] = register.audits;
    expect(audit!.recommendations.map((r) => r.followUps.length)).toEqual([2, 2, 1, 0]);
    expect(audit!.recommendations[0]!.followUps.at(-1)).toMatchObject({ year: DEMO_YEAR, outcome: 'yes' });
  });
});
