import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, answerTimeLimit, api, apiUrl, done } from '#web/api/client';
import { createOnce } from '#web/app/queryClient';
// Types only from shared/: the page's schemas come in with its forms.
import type { AuditRegister, ExternalAuditBody, FollowUpBody, RecommendationBody } from '#shared/api/external-audits';

export type { AuditRegister };
export type ExternalAudit = AuditRegister['audits'][number];
export type Recommendation = ExternalAudit['recommendations'][number];

export const registerQueries = {
  register: (organisationId: number, lang: string) =>
    queryOptions({
      queryKey: ['audit-register', organisationId, lang] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/organisations/{id}/audits', {
            params: { path: { id: organisationId }, query: { lang: lang === 'en' ? 'en' : 'sv' } },
            signal,
          }),
        ),
    }),
  organisation: (organisationId: number) =>
    queryOptions({
      queryKey: ['organisation', organisationId] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/organisations/{id}', { params: { path: { id: organisationId } }, signal })),
    }),
};

export const useRegister = (organisationId: number, lang: string) => useQuery(registerQueries.register(organisationId, lang));
export const useOrganisation = (organisationId: number) => useQuery(registerQueries.organisation(organisationId));

export const exportUrl = (organisationId: number, format: 'csv' | 'xlsx', lang: string) =>
  apiUrl('/api/organisations/{id}/audits/export', { path: { id: organisationId }, query: { format, lang: lang === 'en' ? 'en' : 'sv' } });

/**
 * The year a follow-up is recorded for when nobody names one: the current
 * calendar year on the user's device. The register's follow-up form proposes
 * it, and the plan's question when the last linked action closes writes it
 * (decision 0020).
 */
export const followUpYearNow = () => new Date().getFullYear();

export type RecommendationRef = { organisationId: number; auditId: number; recommendationId: number };

// The creates and the changes fail as a network failure when no answer has come within the client's time limit
// (`answerTimeLimit`): a change is the same sent twice, and a create is read back (useCreateOnce). Deletions and links
// go without it.
const calls = {
  createAudit: ({ organisationId, body }: { organisationId: number; body: ExternalAuditBody }) =>
    answer(api.POST('/api/organisations/{id}/audits', { params: { path: { id: organisationId } }, body, signal: answerTimeLimit() })),
  changeAudit: ({ organisationId, auditId, body }: { organisationId: number; auditId: number; body: ExternalAuditBody }) =>
    answer(
      api.PUT('/api/organisations/{id}/audits/{auditId}', { params: { path: { id: organisationId, auditId } }, body, signal: answerTimeLimit() }),
    ),
  deleteAudit: ({ organisationId, auditId }: { organisationId: number; auditId: number }) =>
    done(api.DELETE('/api/organisations/{id}/audits/{auditId}', { params: { path: { id: organisationId, auditId } } })),
  addRecommendation: ({ organisationId, auditId, body }: { organisationId: number; auditId: number; body: RecommendationBody }) =>
    answer(
      api.POST('/api/organisations/{id}/audits/{auditId}/recommendations', {
        params: { path: { id: organisationId, auditId } },
        body,
        signal: answerTimeLimit(),
      }),
    ),
  changeRecommendation: ({ organisationId, auditId, recommendationId, body }: RecommendationRef & { body: RecommendationBody }) =>
    answer(
      api.PUT('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}', {
        params: { path: { id: organisationId, auditId, recommendationId } },
        body,
        signal: answerTimeLimit(),
      }),
    ),
  deleteRecommendation: ({ organisationId, auditId, recommendationId }: RecommendationRef) =>
    done(
      api.DELETE('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}', {
        params: { path: { id: organisationId, auditId, recommendationId } },
      }),
    ),
  recordFollowUp: ({ organisationId, auditId, recommendationId, year, body }: RecommendationRef & { year: number; body: FollowUpBody }) =>
    answer(
      api.PUT('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}/follow-ups/{year}', {
        params: { path: { id: organisationId, auditId, recommendationId, year } },
        body,
        signal: answerTimeLimit(),
      }),
    ),
  deleteFollowUp: ({ organisationId, auditId, recommendationId, year }: RecommendationRef & { year: number }) =>
    done(
      api.DELETE('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}/follow-ups/{year}', {
        params: { path: { id: organisationId, auditId, recommendationId, year } },
      }),
    ),
  linkAction: ({ organisationId, auditId, recommendationId, actionId, version }: RecommendationRef & { actionId: number; version: number }) =>
    answer(
      api.PUT('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}/actions/{actionId}', {
        params: { path: { id: organisationId, auditId, recommendationId, actionId } },
        body: { version },
      }),
    ),
  unlinkAction: ({ organisationId, auditId, recommendationId, actionId, version }: RecommendationRef & { actionId: number; version: number }) =>
    done(
      api.DELETE('/api/organisations/{id}/audits/{auditId}/recommendations/{recommendationId}/actions/{actionId}', {
        params: { path: { id: organisationId, auditId, recommendationId, actionId }, query: { version } },
      }),
    ),
  importCsv: ({ organisationId, csv }: { organisationId: number; csv: string }) =>
    answer(
      api.POST('/api/organisations/{id}/audits/import', {
        params: { path: { id: organisationId } },
        body: csv,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
        bodySerializer: (text) => text,
      }),
    ),
};

/** Calls that change the register by hand answer the whole register. */
const isRegister = (value: unknown): value is AuditRegister => typeof value === 'object' && value !== null && 'audits' in value && 'areas' in value;

/**
 * A change to the register. Calls that answer the register put it in the
 * cache at once; the others (deletions, import) have it fetched again.
 */
export function useRegisterChange<Args extends { organisationId: number }, Result>(call: (args: Args) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (result, args) => {
      // The answer's area titles are in Swedish (no lang on writes): fetch again in the reader's language rather than keep them.
      const prefix = ['audit-register', args.organisationId];
      if (isRegister(result)) {
        const register = result;
        queryClient.setQueriesData<AuditRegister>({ queryKey: prefix }, (current) => current && { ...register, areas: current.areas });
      } else await queryClient.invalidateQueries({ queryKey: prefix });
    },
  });
}

export const registerCalls = calls;

/**
 * Adds an entry to the register (an audit, a recommendation) at most once: `createOnce` over the register, whose
 * entries (`entries`) are told apart by id.
 */
export function useCreateOnce(organisationId: number) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return async <Entry extends { id: number }>(
    create: () => Promise<unknown>,
    entries: (register: AuditRegister) => readonly Entry[],
    isIt: (entry: Entry) => boolean,
  ): Promise<void> => {
    const query = registerQueries.register(organisationId, i18n.language);
    await createOnce(queryClient, { query, entries, key: (entry) => entry.id, isIt }, create);
  };
}

export const sameAudit = (audit: ExternalAudit, body: ExternalAuditBody) =>
  audit.title === body.title &&
  audit.auditorFirm === body.auditorFirm &&
  audit.auditedOn === body.auditedOn &&
  audit.reportReference === body.reportReference;

export const sameRecommendation = (recommendation: Recommendation, body: RecommendationBody) =>
  recommendation.text === body.text &&
  recommendation.priority === body.priority &&
  [...recommendation.areaKeys].sort().join() === [...body.areaKeys].sort().join();
