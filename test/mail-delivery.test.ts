import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs } from './support/auth';
import { lastMailTo } from './support/outbox';

// Nothing listens on port 9: delivery fails fast and must be recorded, not thrown.
const ctx = useTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' });

describe('mail delivery over SMTP', () => {
  it('records a failed delivery on the outbox message and still answers the request', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/admin/users/invite', headers: { cookie: admin.cookie },
      payload: { email: 'smtp@example.se', roles: [{ role: 'analyst' }] },
    });
    expect(response.statusCode).toBe(201);
    const mail = await lastMailTo(ctx.app, 'smtp@example.se', 'invitation');
    expect(mail?.sent_at).toBeNull();
    expect(mail?.error).toMatch(/ECONNREFUSED|connect/i);
  });
});
