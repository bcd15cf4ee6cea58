import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyResponse } from '#shared/api/responses';
import { ApiError } from '#web/api/client';
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
  return {
    submit: useMutation({
      mutationFn: async () => {
        await store.flushNow();
        return surveyApi.submit(ref, store.getSnapshot().response?.version ?? 0);
      },
      onSuccess: adopt,
      // The server holds answers still carried over that this page took as confirmed: show them as they are.
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'unconfirmed_answers')
          void queryClient.invalidateQueries({ queryKey: surveyQueries.response(ref).queryKey });
      },
    }),
    reopen: useMutation({ mutationFn: () => surveyApi.reopen(ref), onSuccess: adopt }),
    carryOver: useMutation({
      mutationFn: async () => {
        await store.flushNow();
        return surveyApi.carryOver(ref);
      },
      onSuccess: (result) => adopt(result.response),
    }),
  };
}
