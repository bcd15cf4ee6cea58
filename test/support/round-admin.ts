import type { FastifyInstance } from 'fastify';
import type { InviteBody } from '#shared/api/round-admin';
import { organisationIdByCode } from './auth';
import { responseUrl } from './survey';

const DAY_MS = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** An administrator's calls to the round API, as the admin pages make them. */
export function roundAdminApi(app: FastifyInstance, cookie: string) {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { cookie }, ...(payload !== undefined && { payload: payload as object }) });
  return {
    send,
    createRound: (year: number, extra: Record<string, unknown> = {}) =>
      send('POST', '/api/admin/rounds', { year, opensAt: daysFromNow(-1), closesAt: daysFromNow(30), ...extra }),
    setState: (year: number, state: string) => send('POST', `/api/admin/rounds/${year}/state`, { state }),
    invite: (year: number, body: InviteBody) => send('POST', `/api/admin/rounds/${year}/invitations`, body),
    monitor: (year: number, query = '') => send('GET', `/api/admin/rounds/${year}/monitor${query && `?${query}`}`),
    previewReminders: (year: number, body: Record<string, unknown> = {}) => send('POST', `/api/admin/rounds/${year}/reminders/preview`, body),
    sendReminders: (year: number, body: Record<string, unknown> = {}) => send('POST', `/api/admin/rounds/${year}/reminders`, body),
    withdrawInvitation: (year: number, organisationId: number) => send('DELETE', `/api/admin/rounds/${year}/invitations/${organisationId}`),
    resendInvitation: (year: number, organisationId: number, body: Record<string, unknown> = {}) =>
      send('POST', `/api/admin/rounds/${year}/invitations/${organisationId}/resend`, body),
    reopen: (year: number, organisationId: number, reason: string) =>
      send('POST', `/api/admin/rounds/${year}/organisations/${organisationId}/reopen`, { reason }),
  };
}

export async function setContactEmail(app: FastifyInstance, code: string, email: string | null): Promise<number> {
  const id = await organisationIdByCode(app, code);
  await app.db.updateTable('organisation').set({ contact_email: email }).where('id', '=', id).execute();
  return id;
}

/** A respondent answers the given areas "no" through the survey API and, if asked, submits. */
export async function answerAsRespondent(
  app: FastifyInstance,
  input: { cookie: string; year: number; organisationId: number; areas: string[]; submit: boolean },
): Promise<number> {
  const url = responseUrl(input.year, input.organisationId);
  let version = 0;
  for (const areaKey of input.areas) {
    const saved = await app.inject({
      method: 'PUT',
      url: `${url}/areas/${areaKey}`,
      headers: { cookie: input.cookie },
      payload: { main: 'no', followup: null, comment: null, version },
    });
    if (saved.statusCode !== 200) throw new Error(`saving ${areaKey} failed: ${saved.statusCode} ${saved.body}`);
    version = saved.json().version;
  }
  if (!input.submit) return version;
  const submitted = await app.inject({ method: 'POST', url: `${url}/submit`, headers: { cookie: input.cookie }, payload: { version } });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  return submitted.json().version;
}

export function outboxOfKind(app: FastifyInstance, kind: string) {
  return app.db.selectFrom('outbox_message').selectAll().where('kind', '=', kind).orderBy('id').execute();
}
