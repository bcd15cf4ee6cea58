import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import { registrationBodySchema, registrationInfoSchema, registrationResultSchema, registrationTokenBodySchema } from '#shared/api/round-admin';
import { inspectRegistration, register } from '#server/participation/registration';

const errors = { 400: errorBodySchema, 409: errorBodySchema, 429: errorBodySchema };
// Per IP: enough for a person retyping, too few for guessing tokens.
const PER_IP = { max: 10, timeWindow: '1 minute' };

/** The organisation registration link from an invitation mail (public: the person has no account yet). */
export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });

  app.post(
    '/inspect',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'Which organisation and round a registration link is for (the token in the body, not the URL)',
        body: registrationTokenBodySchema,
        response: { 200: registrationInfoSchema, ...errors },
      },
    },
    async (request) => inspectRegistration(app.db, request.body.token),
  );

  app.post(
    '/accept',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: "Become the organisation's respondent: logged in, the role is added; otherwise an account is created",
        body: registrationBodySchema,
        response: { 200: registrationResultSchema, ...errors },
      },
    },
    async (request) => register(app.db, request.user, request.body, request.ip),
  );
};
