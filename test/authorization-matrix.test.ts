import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#shared/api/auth';
import { hashPassword } from '#server/auth/passwords';
import { SESSION_COOKIE, createSession } from '#server/auth/sessions';
import { insertAction } from '#server/improvement/repository';
import { DEMO_YEAR, seedDemoRound } from '#server/seed/demo-round';
import { addRole, insertUser } from '#server/users/repository';
import { useTestApp } from './support/app';
import { TEST_PASSWORD, organisationIdByCode } from './support/auth';

/**
 * Every /api route × every kind of caller. A route without an entry in
 * EXPECTED fails this file, so each new route must state who may call it.
 */

const ctx = useTestApp();

const ACTORS = [
  'anonymous',
  'respondentOwn',
  'respondentOther',
  'viewerOwn',
  'viewerOther',
  'analyst',
  'admin',
  // Readers from outside (docs/decisions/0021): auditors of the own organisation, and people of kommuner that are groups.
  'auditorActive',
  'auditorExpired',
  'auditorRevoked',
  /** A respondent of a kommun that is a group of the own organisation. */
  'groupParent',
  /** A respondent of a kommun that is the group of some other organisation. */
  'otherGroupMember',
  // An administrator whose password was right and whose second factor is awaited (docs/decisions/0024).
  'mfaPending',
] as const;
type Actor = (typeof ACTORS)[number];
const LOGGED_IN = ACTORS.filter((a) => a !== 'anonymous' && a !== 'mfaPending');
const MFA_PENDING: Actor[] = ['mfaPending'];
const WEBAUTHN_CREDENTIAL = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { clientDataJSON: 'AAAA' }, clientExtensionResults: {} };
const EVERYONE = [...ACTORS];
const ADMIN: Actor[] = ['admin'];
const OWN_ORGANISATION_READERS: Actor[] = ['respondentOwn', 'viewerOwn', 'analyst', 'admin', 'auditorActive', 'groupParent'];
/** Who reads the own organisation's answers, results, plan and register: its people, administrators, its active auditor and its group. */
const ANSWER_READERS: Actor[] = ['respondentOwn', 'viewerOwn', 'admin', 'auditorActive', 'groupParent'];
/** The organisation's own people and administrators only (its auditors, access log, group page). */
const OWN_PEOPLE: Actor[] = ['respondentOwn', 'viewerOwn', 'admin'];

type Request = { url: string; payload?: string | Record<string, unknown>; headers?: Record<string, string> };
type Fixtures = {
  /** The organisation the "own" actors belong to; requests about an organisation name this one. */
  ownOrg: number;
  /** The calling person (anonymous callers are a fresh account without a session). */
  self: { id: number; email: string };
  /** A fresh account with the roles, for routes that change someone. */
  newUser: (roles?: { role: Role; organisationId: number | null }[]) => Promise<{ id: number; email: string; roleIds: number[] }>;
  unique: string;
  /** An area of the open round's question bank. */
  areaKey: string;
};

type Expectation = {
  allow: readonly Actor[];
  /** The handler hides other organisations' data as 404, so a 404 there means "denied". */
  scoped?: boolean;
  request?: (f: Fixtures) => Request | Promise<Request>;
};

const STRONG = 'fyra glada grodor i gröna gräset';
const AUDIT_BODY = { title: 'Granskning av informationssäkerhet', auditorFirm: 'Revisionsbyrån', auditedOn: '2025-05-01' };
const RECOMMENDATION_BODY = { text: 'Inför en årlig riskanalys', areaKeys: ['risk'], priority: 'high' };

