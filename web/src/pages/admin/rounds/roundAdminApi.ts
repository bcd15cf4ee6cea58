// Types only from shared/api: the server validates, and zod would weigh on the page chunk.
import type { InvitationSent } from '../../../../../shared/api/users';
import type {
  BankVersionSummary,
  InvitationSelection,
  InviteResult,
  Monitor,
  MonitorOrganisation,
  RecentlyMailedDetails,
  ReminderBody,
  ReminderPlan,
  ReminderResult,
  ResendInvitationBody,
  ResendInvitationResult,
  TimelinePoint,
  WithdrawInvitationResult,
} from '../../../../../shared/api/round-admin';
import type { Round, RoundState } from '../../../../../shared/api/rounds';
import type { QuestionBankFile } from '../../../../../shared/question-bank/schema';
import { apiGet, apiSend } from '../../../api/client';
import { query } from '../adminApi';

export type {
  BankVersionSummary,
  InvitationSelection,
  InviteResult,
  Monitor,
  MonitorOrganisation,
  RecentlyMailedDetails,
  ReminderPlan,
  ReminderResult,
  Round,
  RoundState,
  TimelinePoint,
};

/** The moves an administrator can make from each state (as shared/api/rounds ROUND_TRANSITIONS, copied to keep zod out of the chunk). */
export const NEXT_STATES: Record<RoundState, readonly RoundState[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'published'],
  published: [],
};

export const roundKeys = {
  rounds: ['rounds'] as const,
  monitor: (year: number) => ['admin', 'rounds', year, 'monitor'] as const,
  monitorPage: (year: number, params: Record<string, string>) => ['admin', 'rounds', year, 'monitor', params] as const,
  bankVersions: ['admin', 'bank-versions'] as const,
  bankVersion: (version: string) => ['admin', 'bank-versions', version] as const,
};

const roundUrl = (year: number) => `/api/admin/rounds/${year}`;

export const fetchRounds = (signal?: AbortSignal) => apiGet<{ rounds: Round[] }>('/api/rounds', undefined, { signal });

/**
 * Reports an action's outcome in the round page's one live region; `outbox`
 * adds a link to the outbox (mail written while no mail server is configured).
 */
export type OnStatus = (message: string, options?: { outbox?: boolean }) => void;

export type NewRound = { year: number; opensAt: string; closesAt: string; bankVersion?: string };
export const createRound = (body: NewRound) => apiSend<Round>('POST', '/api/admin/rounds', body);
export const changeRoundState = (year: number, state: RoundState) => apiSend<Round>('POST', `${roundUrl(year)}/state`, { state });
export const updateRoundWindow = (year: number, window: { opensAt: string; closesAt: string }) => apiSend<Round>('PATCH', roundUrl(year), window);

export const inviteOrganisations = (year: number, body: { selection: InvitationSelection; sendMail: boolean }) =>
  apiSend<InviteResult>('POST', `${roundUrl(year)}/invitations`, body);

export const withdrawInvitation = (year: number, organisationId: number) =>
  apiSend<WithdrawInvitationResult>('DELETE', `${roundUrl(year)}/invitations/${organisationId}`);
export const resendInvitation = (year: number, organisationId: number, body: ResendInvitationBody = {}) =>
  apiSend<ResendInvitationResult>('POST', `${roundUrl(year)}/invitations/${organisationId}/resend`, body);

/** The administrator names a respondent directly: a user invitation with the respondent role (server/organisations). */
/** The same answer for every address: the role comes when the person accepts (docs/decisions/0009). */
export const inviteRespondent = (organisationId: number, email: string) =>
  apiSend<InvitationSent>('POST', `/api/organisations/${organisationId}/invitations`, { email, role: 'respondent' });

/** Totals and timeline of the whole round, with one page of the organisations matching the filters. */
export const fetchMonitor = (year: number, params: Record<string, string | undefined>, signal?: AbortSignal) =>
  apiGet<Monitor>(`${roundUrl(year)}/monitor${query(params)}`, undefined, { signal });

export const previewReminders = (year: number, body: ReminderBody) => apiSend<ReminderPlan>('POST', `${roundUrl(year)}/reminders/preview`, body);
export const sendReminders = (year: number, body: ReminderBody) => apiSend<ReminderResult>('POST', `${roundUrl(year)}/reminders`, body);

export const reopenResponse = (year: number, organisationId: number, reason: string) =>
  apiSend<{ organisationId: number; status: 'draft'; version: number }>('POST', `${roundUrl(year)}/organisations/${organisationId}/reopen`, {
    reason,
  });

export const fetchBankVersions = (signal?: AbortSignal) =>
  apiGet<{ versions: BankVersionSummary[] }>('/api/admin/question-bank/versions', undefined, { signal });
export const fetchBankVersion = (version: string, signal?: AbortSignal) =>
  apiGet<QuestionBankFile>(`/api/admin/question-bank/versions/${version}`, undefined, { signal });
export const copyBankVersion = (from: string, version: string) =>
  apiSend<{ version: string }>('POST', '/api/admin/question-bank/versions', { from, version });
export const saveBankVersion = (version: string, document: unknown) =>
  apiSend<{ version: string }>('PUT', `/api/admin/question-bank/versions/${version}`, document);

/** A datetime-local input's value (the admin's local time) as ISO 8601, and back. */
export const localToIso = (value: string) => new Date(value).toISOString();
export function isoToLocal(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Splits a pasted list of codes (commas, semicolons, spaces or lines) into distinct codes. */
export function parseCodeList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}
