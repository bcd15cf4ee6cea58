import { describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from './support/app';
import { loginAs } from './support/auth';

// PUBLIC_URL defaults to http://localhost:3000 (PORT 3000).
const OWN = 'http://localhost:3000';
const DEV = 'http://localhost:5173';
const ctx = useTestApp();
const dev = useTestApp({ DEV_CLIENT_ORIGIN: DEV });

/** Logs out with the given headers (a bodiless POST); says whether the session survived. */
async function logOut(context: TestContext, headers: Record<string, string | undefined>) {
  const user = await loginAs(context.app, [{ role: 'viewer', organisationCode: '0114' }]);
  const response = await context.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: user.cookie, ...headers } });
  const me = await context.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });
  return { status: response.statusCode, body: response.body ? response.json() : null, sessionAlive: me.statusCode === 200 };
}

const REFUSED = { status: 403, body: { error: { code: 'forbidden' } }, sessionAlive: true };

describe('CSRF: requests that may change something must come from the trusted origin', () => {
  it('refuses a spoofed Host: the origin is compared with PUBLIC_URL, not with the request', async () => {
    expect(await logOut(ctx, { host: 'evil.example', origin: 'http://evil.example' })).toMatchObject(REFUSED);
    // DNS rebinding: to the browser the page and the API are one origin.
    expect(await logOut(ctx, { host: 'evil.example', origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' })).toMatchObject(REFUSED);
  });

  it('refuses a bodiless POST without Origin and Sec-Fetch-Site, and says what to send', async () => {
    const refused = await logOut(ctx, { origin: undefined, 'content-type': 'text/plain' });
    expect(refused).toMatchObject(REFUSED);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining(`Origin: ${OWN}`) } });
    expect(await logOut(ctx, { origin: undefined })).toMatchObject(REFUSED);
  });

  it('refuses other origins and cross-site fetches, accepts its own origin and same-origin fetches', async () => {
    expect(await logOut(ctx, { origin: 'https://localhost:3000' })).toMatchObject(REFUSED);
    expect(await logOut(ctx, { origin: 'null' })).toMatchObject(REFUSED);
    expect(await logOut(ctx, { origin: OWN, 'sec-fetch-site': 'same-site' })).toMatchObject(REFUSED);
    expect(await logOut(ctx, { 'sec-fetch-site': 'cross-site' })).toMatchObject(REFUSED);
    expect(await logOut(ctx, { origin: OWN })).toEqual({ status: 204, body: null, sessionAlive: false });
    expect(await logOut(ctx, { 'sec-fetch-site': 'same-origin' })).toMatchObject({ status: 204, sessionAlive: false });
  });

  it("trusts the dev server's origin only when DEV_CLIENT_ORIGIN is set", async () => {
    expect(await logOut(ctx, { origin: DEV, 'sec-fetch-site': 'same-origin' })).toMatchObject(REFUSED);
    expect(await logOut(dev, { origin: DEV, 'sec-fetch-site': 'same-origin' })).toMatchObject({ status: 204, sessionAlive: false });
    expect(await logOut(dev, { origin: OWN })).toMatchObject({ status: 204, sessionAlive: false });
  });

  it('lets a script without browser headers log in with JSON (interfaces §4), and accepts loopback spellings of a loopback PUBLIC_URL', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: undefined, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'nobody@example.se', password: 'not the password' }),
    });
    expect(login.statusCode).toBe(401);
    expect(await logOut(ctx, { origin: 'http://127.0.0.1:3000' })).toMatchObject({ status: 204, sessionAlive: false });
    expect(await logOut(ctx, { origin: 'http://127.0.0.1:3001' })).toMatchObject(REFUSED);
  });

  it('leaves reading alone', async () => {
    const user = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie, origin: undefined } });
    expect(me.statusCode).toBe(200);
  });
});
