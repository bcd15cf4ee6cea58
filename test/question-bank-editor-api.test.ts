import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs } from './support/auth';

// The bank editor (web/src/pages/admin/rounds/bank-editor) puts the server's
// 400 on form fields by `details.issues[].field`: these are the names it reads.
const ctx = useTestApp();

describe('question-bank version problems, as the editor form reads them', () => {
  it('names the field of a missing text, a rule whose levels go down, and a bad option key', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      ctx.app.inject({ method, url, payload: payload as object, headers: { cookie: admin.cookie } });
    expect((await send('POST', '/api/admin/question-bank/versions', { from: '2019.1', version: '2043.1' })).statusCode).toBe(201);
    const document = (await send('GET', '/api/admin/question-bank/versions/2043.1')).json();

    const emptyText = structuredClone(document);
    emptyText.areas[3].mainQuestion.sv = '';
    const empty = await send('PUT', '/api/admin/question-bank/versions/2043.1', emptyText);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues).toEqual([expect.objectContaining({ field: 'body.areas.3.mainQuestion.sv' })]);

    const goingDown = structuredClone(document);
    goingDown.scoring.areas.risk.followup.improving = 1;
    const down = await send('PUT', '/api/admin/question-bank/versions/2043.1', goingDown);
    expect(down.json().error.details.issues).toEqual([expect.objectContaining({ field: 'body.scoring.areas.risk' })]);

    const badKey = structuredClone(document);
    const scale = badKey.areas[1].followup.scale;
    badKey.followupScales[scale].options.push({ key: 'Ny nyckel', label: { sv: 'Ny', en: 'New' } });
    const bad = await send('PUT', '/api/admin/question-bank/versions/2043.1', badKey);
    expect(bad.json().error.details.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: `body.followupScales.${scale}.options.4.key` })]),
    );

    expect((await send('GET', '/api/admin/question-bank/versions/2043.1')).json()).toEqual(document);
  });
});
