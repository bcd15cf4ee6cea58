import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, answerTimeLimit, api, done } from '#web/api/client';
// Types only: the survey imports this module, and zod at run time would weigh on its route (docs/decisions/0003).
import type {
  ActionList,
  ActionRecommendation,
  CreateAction,
  FollowUpOutcome,
  ImprovementAction,
  RecordFollowUp,
  UpdateAction,
} from '#shared/api/improvement';

export type { ActionList, ActionRecommendation, CreateAction, FollowUpOutcome, ImprovementAction, UpdateAction };

export const planQueries = {
  /** All of the organisation's actions (every year) with their follow-ups. */
  actions: (organisationId: number | undefined) =>
    queryOptions({
      queryKey: ['improvement-actions', organisationId] as const,
      enabled: organisationId !== undefined,
      queryFn: ({ signal }) => answer(api.GET('/api/organisations/{id}/actions', { params: { path: { id: organisationId! }, query: {} }, signal })),
    }),
};

export const useActions = (organisationId: number | undefined) => useQuery(planQueries.actions(organisationId));

/**
 * The plan's writes. Each fails as a network failure when no answer has come within the client's time limit
 * (`answerTimeLimit`): the follow-up is the same sent twice, and the forms read back a save or removal whose
 * outcome is unknown (`readStoredOnce`).
 */
export const planApi = {
  create: (organisationId: number, body: CreateAction) =>
    answer(api.POST('/api/organisations/{id}/actions', { params: { path: { id: organisationId } }, body, signal: answerTimeLimit() })),
  update: (organisationId: number, actionId: number, body: UpdateAction) =>
    answer(
      api.PUT('/api/organisations/{id}/actions/{actionId}', { params: { path: { id: organisationId, actionId } }, body, signal: answerTimeLimit() }),
    ),
  remove: (organisationId: number, actionId: number, version: number) =>
    done(
      api.DELETE('/api/organisations/{id}/actions/{actionId}', {
        params: { path: { id: organisationId, actionId }, query: { version } },
        signal: answerTimeLimit(),
      }),
    ),
  followUp: (organisationId: number, actionId: number, year: number, body: RecordFollowUp) =>
    answer(
      api.PUT('/api/organisations/{id}/actions/{actionId}/follow-ups/{year}', {
        params: { path: { id: organisationId, actionId, year } },
        body,
        signal: answerTimeLimit(),
      }),
    ),
};

/** The actions of one area, newest plan first. */
export const actionsOfArea = (actions: readonly ImprovementAction[], areaKey: string) => actions.filter((a) => a.areaKey === areaKey);
