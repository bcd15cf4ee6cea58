import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, answerTimeLimit, api } from '#web/api/client';
// Types only: zod at run time would weigh on the survey route (docs/decisions/0003).
import type { RoundQuestions } from '#shared/api/question-bank';
import type { SaveAreaBody, SurveyResponse } from '#shared/api/responses';

export type { RoundQuestions, SurveyResponse };
export type SurveyRef = { year: number; organisationId: number };

const responsePath = ({ year, organisationId }: SurveyRef) => ({ path: { year, organisationId } });
const language = (lang: string) => (lang === 'en' ? 'en' : 'sv');

export const surveyQueries = {
  /** The rounds the user answers for, and their organisations' responses. */
  myRounds: () => queryOptions({ queryKey: ['my-rounds'] as const, queryFn: ({ signal }) => answer(api.GET('/api/my/rounds', { signal })) }),
  /** The question bank of the round in the reader's language; it never changes while a round is open. */
  questions: (year: number, lang: string) =>
    queryOptions({
      queryKey: ['questions', year, language(lang)] as const,
      queryFn: ({ signal }) =>
        answer(api.GET('/api/rounds/{year}/questions', { params: { path: { year }, query: { lang: language(lang) } }, signal })),
      staleTime: Infinity,
    }),
  response: (ref: SurveyRef) =>
    queryOptions({
      queryKey: ['survey-response', ref.year, ref.organisationId] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/rounds/{year}/organisations/{organisationId}/response', { params: responsePath(ref), signal })),
    }),
  /** Who submitted and reopened the response, and when. Its key lies under the response's, so refreshing the response refreshes it. */
  history: (ref: SurveyRef, version: number) =>
    queryOptions({
      queryKey: ['survey-response', ref.year, ref.organisationId, 'history', version] as const,
      queryFn: ({ signal }) =>
        answer(api.GET('/api/rounds/{year}/organisations/{organisationId}/response/history', { params: responsePath(ref), signal })),
    }),
};

export const useMyRounds = () => useQuery(surveyQueries.myRounds());
export const useQuestions = (year: number, lang: string) => useQuery(surveyQueries.questions(year, lang));
export const useSurveyResponse = (ref: SurveyRef) => useQuery(surveyQueries.response(ref));
export const useResponseHistory = (ref: SurveyRef, version: number) => useQuery(surveyQueries.history(ref, version));

export const surveyApi = {
  // A save that is not answered in time is retried like a network failure: the draft store recognises a retry whose
  // first attempt was stored after all (draftStore.ts), so a dropped connection never holds the autosave for good.
  saveArea: (ref: SurveyRef, areaKey: string, body: SaveAreaBody) =>
    answer(
      api.PUT('/api/rounds/{year}/organisations/{organisationId}/response/areas/{areaKey}', {
        params: { path: { ...responsePath(ref).path, areaKey } },
        body,
        signal: answerTimeLimit(),
      }),
    ),
  submit: (ref: SurveyRef, version: number) =>
    answer(api.POST('/api/rounds/{year}/organisations/{organisationId}/response/submit', { params: responsePath(ref), body: { version } })),
  reopen: (ref: SurveyRef) => answer(api.POST('/api/rounds/{year}/organisations/{organisationId}/response/reopen', { params: responsePath(ref) })),
  carryOver: (ref: SurveyRef) =>
    answer(api.POST('/api/rounds/{year}/organisations/{organisationId}/response/carry-over', { params: responsePath(ref) })),
};
