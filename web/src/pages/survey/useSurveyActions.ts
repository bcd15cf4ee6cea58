import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CarryOverResult, SurveyResponse } from '#shared/api/responses';
import { ApiError, isTransientError } from '#web/api/client';
import { readStoredOnce } from '#web/app/queryClient';
import type { DraftStore } from './draftStore';
import { surveyApi, surveyQueries, type SurveyRef } from './surveyApi';

/** Submit, reopen and carry over: each answers with the whole response, which replaces what the page holds. */
export function useSurveyActions(ref: SurveyRef, store: DraftStore) {
  const queryClient = useQueryClient();
  const adopt = (response: SurveyResponse) => {
    store.load(response, { replace: true });
    queryClient.setQueryData(surveyQueries.response(ref).queryKey, response);
    void queryClient.invalidateQueries({ queryKey: surveyQueries.myRounds().queryKey });
  };
  /**
   * Submitting and reopening whose answer never came (a dropped connection) may be stored, and sent again they are
   * refused (the response moved on with them): the response as stored says. In the state they lead to, it is taken
   * as their outcome and shown.
   */
  async function readBackIfUnknown(call: () => Promise<SurveyResponse>, leadsTo: SurveyResponse['status']): Promise<SurveyResponse> {
    try {
      return await call();
    } catch (error) {
      const unknown = isTransientError(error) || (error instanceof ApiError && error.status === 409);
      const stored = unknown ? await readStoredOnce(queryClient, surveyQueries.response(ref)) : undefined;
      if (stored?.status === leadsTo) return stored;
      throw error;
    }
  }

  /**
   * Copies last year's answers. A copy whose answer never came (a dropped connection) may be stored, and sent again it
   * finds nothing left to copy: the response as stored says. The areas carried over since the call went are what it
   * copied.
   */
  async function carryOverOnce(): Promise<CarryOverResult> {
    const carriedBefore = carriedOverAreas(store.getSnapshot().response);
    try {
      return await surveyApi.carryOver(ref);
    } catch (error) {
      const stored = isTransientError(error) ? await readStoredOnce(queryClient, surveyQueries.response(ref)) : undefined;
      const copiedAreas = carriedOverAreas(stored).filter((key) => !carriedBefore.includes(key));
      if (!stored || stored.carryOverFromYear === null || copiedAreas.length === 0) throw error;
      return { fromYear: stored.carryOverFromYear, copiedAreas, response: stored };
    }
  }

  return {
    submit: useMutation({
      mutationFn: async () => {
        await store.flushNow();
        return readBackIfUnknown(() => surveyApi.submit(ref, store.getSnapshot().response?.version ?? 0), 'submitted');
      },
      onSuccess: adopt,
      // The server holds answers still carried over that this page took as confirmed: show them as they are.
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'unconfirmed_answers')
          void queryClient.invalidateQueries({ queryKey: surveyQueries.response(ref).queryKey });
      },
    }),
    reopen: useMutation({ mutationFn: () => readBackIfUnknown(() => surveyApi.reopen(ref), 'draft'), onSuccess: adopt }),
    carryOver: useMutation({
      mutationFn: async () => {
        await store.flushNow();
        return carryOverOnce();
      },
      onSuccess: (result) => adopt(result.response),
    }),
  };
}

function carriedOverAreas(response: SurveyResponse | null | undefined): string[] {
  return Object.entries(response?.answers ?? {}).flatMap(([key, answer]) => (answer.carriedOver ? [key] : []));
}
