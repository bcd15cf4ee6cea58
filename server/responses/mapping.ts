import type { SessionUser } from '#shared/api/auth';
import type { StoredAnswer, SurveyResponse } from '#shared/api/responses';
import type { ScoringRule } from '#shared/scoring/rule';
import type { RoundRecord } from '#server/rounds/repository';
import { isAcceptingAnswers } from '#server/rounds/service';
import type { AnswerRecord, ResponseRecord, SubmissionRecord } from './repository';

export function toStoredAnswer(answer: AnswerRecord): StoredAnswer {
  return {
    main: answer.main,
    followup: answer.followup,
    comment: answer.comment,
    carriedOver: answer.carriedOver,
    updatedAt: answer.updatedAt.toISOString(),
    updatedBy: answer.updatedBy,
  };
}

export function isRespondentOf(user: SessionUser | null, organisationId: number): boolean {
  return !!user && user.roles.some((r) => r.role === 'respondent' && r.organisationId === organisationId);
}

export type ResponseView = {
  round: RoundRecord;
  organisation: { id: number; code: string; name: string };
  invited: boolean;
  response: ResponseRecord | undefined;
  answers: AnswerRecord[];
  submissions: SubmissionRecord[];
  carryOverFromYear: number | null;
  scoringRule: ScoringRule;
};

/** The API shape of a response; a response never saved reads as `not_started` at version 0. */
export function toSurveyResponse(view: ResponseView, user: SessionUser | null, now = new Date()): SurveyResponse {
  const { round, response } = view;
  const acceptingAnswers = isAcceptingAnswers(round, now);
  return {
    year: round.year,
    organisation: view.organisation,
    status: response?.status ?? 'not_started',
    version: response?.version ?? 0,
    roundState: round.state,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    invited: view.invited,
    acceptingAnswers,
    canWrite: acceptingAnswers && view.invited && isRespondentOf(user, view.organisation.id),
    submittedAt: response?.submittedAt?.toISOString() ?? null,
    submittedBy: response?.submittedBy ?? null,
    updatedAt: response?.updatedAt.toISOString() ?? null,
    answers: Object.fromEntries(view.answers.map((answer) => [answer.areaKey, toStoredAnswer(answer)])),
    submissions: view.submissions.map((s) => ({ id: s.id, submittedAt: s.submittedAt.toISOString(), submittedBy: s.submittedBy })),
    carryOverFromYear: view.carryOverFromYear,
    scoringRule: view.scoringRule,
  };
}
