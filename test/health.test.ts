import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';

const ctx = useTestApp();

describe('foundation', () => {
  it('reports a reachable database', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), details: { resource: 'route' } } });
  });

  it('sends security headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().paths['/api/health']).toBeDefined();
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.code).toEqual(expect.any(String));
  });
});

describe('reference data', () => {
  it('seeds 290 municipalities in 21 counties, codes kept as text', async () => {
    const municipalities = await ctx.app.db
      .selectFrom('organisation')
      .where('type', '=', 'kommun')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const counties = await ctx.app.db
      .selectFrom('county')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(municipalities.n).toBe(290);
    expect(counties.n).toBe(21);
    const upplandsVasby = await ctx.app.db.selectFrom('organisation').where('code', '=', '0114').selectAll().executeTakeFirstOrThrow();
    expect(upplandsVasby.name).toBe('Upplands Väsby');
    expect(upplandsVasby.county_code).toBe('01');
  });
});