/** A fresh audit of the organisation with one recommendation followed up in 2025, written straight to the database. */
async function newRegisterEntry(organisationId: number) {
  const db = ctx.app.db;
  const audit = await db
    .insertInto('external_audit')
    .values({ organisation_id: organisationId, title: 'Granskning', auditor_firm: 'Firma', audited_on: '2025-05-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recommendation = await db
    .insertInto('audit_recommendation')
    .values({ audit_id: audit.id, text: 'Rekommendation', area_keys: ['risk'], priority: 'medium' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('audit_recommendation_follow_up').values({ recommendation_id: recommendation.id, year: 2025, outcome: 'no' }).execute();
  return { auditId: audit.id, recommendationId: recommendation.id };
}

async function recommendationUrl(organisationId: number) {
  const { auditId, recommendationId } = await newRegisterEntry(organisationId);
  return `/api/organisations/${organisationId}/audits/${auditId}/recommendations/${recommendationId}`;
}
const FAKE_TOKEN = 'A'.repeat(43);
const year = 2091;

/** Keyed by `METHOD url` exactly as registered. */
const EXPECTED: Record<string, Expectation> = {
  // Auth
  'POST /api/auth/login': {
    allow: EVERYONE,
    request: (f) => ({ url: '/api/auth/login', payload: { email: f.self.email, password: TEST_PASSWORD } }),
  },
  'POST /api/auth/logout': { allow: EVERYONE },
  'GET /api/auth/me': { allow: LOGGED_IN },
  'POST /api/auth/password': {
    allow: LOGGED_IN,
    request: () => ({ url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: STRONG } }),
  },
  'POST /api/auth/sessions/revoke-others': { allow: LOGGED_IN },
  'POST /api/auth/invitations/accept': {
    allow: EVERYONE,
    request: () => ({ url: '/api/auth/invitations/accept', payload: { token: FAKE_TOKEN, name: 'Namn', password: STRONG } }),
  },
  'POST /api/auth/invitations/describe': {
    allow: EVERYONE,
    request: () => ({ url: '/api/auth/invitations/describe', payload: { token: FAKE_TOKEN } }),
  },
  'POST /api/auth/invitations/accept-with-account': {
    allow: LOGGED_IN,
    request: () => ({ url: '/api/auth/invitations/accept-with-account', payload: { token: FAKE_TOKEN } }),
  },
  'POST /api/auth/password-reset/request': {
    allow: EVERYONE,
    request: (f) => ({ url: '/api/auth/password-reset/request', payload: { email: f.self.email } }),
  },
  'POST /api/auth/password-reset/confirm': {
    allow: EVERYONE,
    request: () => ({ url: '/api/auth/password-reset/confirm', payload: { token: FAKE_TOKEN, password: STRONG } }),
  },

  // Federated sign-in (docs/decisions/0025): the login's steps are public; a request for no provider gets a refusal page or 404.
  'POST /api/auth/federation/discover': {
    allow: EVERYONE,
    request: () => ({ url: '/api/auth/federation/discover', payload: { email: 'a@example.se' } }),
  },
  'GET /api/auth/federation/start': { allow: EVERYONE, request: () => ({ url: '/api/auth/federation/start?email=a%40example.se' }) },
  'GET /api/auth/federation/oidc/callback': { allow: EVERYONE, request: () => ({ url: '/api/auth/federation/oidc/callback?state=x&code=y' }) },
  'POST /api/auth/federation/saml/:providerId/acs': {
    allow: EVERYONE,
    request: () => ({
      url: '/api/auth/federation/saml/999999/acs',
      payload: 'SAMLResponse=PHg%2B',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  },
  'GET /api/auth/federation/saml/:providerId/metadata': { allow: EVERYONE, request: () => ({ url: '/api/auth/federation/saml/999999/metadata' }) },
  'GET /api/auth/federation/saml/:providerId/logged-out': { allow: EVERYONE, request: () => ({ url: '/api/auth/federation/saml/1/logged-out' }) },
  'POST /api/auth/federation/logout': { allow: EVERYONE },
  'GET /api/admin/identity-providers': { allow: ADMIN },
  'GET /api/admin/identity-providers/:id': {
    allow: ADMIN,
    request: async (f) => ({ url: `/api/admin/identity-providers/${await newProvider(f.unique)}` }),
  },
  'POST /api/admin/identity-providers': {
    allow: ADMIN,
    request: (f) => ({ url: '/api/admin/identity-providers', payload: providerBody(f.unique) }),
  },
  'PUT /api/admin/identity-providers/:id': {
    allow: ADMIN,
    request: async (f) => ({ url: `/api/admin/identity-providers/${await newProvider(f.unique)}`, payload: providerBody(`${f.unique}b`) }),
  },
  'DELETE /api/admin/identity-providers/:id': {
    allow: ADMIN,
    request: async (f) => ({ url: `/api/admin/identity-providers/${await newProvider(f.unique)}` }),
  },

  // Administration
  'GET /api/admin/audit': { allow: ADMIN },
  'GET /api/admin/outbox': { allow: ADMIN },
  // Without SMTP (as here) an administrator gets 409 mail_not_configured: past the access check all the same.
  'POST /api/admin/outbox/:id/retry': { allow: ADMIN, request: () => ({ url: '/api/admin/outbox/1/retry' }) },
  'GET /api/admin/users': { allow: ADMIN },
  'GET /api/admin/users/:id': { allow: ADMIN, request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}` }) },
  'POST /api/admin/users/invite': {
    allow: ADMIN,
    request: (f) => ({ url: '/api/admin/users/invite', payload: { email: `inv-${f.unique}@example.se`, roles: [{ role: 'analyst' }] } }),
  },
  'POST /api/admin/users/:id/roles': {
    allow: ADMIN,
    request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}/roles`, payload: { role: 'analyst' } }),
  },
  'DELETE /api/admin/users/:id/roles/:roleId': {
    allow: ADMIN,
    request: async (f) => {
      const user = await f.newUser([{ role: 'analyst', organisationId: null }]);
      return { url: `/api/admin/users/${user.id}/roles/${user.roleIds[0]}` };
    },
  },
  'POST /api/admin/users/:id/disable': { allow: ADMIN, request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}/disable` }) },
  'POST /api/admin/users/:id/enable': { allow: ADMIN, request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}/enable` }) },
  'POST /api/admin/organisations': {
    allow: ADMIN,
    request: (f) => ({ url: '/api/admin/organisations', payload: { code: `K${f.unique}`, name: 'Förbundet', type: 'kommunalforbund' } }),
  },
  'PATCH /api/admin/organisations/:id': {
    allow: ADMIN,
    request: (f) => ({ url: `/api/admin/organisations/${f.ownOrg}`, payload: { contactEmail: 'kontakt@example.se' } }),
  },
  'POST /api/admin/organisations/attributes/import': {
    allow: ADMIN,
    request: () => ({
      url: '/api/admin/organisations/attributes/import',
      payload: 'code,attribute,value\n0114,kommungrupp,B3\n',
      headers: { 'content-type': 'text/csv' },
    }),
  },

  // Organisations
  'GET /api/organisations': { allow: LOGGED_IN },
  'GET /api/organisations/:id': { allow: OWN_ORGANISATION_READERS, scoped: true, request: (f) => ({ url: `/api/organisations/${f.ownOrg}` }) },
  'GET /api/organisations/:id/attributes': {
    allow: OWN_ORGANISATION_READERS,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/attributes` }),
  },
  'POST /api/organisations/:id/invitations': {
    allow: ['respondentOwn', 'admin'],
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/invitations`, payload: { email: `col-${f.unique}@example.se`, role: 'viewer' } }),
  },

  // Rounds and questions
  'GET /api/rounds': { allow: LOGGED_IN },
  'GET /api/counties': { allow: LOGGED_IN },
  'GET /api/rounds/:year/questions': { allow: LOGGED_IN, request: () => ({ url: `/api/rounds/${year}/questions` }) },
  'POST /api/admin/rounds': {
    allow: ADMIN,
    request: () => ({ url: '/api/admin/rounds', payload: { year, opensAt: '2091-03-01T00:00:00Z', closesAt: '2091-05-01T00:00:00Z' } }),
  },
  'POST /api/admin/rounds/:year/state': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${year}/state`, payload: { state: 'open' } }) },
  'PATCH /api/admin/rounds/:year': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${year}`, payload: { shareComments: true } }) },

  // Responses (in the open demo round)
  // An active auditor passes where viewers do and finds no rounds of their own here.
  'GET /api/my/rounds': {
    allow: ['respondentOwn', 'respondentOther', 'viewerOwn', 'viewerOther', 'auditorActive', 'groupParent', 'otherGroupMember'],
  },
  'GET /api/rounds/:year/organisations/:organisationId/response': {
    allow: ANSWER_READERS,
    scoped: true,
    request: (f) => ({ url: responseUrl(f) }),
  },
  'GET /api/rounds/:year/organisations/:organisationId/response/history': {
    allow: ANSWER_READERS,
    scoped: true,
    request: (f) => ({ url: `${responseUrl(f)}/history` }),
  },
  'PUT /api/rounds/:year/organisations/:organisationId/response/areas/:areaKey': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({
      url: `${responseUrl(f)}/areas/${f.areaKey}`,
      payload: { main: null, followup: null, comment: null, version: 0 },
    }),
  },
  'POST /api/rounds/:year/organisations/:organisationId/response/submit': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({ url: `${responseUrl(f)}/submit`, payload: { version: 0 } }),
  },
  'POST /api/rounds/:year/organisations/:organisationId/response/reopen': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({ url: `${responseUrl(f)}/reopen` }),
  },
  'POST /api/rounds/:year/organisations/:organisationId/response/carry-over': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({ url: `${responseUrl(f)}/carry-over` }),
  },

  // Results and exchange (#6)
  'GET /api/admin/rounds/:year/responses/export': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${DEMO_YEAR}/responses/export` }) },
  'POST /api/admin/rounds/:year/responses/import': {
    allow: ADMIN,
    request: () => ({
      url: `/api/admin/rounds/${DEMO_YEAR}/responses/import`,
      payload: 'organisation_code,status,submitted_at\n',
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'GET /api/rounds/:year/aggregates': { allow: ['analyst', 'admin'], request: () => ({ url: `/api/rounds/${DEMO_YEAR}/aggregates` }) },
  'GET /api/rounds/:year/aggregates/export': { allow: ['analyst', 'admin'], request: () => ({ url: `/api/rounds/${DEMO_YEAR}/aggregates/export` }) },
  'GET /api/rounds/:year/crosstab': {
    allow: ['analyst', 'admin'],
    request: (f) => ({ url: `/api/rounds/${DEMO_YEAR}/crosstab?a=${f.areaKey}&b=${f.areaKey}` }),
  },
  'GET /api/rounds/:year/response-status': { allow: ['analyst', 'admin'], request: () => ({ url: `/api/rounds/${DEMO_YEAR}/response-status` }) },

  // The national report: public for published rounds (404 otherwise, to everyone); preview and commentary for analysts
  'GET /api/reports/:year': { allow: EVERYONE, request: () => ({ url: `/api/reports/${DEMO_YEAR}` }) },
  'GET /api/reports/:year/preview': { allow: ['analyst', 'admin'], request: () => ({ url: `/api/reports/${DEMO_YEAR}/preview` }) },
  'PUT /api/reports/:year/commentary/:section': {
    allow: ['analyst', 'admin'],
    request: () => ({ url: `/api/reports/${DEMO_YEAR}/commentary/summary`, payload: { body: 'Kommentar' } }),
  },
  'GET /api/results/trends': { allow: ['analyst', 'admin'] },
  'GET /api/results/filter-options': { allow: ['analyst', 'admin'] },
  'GET /api/organisations/:id/results': {
    allow: ANSWER_READERS,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/results` }),
  },
  // The register of external audit recommendations: the organisation's respondents write; its viewers, administrators, active auditor and group read.
  'GET /api/organisations/:id/audits': { allow: ANSWER_READERS, scoped: true, request: (f) => ({ url: `/api/organisations/${f.ownOrg}/audits` }) },
  'GET /api/organisations/:id/audits/export': {
    allow: ANSWER_READERS,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/audits/export?format=csv` }),
  },
  'POST /api/organisations/:id/audits': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/audits`, payload: AUDIT_BODY }),
  },
  'POST /api/organisations/:id/audits/import': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({
      url: `/api/organisations/${f.ownOrg}/audits/import`,
      payload: `audit_title,auditor_firm,audited_on,report_reference,recommendation,areas,priority,follow_up_year,outcome,comment\nGranskning ${f.unique},Firma,2025-05-01,,Gör en riskanalys,risk,high,2026,partly,\n`,
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'PUT /api/organisations/:id/audits/:auditId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `/api/organisations/${f.ownOrg}/audits/${(await newRegisterEntry(f.ownOrg)).auditId}`, payload: AUDIT_BODY }),
  },
  'DELETE /api/organisations/:id/audits/:auditId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `/api/organisations/${f.ownOrg}/audits/${(await newRegisterEntry(f.ownOrg)).auditId}` }),
  },
  'POST /api/organisations/:id/audits/:auditId/recommendations': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({
      url: `/api/organisations/${f.ownOrg}/audits/${(await newRegisterEntry(f.ownOrg)).auditId}/recommendations`,
      payload: RECOMMENDATION_BODY,
    }),
  },
  'PUT /api/organisations/:id/audits/:auditId/recommendations/:recommendationId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: await recommendationUrl(f.ownOrg), payload: RECOMMENDATION_BODY }),
  },
  'DELETE /api/organisations/:id/audits/:auditId/recommendations/:recommendationId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: await recommendationUrl(f.ownOrg) }),
  },
  'PUT /api/organisations/:id/audits/:auditId/recommendations/:recommendationId/follow-ups/:year': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `${await recommendationUrl(f.ownOrg)}/follow-ups/2026`, payload: { outcome: 'yes', comment: 'Klart.' } }),
  },
  'DELETE /api/organisations/:id/audits/:auditId/recommendations/:recommendationId/follow-ups/:year': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `${await recommendationUrl(f.ownOrg)}/follow-ups/2025` }),
  },
  // Links between a recommendation and the plan's actions (decision 0020): the organisation's respondents only.
  'PUT /api/organisations/:id/audits/:auditId/recommendations/:recommendationId/actions/:actionId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `${await recommendationUrl(f.ownOrg)}/actions/${await newAction(f)}`, payload: { version: 1 } }),
  },
  'DELETE /api/organisations/:id/audits/:auditId/recommendations/:recommendationId/actions/:actionId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `${await linkedActionUrl(f)}?version=1` }),
  },

  // Auditors and the group view (docs/decisions/0021)
  'GET /api/organisations/:id/auditors': {
    allow: ['respondentOwn', 'admin'],
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/auditors` }),
  },
  'POST /api/organisations/:id/auditors': {
    allow: ['respondentOwn', 'admin'],
    scoped: true,
    request: (f) => ({
      url: `/api/organisations/${f.ownOrg}/auditors`,
      payload: { email: `rev-${f.unique}@example.se`, startsOn: swedishDay(0), endsOn: swedishDay(30) },
    }),
  },
  'POST /api/organisations/:id/auditors/:grantId/revoke': {
    allow: ['respondentOwn', 'admin'],
    scoped: true,
    request: async (f) => ({ url: `/api/organisations/${f.ownOrg}/auditors/${await grantOn(f.ownOrg, (await f.newUser()).id, 0, 30)}/revoke` }),
  },
  'GET /api/organisations/:id/access-log': {
    allow: OWN_PEOPLE,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/access-log` }),
  },
  'GET /api/organisations/:id/group': {
    allow: OWN_PEOPLE,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/group` }),
  },

  // Action plans (#17): the organisation's respondents write; its viewers, active auditor and group read; analysts see only the round's shares.
  'GET /api/organisations/:id/actions': {
    allow: ANSWER_READERS,
    scoped: true,
    request: (f) => ({ url: `/api/organisations/${f.ownOrg}/actions` }),
  },
  'POST /api/organisations/:id/actions': {
    allow: ['respondentOwn'],
    scoped: true,
    request: (f) => ({
      url: `/api/organisations/${f.ownOrg}/actions`,
      payload: { areaKey: f.areaKey, plannedInYear: DEMO_YEAR, title: 'Matrisåtgärd' },
    }),
  },
  'PUT /api/organisations/:id/actions/:actionId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({
      url: `/api/organisations/${f.ownOrg}/actions/${await newAction(f)}`,
      payload: { version: 1, title: 'Ändrad', responsible: '', dueOn: null, status: 'in_progress', evidence: '' },
    }),
  },
  'DELETE /api/organisations/:id/actions/:actionId': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({ url: `/api/organisations/${f.ownOrg}/actions/${await newAction(f)}?version=1` }),
  },
  'PUT /api/organisations/:id/actions/:actionId/follow-ups/:year': {
    allow: ['respondentOwn'],
    scoped: true,
    request: async (f) => ({
      url: `/api/organisations/${f.ownOrg}/actions/${await newAction(f)}/follow-ups/${DEMO_YEAR}`,
      payload: { outcome: 'partly', comment: '' },
    }),
  },
  'GET /api/rounds/:year/improvement': { allow: ['analyst', 'admin'], request: () => ({ url: `/api/rounds/${DEMO_YEAR}/improvement` }) },

  // Round administration: refused before validation for everyone but admins, so an empty body will do.
  'POST /api/admin/rounds/:year/invitations': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${year}/invitations`, payload: {} }) },
  'DELETE /api/admin/rounds/:year/invitations/:organisationId': {
    allow: ADMIN,
    request: (f) => ({ url: `/api/admin/rounds/${year}/invitations/${f.ownOrg}` }),
  },
  'POST /api/admin/rounds/:year/invitations/:organisationId/resend': {
    allow: ADMIN,
    request: (f) => ({ url: `/api/admin/rounds/${year}/invitations/${f.ownOrg}/resend`, payload: {} }),
  },
  'GET /api/admin/rounds/:year/monitor': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${year}/monitor` }) },
  'POST /api/admin/rounds/:year/reminders/preview': {
    allow: ADMIN,
    request: () => ({ url: `/api/admin/rounds/${year}/reminders/preview`, payload: {} }),
  },
  'POST /api/admin/rounds/:year/reminders': { allow: ADMIN, request: () => ({ url: `/api/admin/rounds/${year}/reminders`, payload: {} }) },
  'POST /api/admin/rounds/:year/organisations/:organisationId/reopen': {
    allow: ADMIN,
    request: (f) => ({ url: `/api/admin/rounds/${year}/organisations/${f.ownOrg}/reopen`, payload: {} }),
  },
  'GET /api/admin/question-bank/versions': { allow: ADMIN },
  'GET /api/admin/question-bank/versions/:version': { allow: ADMIN, request: () => ({ url: '/api/admin/question-bank/versions/2019.1' }) },
  'POST /api/admin/question-bank/versions': { allow: ADMIN, request: () => ({ url: '/api/admin/question-bank/versions', payload: {} }) },
  'PUT /api/admin/question-bank/versions/:version': {
    allow: ADMIN,
    request: () => ({ url: '/api/admin/question-bank/versions/9999.1', payload: {} }),
  },
  'POST /api/registrations/inspect': { allow: EVERYONE, request: () => ({ url: '/api/registrations/inspect', payload: { token: FAKE_TOKEN } }) },
  'POST /api/registrations/accept': { allow: EVERYONE, request: () => ({ url: '/api/registrations/accept', payload: { token: FAKE_TOKEN } }) },

  // Multi-factor authentication and API tokens (docs/decisions/0024)
  'GET /api/auth/mfa/status': { allow: EVERYONE },
  'POST /api/auth/mfa/verify/totp': { allow: MFA_PENDING, request: () => ({ url: '/api/auth/mfa/verify/totp', payload: { code: '000000' } }) },
  'POST /api/auth/mfa/verify/recovery-code': {
    allow: MFA_PENDING,
    request: () => ({ url: '/api/auth/mfa/verify/recovery-code', payload: { code: 'aaaaa-aaaaa' } }),
  },
  'POST /api/auth/mfa/verify/passkey/options': { allow: MFA_PENDING },
  'POST /api/auth/mfa/verify/passkey': {
    allow: MFA_PENDING,
    request: () => ({ url: '/api/auth/mfa/verify/passkey', payload: { credential: WEBAUTHN_CREDENTIAL } }),
  },
  'POST /api/auth/mfa/totp/setup': { allow: LOGGED_IN },
  'POST /api/auth/mfa/totp/confirm': { allow: LOGGED_IN, request: () => ({ url: '/api/auth/mfa/totp/confirm', payload: { code: '000000' } }) },
  'DELETE /api/auth/mfa/totp': { allow: LOGGED_IN },
  'POST /api/auth/mfa/passkeys/options': { allow: LOGGED_IN },
  'POST /api/auth/mfa/passkeys': {
    allow: LOGGED_IN,
    request: () => ({ url: '/api/auth/mfa/passkeys', payload: { name: 'Nyckel', credential: WEBAUTHN_CREDENTIAL } }),
  },
  'DELETE /api/auth/mfa/passkeys/:id': { allow: LOGGED_IN, request: () => ({ url: '/api/auth/mfa/passkeys/999999' }) },
  'POST /api/auth/mfa/recovery-codes': { allow: LOGGED_IN },
  'GET /api/admin/users/:id/mfa': { allow: ADMIN, request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}/mfa` }) },
  'POST /api/admin/users/:id/mfa/reset': { allow: ADMIN, request: async (f) => ({ url: `/api/admin/users/${(await f.newUser()).id}/mfa/reset` }) },
  'GET /api/account/tokens': { allow: LOGGED_IN },
  'POST /api/account/tokens': {
    allow: LOGGED_IN,
    request: () => ({ url: '/api/account/tokens', payload: { name: 'Skript', scope: 'read', expiresInDays: 30 } }),
  },
  'DELETE /api/account/tokens/:id': { allow: LOGGED_IN, request: () => ({ url: '/api/account/tokens/999999' }) },

  // Operations
  'GET /api/health': { allow: EVERYONE },

  // Open data (the files under /oppna-data are outside /api: test/open-data.test.ts reads them anonymously)
  'GET /api/open-data': { allow: EVERYONE },
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** A Swedish calendar date, days from today. */
const swedishDay = (offset: number) => new Date(Date.now() + offset * DAY_MS).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** An accepted auditor grant on the organisation from `from` to `to` days from today; its id. */
async function grantOn(organisationId: number, userId: number, from: number, to: number, revoked = false) {
  const { id } = await ctx.app.db
    .insertInto('auditor_grant')
    .values({
      organisation_id: organisationId,
      user_id: userId,
      starts_on: swedishDay(from),
      ends_on: swedishDay(to),
      accepted_at: new Date(),
      revoked_at: revoked ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An action of the own organisation planned the round before the open demo round, so the demo round can follow it up. */
async function newAction(f: Fixtures): Promise<number> {
  const user = await newUser();
  return insertAction(ctx.app.db, {
    organisationId: f.ownOrg,
    areaKey: f.areaKey,
    plannedInYear: DEMO_YEAR - 1,
    guidanceTargetLevel: null,
    title: 'Matrisåtgärd',
    responsible: '',
    dueOn: null,
    status: 'planned',
    evidence: '',
    createdBy: user.id,
  });
}

/** A recommendation of the own organisation linked to a fresh action of its plan: the link's URL. */
async function linkedActionUrl(f: Fixtures): Promise<string> {
  const { auditId, recommendationId } = await newRegisterEntry(f.ownOrg);
  const actionId = await newAction(f);
  await ctx.app.db.insertInto('audit_recommendation_action').values({ recommendation_id: recommendationId, action_id: actionId }).execute();
  return `/api/organisations/${f.ownOrg}/audits/${auditId}/recommendations/${recommendationId}/actions/${actionId}`;
}

function responseUrl(f: Fixtures) {
  return `/api/rounds/${DEMO_YEAR}/organisations/${f.ownOrg}/response`;
}

const ORGANISATION_OF: Partial<Record<Actor, { role: Role; code: string }>> = {
  respondentOwn: { role: 'respondent', code: '0114' },
  respondentOther: { role: 'respondent', code: '0180' },
  viewerOwn: { role: 'viewer', code: '0114' },
  viewerOther: { role: 'viewer', code: '0180' },
  // 0114 is a member of 0115's group (set up below); 0117 is the group of another organisation.
  groupParent: { role: 'respondent', code: '0115' },
  otherGroupMember: { role: 'respondent', code: '0117' },
};

/** The auditors' grants on the own organisation: active today, ended yesterday, active dates but revoked. */
const GRANT_OF: Partial<Record<Actor, { from: number; to: number; revoked?: boolean }>> = {
  auditorActive: { from: -10, to: 30 },
  auditorExpired: { from: -60, to: -1 },
  auditorRevoked: { from: -10, to: 30, revoked: true },
};

let passwordHash: string;
let ownOrg: number;
let areaKey: string;

async function newUser(roles: { role: Role; organisationId: number | null }[] = []) {
  const email = `m-${randomBytes(6).toString('hex')}@example.se`;
  const { id } = await insertUser(ctx.app.db, { email, name: 'Matris', passwordHash });
  const roleIds: number[] = [];
  for (const r of roles) roleIds.push((await addRole(ctx.app.db, id, r.role, r.organisationId))!);
  return { id, email, roleIds };
}

/** The organisations the scoped callers belong to, by code (read once: they never change here). */
const organisationIds = new Map<string, number>();

const rolesOfCaller = (actor: Actor): { role: Role; organisationId: number | null }[] => {
  if (actor === 'analyst' || actor === 'admin') return [{ role: actor, organisationId: null }];
  if (actor === 'mfaPending') return [{ role: 'admin', organisationId: null }];
  const scoped = ORGANISATION_OF[actor];
  return scoped ? [{ role: scoped.role, organisationId: organisationIds.get(scoped.code)! }] : [];
};

/**
 * A fresh person for each call, so one request (log out, password change) cannot spoil the next: every caller of a
 * route is a new account, made for that route before its requests. The accounts and their roles are written one
 * statement per table (as `newUser` and `addRole` would write them row by row); each session through `createSession`.
 */
async function freshCallers(): Promise<Map<Actor, { user: { id: number; email: string }; cookie: string | undefined }>> {
  const db = ctx.app.db;
  const emails = new Map(ACTORS.map((actor) => [actor, `m-${randomBytes(6).toString('hex')}@example.se`]));
  const rows = await db
    .insertInto('app_user')
    .values(ACTORS.map((actor) => ({ email: emails.get(actor)!, name: 'Matris', password_hash: passwordHash })))
    .returning(['id', 'email'])
    .execute();
  const idOf = new Map(rows.map((row) => [row.email, row.id]));
  const users = new Map(ACTORS.map((actor) => [actor, { id: idOf.get(emails.get(actor)!)!, email: emails.get(actor)! }]));
  const roles = ACTORS.flatMap((actor) =>
    rolesOfCaller(actor).map((r) => ({ user_id: users.get(actor)!.id, role: r.role, organisation_id: r.organisationId })),
  );
  await db.insertInto('user_role').values(roles).execute();
  for (const actor of ACTORS) {
    const grant = GRANT_OF[actor];
    if (grant) await grantOn(ownOrg, users.get(actor)!.id, grant.from, grant.to, grant.revoked);
  }
  await db
    .insertInto('user_totp')
    .values({ user_id: users.get('mfaPending')!.id, secret: 'JBSWY3DPEHPK3PXP', confirmed_at: new Date() })
    .execute();
  const callers = new Map<Actor, { user: { id: number; email: string }; cookie: string | undefined }>();
  for (const actor of ACTORS) {
    const user = users.get(actor)!;
    if (actor === 'anonymous') {
      callers.set(actor, { user, cookie: undefined });
      continue;
    }
    const token = await createSession(db, user.id, { userAgent: null, ip: null }, { mfaPending: actor === 'mfaPending' });
    callers.set(actor, { user, cookie: `${SESSION_COOKIE}=${token}` });
  }
  return callers;
}

const providerBody = (unique: string) => ({
  kind: 'oidc',
  name: `IdP ${unique}`,
  domains: [`m${unique}.se`],
  oidc: { issuer: 'https://idp.example/', clientId: unique },
});

/** An identity provider to read, change or remove. */
async function newProvider(unique: string): Promise<number> {
  const row = await ctx.app.db
    .insertInto('identity_provider')
    .values({ kind: 'oidc', name: `IdP ${unique}`, oidc_issuer: 'https://idp.example/', oidc_client_id: unique })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function outcome(status: number, code: string | undefined, scoped: boolean) {
  if (status === 401 && code === 'unauthorized') return 'unauthenticated';
  if (status === 401 && code === 'mfa_required') return 'second factor awaited';
  if (status === 403 && code === 'forbidden') return 'denied';
  if (scoped && status === 404 && code === 'not_found') return 'denied';
  return 'allowed';
}

beforeAll(async () => {
  passwordHash = await hashPassword(TEST_PASSWORD);
  ownOrg = await organisationIdByCode(ctx.app, '0114');
  for (const { code } of Object.values(ORGANISATION_OF)) organisationIds.set(code, await organisationIdByCode(ctx.app, code));
  await seedDemoRound(ctx.app.db);
  const byCode = (code: string) => organisationIdByCode(ctx.app, code);
  const company = async (code: string) =>
    (
      await ctx.app.db
        .insertInto('organisation')
        .values({ code, name: `Bolag ${code}`, type: 'bolag' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await ctx.app.db
    .insertInto('organisation_membership')
    .values([
      { member_id: ownOrg, group_id: await byCode('0115') },
      { member_id: await company('AB-MATRIS-1'), group_id: ownOrg },
      { member_id: await company('AB-MATRIS-2'), group_id: await byCode('0117') },
    ])
    .execute();
  areaKey = (await ctx.app.db.selectFrom('question_area').select('key').orderBy('id').executeTakeFirstOrThrow()).key;
});

describe('authorization matrix', () => {
  it('has an entry for every registered /api route, and none for a route that is gone', () => {
    const registered = ctx.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(
      registered.filter((key) => !(key in EXPECTED)),
      'routes missing from EXPECTED',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((key) => !registered.includes(key)),
      'EXPECTED entries without a route',
    ).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s', async (key, expectation) => {
    const method = key.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    const path = key.slice(method.length + 1);
    const results: Record<string, string> = {};
    const callers = await freshCallers();
    for (const actor of ACTORS) {
      const { user, cookie } = callers.get(actor)!;
      const fixtures: Fixtures = { ownOrg, self: user, newUser, unique: randomBytes(4).toString('hex'), areaKey };
      const request = (await expectation.request?.(fixtures)) ?? { url: path };
      const response = await ctx.app.inject({
        method,
        url: request.url,
        headers: { ...(cookie && { cookie }), ...request.headers },
        ...(request.payload !== undefined && { payload: request.payload }),
      });
      expect(response.statusCode, `${actor} → ${key}: ${response.body}`).toBeLessThan(500);
      const code = response.statusCode >= 400 ? response.json<{ error?: { code?: string } }>().error?.code : undefined;
      results[actor] = outcome(response.statusCode, code, expectation.scoped ?? false);
    }
    const expected = Object.fromEntries(
      ACTORS.map((actor) => [
        actor,
        expectation.allow.includes(actor)
          ? 'allowed'
          : actor === 'anonymous'
            ? 'unauthenticated'
            : actor === 'mfaPending'
              ? 'second factor awaited'
              : 'denied',
      ]),
    );
    expect(results).toEqual(expected);
  });
});
