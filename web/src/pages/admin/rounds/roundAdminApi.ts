// Types only from shared/api: the server validates, and zod would weigh on the page chunk.
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
  TimelinePoint,
} from '#shared/api/round-admin';
import type { Round, RoundState } from '#shared/api/rounds';
import { queryOptions } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';
import type { RequestBody } from '#web/api/types';
import { roundsQuery } from '#web/pages/roundsQuery';
import { filledIn, filledInNumber, oneOf, type ListFilters } from '#web/pages/admin/adminApi';
import { ORGANISATION_TYPES } from '#shared/api/organisation-types';
import { RESPONSE_STATUSES } from '#shared/api/response-statuses';

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

/** Query keys' prefixes: what a change invalidates. */
export const roundKeys = {
  rounds: roundsQuery().queryKey,
  monitor: (year: number) => ['admin', 'rounds', year, 'monitor'] as const,
  bankVersions: ['admin', 'bank-versions'] as const,
};

export const roundQueries = {
  rounds: roundsQuery,
  /** Totals and timeline of the whole round, with one page of the organisations matching the filters. */
  monitorPage: (year: number, filters: ListFilters) =>
    queryOptions({
      queryKey: [...roundKeys.monitor(year), filters] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/admin/rounds/{year}/monitor', {
            params: {
              path: { year },
              query: {
                status: oneOf(RESPONSE_STATUSES, filters.status),
                county: filledIn(filters.county),
                type: oneOf(ORGANISATION_TYPES, filters.type),
                q: filledIn(filters.q),
                limit: filledInNumber(filters.limit),
                offset: filledInNumber(filters.offset),
              },
            },
            signal,
          }),
        ),
    }),
  bankVersions: () =>
    queryOptions({
      queryKey: roundKeys.bankVersions,
      queryFn: ({ signal }) => answer(api.GET('/api/admin/question-bank/versions', { signal })),
    }),
  bankVersion: (version: string) =>
    queryOptions({
      queryKey: [...roundKeys.bankVersions, version] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/admin/question-bank/versions/{version}', { params: { path: { version } }, signal })),
    }),
};

const yearPath = (year: number) => ({ path: { year } });

/**
 * Reports an action's outcome in the round page's one live region; `outbox`
 * adds a link to the outbox (mail written while no mail server is configured).
 */
export type OnStatus = (message: string, options?: { outbox?: boolean }) => void;

export type NewRound = RequestBody<'/api/admin/rounds', 'post'>;
export const createRound = (body: NewRound) => answer(api.POST('/api/admin/rounds', { body }));
/** A state a round can be moved to (never back to draft). */
export type TargetState = RequestBody<'/api/admin/rounds/{year}/state', 'post'>['state'];
export const changeRoundState = (year: number, state: TargetState) =>
  answer(api.POST('/api/admin/rounds/{year}/state', { params: yearPath(year), body: { state } }));
export const updateRoundWindow = (year: number, window: { opensAt: string; closesAt: string }) =>
  answer(api.PATCH('/api/admin/rounds/{year}', { params: yearPath(year), body: window }));

export const inviteOrganisations = (year: number, body: { selection: InvitationSelection; sendMail: boolean }) =>
  answer(api.POST('/api/admin/rounds/{year}/invitations', { params: yearPath(year), body }));

export const withdrawInvitation = (year: number, organisationId: number) =>
  answer(api.DELETE('/api/admin/rounds/{year}/invitations/{organisationId}', { params: { path: { year, organisationId } } }));
export const resendInvitation = (year: number, organisationId: number, body: ResendInvitationBody = {}) =>
  answer(api.POST('/api/admin/rounds/{year}/invitations/{organisationId}/resend', { params: { path: { year, organisationId } }, body }));

/** The administrator names a respondent directly: a user invitation with the respondent role (server/organisations). */
/** The same answer for every address: the role comes when the person accepts (docs/decisions/0009). */
export const inviteRespondent = (organisationId: number, email: string) =>
  answer(api.POST('/api/organisations/{id}/invitations', { params: { path: { id: organisationId } }, body: { email, role: 'respondent' } }));

export const previewReminders = (year: number, body: ReminderBody) =>
  answer(api.POST('/api/admin/rounds/{year}/reminders/preview', { params: yearPath(year), body }));
export const sendReminders = (year: number, body: ReminderBody) =>
  answer(api.POST('/api/admin/rounds/{year}/reminders', { params: yearPath(year), body }));

export const reopenResponse = (year: number, organisationId: number, reason: string) =>
  answer(
    api.POST('/api/admin/rounds/{year}/organisations/{organisationId}/reopen', { params: { path: { year, organisationId } }, body: { reason } }),
  );

export const copyBankVersion = (from: string, version: string) => answer(api.POST('/api/admin/question-bank/versions', { body: { from, version } }));
export const saveBankVersion = (version: string, document: RequestBody<'/api/admin/question-bank/versions/{version}', 'put'>) =>
  answer(api.PUT('/api/admin/question-bank/versions/{version}', { params: { path: { version } }, body: document }));

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
