import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode } from './support/auth';

const ctx = useTestApp();

const get = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
const importCsv = (cookie: string, csv: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/admin/organisations/attributes/import',
    headers: { cookie, 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });

describe('organisations', () => {
  it('shows every organisation to national roles, with filters', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const all = await get(analyst.cookie, '/api/organisations');
    expect(all.json().organisations.length).toBe(290);
    const filtered = await get(analyst.cookie, '/api/organisations?type=kommun&county=01&search=v%C3%A4sby');
    expect(filtered.json().organisations).toEqual([
      expect.objectContaining({ code: '0114', name: 'Upplands Väsby', type: 'kommun', countyCode: '01', countyName: expect.any(String) }),
    ]);
  });

  it('pages the list when asked, with the total of every match; bad paging is a 400', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const all = (await get(analyst.cookie, '/api/organisations')).json();
    expect(all.total).toBe(all.organisations.length);
    const page = (await get(analyst.cookie, '/api/organisations?limit=100&offset=100')).json();
    expect(page.total).toBe(all.total);
    expect(page.organisations.map((o: { id: number }) => o.id)).toEqual(all.organisations.slice(100, 200).map((o: { id: number }) => o.id));
    const county = (await get(analyst.cookie, '/api/organisations?county=01&limit=10')).json();
    expect(county.organisations).toHaveLength(10);
    expect(county.total).toBe(all.organisations.filter((o: { countyCode: string }) => o.countyCode === '01').length);
    for (const query of ['limit=0', 'limit=501', 'offset=-1', 'limit=x', 'county=1', 'type=nonsense']) {
      expect((await get(analyst.cookie, `/api/organisations?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('shows respondents and viewers only their own organisation', async () => {
    const respondent = await loginAs(ctx.app, [
      { role: 'respondent', organisationCode: '0114' },
      { role: 'viewer', organisationCode: '0115' },
    ]);
    const list = await get(respondent.cookie, '/api/organisations');
    expect(
      list
        .json()
        .organisations.map((o: { code: string }) => o.code)
        .sort(),
    ).toEqual(['0114', '0115']);
    const own = await organisationIdByCode(ctx.app, '0114');
    const other = await organisationIdByCode(ctx.app, '0180');
    expect((await get(respondent.cookie, `/api/organisations/${own}`)).json().organisation.code).toBe('0114');
    expect((await get(respondent.cookie, `/api/organisations/${other}`)).statusCode).toBe(404);
    expect((await get(respondent.cookie, `/api/organisations/${other}/attributes`)).statusCode).toBe(404);
  });

  it('lets administrators add a kommunalförbund under a kommun and edit its contact address', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const parent = await organisationIdByCode(ctx.app, '0114');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: admin.cookie },
      payload: {
        code: '0099-RT',
        name: 'Räddningstjänsten Norr',
        type: 'kommunalforbund',
        countyCode: '01',
        groupIds: [parent],
        contactEmail: 'Info@Rtn.se',
      },
    });
    expect(created.statusCode).toBe(201);
    const organisation = created.json().organisation;
    expect(organisation).toMatchObject({ code: '0099-RT', type: 'kommunalforbund', contactEmail: 'info@rtn.se' });
    expect(organisation.groups).toEqual([{ id: parent, name: 'Upplands Väsby', type: 'kommun' }]);

    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: admin.cookie },
      payload: { code: '0099-RT', name: 'Igen', type: 'bolag' },
    });
    expect(duplicate.statusCode).toBe(409);
    const kommun = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: admin.cookie },
      payload: { code: '9999', name: 'Ny kommun', type: 'kommun' },
    });
    expect(kommun.statusCode).toBe(400);

    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${organisation.id}`,
      headers: { cookie: admin.cookie },
      payload: { contactEmail: 'registrator@rtn.se', groupIds: [] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().organisation).toMatchObject({ contactEmail: 'registrator@rtn.se', groups: [], name: 'Räddningstjänsten Norr' });

    // A kommunalförbund has several member municipalities: each is one of its groups.
    const second = await organisationIdByCode(ctx.app, '0115');
    const members = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${organisation.id}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [second, parent] },
    });
    expect(members.statusCode).toBe(200);
    expect(members.json().organisation.groups.map((g: { name: string }) => g.name)).toEqual(['Upplands Väsby', 'Vallentuna']);
    const twice = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${organisation.id}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [parent, parent] },
    });
    expect(twice.statusCode).toBe(400);
    const unknown = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${organisation.id}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [parent, 999999] },
    });
    expect(unknown.json().error.details.issues[0]).toMatchObject({ field: 'body.groupIds.1', rule: 'unknown_reference' });
    // Only a kommun is a group (its people read its members, docs/decisions/0021): not the förbund.
    const notAGroup = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${parent}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [organisation.id] },
    });
    expect(notAGroup.json().error.details.issues[0]).toMatchObject({ field: 'body.groupIds.0', rule: 'not_a_group' });
    const companyUnderForbund = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: admin.cookie },
      payload: { code: '0099-AB', name: 'Bolaget AB', type: 'bolag', groupIds: [organisation.id] },
    });
    expect(companyUnderForbund.json().error.details.issues[0]).toMatchObject({ field: 'body.groupIds.0', rule: 'not_a_group' });
    // A kommun cannot be a member of itself, nor of a kommun that is its member.
    const itself = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${parent}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [parent] },
    });
    expect(itself.json().error.details.issues[0]).toMatchObject({ field: 'body.groupIds.0', rule: 'own_ancestor' });
    const third = await organisationIdByCode(ctx.app, '0117');
    const below = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${third}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [parent] },
    });
    expect(below.statusCode).toBe(200);
    const upward = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${parent}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [third] },
    });
    expect(upward.json().error.details.issues[0]).toMatchObject({ field: 'body.groupIds.0', rule: 'own_ancestor' });

    const cycle = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/admin/organisations/${organisation.id}`,
      headers: { cookie: admin.cookie },
      payload: { groupIds: [organisation.id] },
    });
    expect(cycle.statusCode).toBe(400);
    const audit = await get(admin.cookie, `/api/admin/audit?action=organisation.&organisationId=${organisation.id}`);
    expect(audit.json().entries.map((e: { action: string }) => e.action)).toEqual([
      'organisation.updated',
      'organisation.updated',
      'organisation.created',
    ]);
  });
});

describe('attribute import', () => {
  it('rejects the whole file with row errors and writes nothing', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const csv = [
      'code,attribute,value',
      '0114,kommungrupp,B3',
      '9998,kommungrupp,A1',
      '0115,Kommun Grupp,B4',
      '0117,kommungrupp,',
      '0114,kommungrupp,B5',
    ].join('\n');
    const response = await importCsv(admin.cookie, csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.errors).toEqual([
      { row: 3, column: 'code', rule: 'unknown_organisation', params: { value: '9998' }, message: 'No organisation has the code 9998.' },
      {
        row: 4,
        column: 'attribute',
        rule: 'attribute_name_invalid',
        params: { value: 'Kommun Grupp' },
        message: expect.stringContaining('lower-case'),
      },
      { row: 5, column: 'value', rule: 'value_empty', message: 'The value is empty.' },
      {
        row: 6,
        column: 'attribute',
        rule: 'duplicate_row',
        params: { value: '0114 kommungrupp', otherRow: 2 },
        message: 'Repeats 0114 kommungrupp from row 2.',
      },
    ]);
    expect(await ctx.app.db.selectFrom('organisation_attribute').selectAll().execute()).toEqual([]);

    const header = await importCsv(admin.cookie, 'kod,attribut,värde\n0114,a,b');
    expect(header.json().error.details.errors).toEqual([
      {
        row: 1,
        column: null,
        rule: 'header_mismatch',
        params: { expected: 'code,attribute,value' },
        message: expect.stringContaining('code,attribute,value'),
      },
    ]);
  });

  it('imports, keeps leading zeros, and is idempotent', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const csv = '\ufeffcode,attribute,value\r\n0114,kommungrupp,B3\r\n0114,befolkningsklass,"40 000–49 999"\r\n0180,kommungrupp,A1\r\n';
    const first = await importCsv(admin.cookie, csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    const again = await importCsv(admin.cookie, csv);
    expect(again.json()).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    const changed = await importCsv(admin.cookie, 'code;attribute;value\n0180;kommungrupp;A2\n');
    expect(changed.json()).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });

    const own = await organisationIdByCode(ctx.app, '0114');
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    expect((await get(viewer.cookie, `/api/organisations/${own}/attributes`)).json().attributes).toEqual([
      { attribute: 'befolkningsklass', value: '40 000–49 999' },
      { attribute: 'kommungrupp', value: 'B3' },
    ]);
    const audit = await get(admin.cookie, '/api/admin/audit?action=organisation.attributes_imported');
    expect(audit.json().entries).toHaveLength(3);
  });

  it('is for administrators only', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    expect((await importCsv(analyst.cookie, 'code,attribute,value\n0114,a,b')).statusCode).toBe(403);
  });
});
