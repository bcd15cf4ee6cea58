import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import { questionsQuerySchema, roundQuestionsResponseSchema } from '#shared/api/question-bank';
import { roundYearParamsSchema } from '#shared/api/rounds';
import { notFound } from '#server/errors';
import { findVisibleRound } from '#server/rounds/service';
import { loadQuestionBank } from '#server/question-bank/repository';
import { toRoundQuestions } from '#server/question-bank/localize';

export const questionBankRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:year/questions',
    {
      config: { access: 'user' },
      schema: {
        tags: ['rounds'],
        summary: "The question bank of a round in the caller's language (sv by default)",
        params: roundYearParamsSchema,
        querystring: questionsQuerySchema,
        response: { 200: roundQuestionsResponseSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const round = await findVisibleRound(app.db, request.params.year, request.user);
      const bank = await loadQuestionBank(app.db, round.bankVersionId);
      if (!bank) throw notFound('question_bank', 'The question bank of this round is missing.');
      return toRoundQuestions(round.year, bank, request.query.lang);
    },
  );
};
