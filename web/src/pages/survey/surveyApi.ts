import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
// Types only: zod at run time would weigh on the survey route (docs/decisions/0003).
import type { RoundQuestions } from '../../../../shared/api/question-bank';
import type {
  CarryOverResult,
  MyRoundsResponse,
  ResponseHistory,
  SaveAreaBody,
  SaveAreaResult,
  SurveyResponse,
} from '../../../../shared/api/responses';

export type { RoundQuestions, SurveyResponse };
export type SurveyRef = { year: number; organisationId: number };

const responseUrl = ({ year, organisationId }: SurveyRef) => `/api/rounds/${year}/organisations/${organisationId}/response`;

export const surveyQueryKeys = {
  myRounds: ['my-rounds'] as const,
  response: (ref: SurveyRef) => ['survey-response', ref.year, ref.organisationId] as const,
  history: (ref: SurveyRef) => ['survey-response', ref.year, ref.organisationId, 'history'] as const,
  questions: (year: number, lang: string) => ['questions', year, lang] as const,
};

export function useMyRounds() {
  return useQuery({
    queryKey: surveyQueryKeys.myRounds,
    queryFn: ({ signal }) => apiGet<MyRoundsResponse>('/api/my/rounds', undefined, { signal }),
  });
}

/** The question bank of the round in the reader's language; it never changes while a round is open. */
export function useQuestions(year: number, lang: string) {
  return useQuery({
    queryKey: surveyQueryKeys.questions(year, lang),
    queryFn: ({ signal }) => apiGet<RoundQuestions>(`/api/rounds/${year}/questions?lang=${lang === 'en' ? 'en' : 'sv'}`, undefined, { signal }),
    staleTime: Infinity,
  });
}

export function useSurveyResponse(ref: SurveyRef) {
  return useQuery({
    queryKey: surveyQueryKeys.response(ref),
    queryFn: ({ signal }) => apiGet<SurveyResponse>(responseUrl(ref), undefined, { signal }),
  });
}

/** Who submitted and reopened the response, and when. Its key lies under the response's, so refreshing the response refreshes it. */
export function useResponseHistory(ref: SurveyRef, version: number) {
  return useQuery({
    queryKey: [...surveyQueryKeys.history(ref), version],
    queryFn: ({ signal }) => apiGet<ResponseHistory>(`${responseUrl(ref)}/history`, undefined, { signal }),
  });
}

export const surveyApi = {
  saveArea: (ref: SurveyRef, areaKey: string, body: SaveAreaBody) =>
    apiSend<SaveAreaResult>('PUT', `${responseUrl(ref)}/areas/${encodeURIComponent(areaKey)}`, body),
  submit: (ref: SurveyRef, version: number) => apiSend<SurveyResponse>('POST', `${responseUrl(ref)}/submit`, { version }),
  reopen: (ref: SurveyRef) => apiSend<SurveyResponse>('POST', `${responseUrl(ref)}/reopen`),
  carryOver: (ref: SurveyRef) => apiSend<CarryOverResult>('POST', `${responseUrl(ref)}/carry-over`),
};
