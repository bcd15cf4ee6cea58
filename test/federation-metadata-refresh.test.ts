import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { refreshDueMetadata } from '#server/federation/metadata-refresh';
import { loginAs } from './support/auth';
import { TEST_APP_ENV, useTestApp } from './support/app';
import { IDP_CERT } from './support/saml-idp';

const ctx = useTestApp();
const ENTITY = 'https://rolling.example/idp';
const OLD_CERT = IDP_CERT.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
/** Another certificate body (the IdP's next key): its content is never parsed, only carried. */
const NEXT_CERT = OLD_CERT.split('').reverse().join('');

/** What the IdP serves at its metadata address; the tests change it as an IdP rolling its key over would. */
const served = { status: 200, certificates: [OLD_CERT], ssoUrl: 'https://rolling.example/sso', body: undefined as string | undefined };
const metadata = () =>
  `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${ENTITY}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${served.certificates
    .map(
      (cert) =>
        `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`,
    )
    .join(
      '',
    )}<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${served.ssoUrl}"/></md:IDPSSODescriptor></md:EntityDescriptor>`;

let idp: Server;
let metadataUrl: string;
beforeAll(async () => {
  idp = createServer((_request, response) => {
    response.writeHead(served.status, { 'content-type': 'application/samlmetadata+xml' });
    response.end(served.status === 200 ? (served.body ?? metadata()) : 'unavailable');
  });
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  metadataUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/metadata`;
});
afterAll(() => new Promise<void>((resolve) => idp.close(() => resolve())));

type View = {
  id: number;
  saml: { ssoUrl: string; certificateCount: number; metadataReadAt: string | null; metadataError: string | null; metadataRefreshHours: number };
};
const quiet = { warn: () => undefined };

async function viewOf(id: number): Promise<View> {
  const { cookie } = await loginAs(ctx.app, [{ role: 'admin' }]);
  const response = await ctx.app.inject({ method: 'GET', url: `/api/admin/identity-providers/${id}`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<View>();
}

describe('SAML metadata read again from its address', () => {
  let providerId: number;

  it('reads the metadata when the provider is saved, and says so on its card', async () => {
    const { cookie } = await loginAs(ctx.app, [{ role: 'admin' }]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: { kind: 'saml', name: 'Rullande', domains: ['rolling.se'], saml: { metadataUrl, entityId: ENTITY } },
    });
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json<View>();
    providerId = view.id;
    expect(view.saml).toMatchObject({ ssoUrl: served.ssoUrl, certificateCount: 1, metadataError: null, metadataRefreshHours: 0 });
    expect(view.saml.metadataReadAt).not.toBeNull();
  });

  it('takes a new certificate and address the IdP publishes, and logs what changed', async () => {
    served.certificates = [OLD_CERT, NEXT_CERT];
    served.ssoUrl = 'https://rolling.example/sso/v2';
    // Not due yet: read moments ago.
    expect(await refreshDueMetadata(ctx.app.db, { intervalMs: 60 * 60 * 1000, log: quiet })).toEqual([]);

    expect(await refreshDueMetadata(ctx.app.db, { intervalMs: 0, log: quiet })).toEqual([{ providerId, changed: ['ssoUrl', 'certificates'] }]);
    const row = await ctx.app.db.selectFrom('identity_provider').selectAll().where('id', '=', providerId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      saml_sso_url: 'https://rolling.example/sso/v2',
      saml_idp_certificates: [OLD_CERT, NEXT_CERT],
      saml_metadata_error: null,
    });
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'details', 'actor_user_id'])
      .where('action', '=', 'identity_provider.metadata_refreshed')
      .execute();
    expect(audit).toEqual([
      {
        action: 'identity_provider.metadata_refreshed',
        actor_user_id: null,
        details: { providerId, changed: ['ssoUrl', 'certificates'], certificateCount: 2 },
      },
    ]);

    // Unchanged metadata: read, nothing logged.
    expect(await refreshDueMetadata(ctx.app.db, { intervalMs: 0, log: quiet })).toEqual([{ providerId, changed: [] }]);
    expect(await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'identity_provider.metadata_refreshed').execute()).toHaveLength(
      1,
    );
  });

  it('keeps the settings that work when the metadata cannot be read or is not valid, and shows why', async () => {
    served.status = 503;
    const [outcome] = await refreshDueMetadata(ctx.app.db, { intervalMs: 0, log: quiet });
    expect(outcome).toEqual({ providerId, error: 'The metadata could not be read: HTTP 503' });
    expect((await viewOf(providerId)).saml).toMatchObject({
      ssoUrl: 'https://rolling.example/sso/v2',
      certificateCount: 2,
      metadataError: 'The metadata could not be read: HTTP 503',
    });

    served.status = 200;
    served.body = '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://someone-else.example"/>';
    expect(await refreshDueMetadata(ctx.app.db, { intervalMs: 0, log: quiet })).toEqual([
      { providerId, error: 'The metadata describes no identity provider.' },
    ]);
    expect((await viewOf(providerId)).saml.certificateCount).toBe(2);

    served.body = undefined;
    expect(await refreshDueMetadata(ctx.app.db, { intervalMs: 0, log: quiet })).toEqual([{ providerId, changed: [] }]);
    expect((await viewOf(providerId)).saml.metadataError).toBeNull();
  });

  it('two instances reading at once take each provider once', async () => {
    const hour = 60 * 60 * 1000;
    await ctx.app.db
      .updateTable('identity_provider')
      .set({ saml_metadata_attempted_at: new Date(Date.now() - 2 * hour) })
      .where('id', '=', providerId)
      .execute();
    const [a, b] = await Promise.all([
      refreshDueMetadata(ctx.app.db, { intervalMs: hour, log: quiet }),
      refreshDueMetadata(ctx.app.db, { intervalMs: hour, log: quiet }),
    ]);
    expect([...a, ...b]).toEqual([{ providerId, changed: [] }]);
  });

  it('runs on its schedule in a started app (SAML_METADATA_REFRESH_HOURS)', async () => {
    served.certificates = [NEXT_CERT];
    await ctx.app.db
      .updateTable('identity_provider')
      .set({ saml_metadata_attempted_at: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .where('id', '=', providerId)
      .execute();
    const scheduled = await buildApp({ config: loadConfig({ ...TEST_APP_ENV, SAML_METADATA_REFRESH_HOURS: '1' }), databaseUrl: ctx.databaseUrl });
    try {
      await scheduled.listen({ port: 0, host: '127.0.0.1' });
      await expect
        .poll(
          async () =>
            (await ctx.app.db.selectFrom('identity_provider').select('saml_idp_certificates').where('id', '=', providerId).executeTakeFirstOrThrow())
              .saml_idp_certificates,
        )
        .toEqual([NEXT_CERT]);
    } finally {
      await scheduled.close();
    }
  });
});
