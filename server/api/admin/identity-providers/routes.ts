import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { identityProviderBodySchema, identityProviderListSchema, identityProviderParamsSchema, identityProviderSchema } from '#shared/api/federation';
import { actorOf } from '#server/auth/guard';
import { notFound } from '#server/errors';
import { findProvider, listProviders, type ProviderRow } from '#server/federation/providers';
import { oidcRedirectUri } from '#server/federation/urls';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { deleteProvider, saveProvider, toView } from './service';

export const identityProviderRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicUrl = () => app.config.publicUrl.replace(/\/+$/, '');
  const samlSigning = app.config.samlSigning !== undefined;
  const federationKeys = () => ({ secretKey: app.config.federationSecretKey, samlSigning });
  const view = (row: ProviderRow) =>
    toView(row, { publicUrl: publicUrl(), requestsSigned: samlSigning, metadataRefreshHours: app.config.samlMetadataRefreshHours });

  app.get(
    '',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'The identity providers, with the addresses to register at them; client secrets are never returned',
        response: { 200: identityProviderListSchema, ...errorResponses },
      },
    },
    async () => ({
      providers: (await listProviders(app.db)).map(view),
      oidcRedirectUri: oidcRedirectUri(publicUrl()),
      secretKeyConfigured: app.config.federationSecretKey !== undefined,
    }),
  );

  app.get(
    '/:id',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'One identity provider (no secrets)',
        params: identityProviderParamsSchema,
        response: { 200: identityProviderSchema, ...errorResponses },
      },
    },
    async (request) => {
      const row = await findProvider(app.db, request.params.id);
      if (!row) throw notFound('identity_provider', 'No identity provider with this id.');
      return view(row);
    },
  );

  app.post(
    '',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Add an identity provider; the client secret is stored encrypted and never shown again',
        body: identityProviderBodySchema,
        response: { 201: identityProviderSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await saveProvider(app.db, federationKeys(), actorOf(request), request.body);
      return reply.status(201).send(view(row));
    },
  );

  app.put(
    '/:id',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Replace an identity provider’s settings; without clientSecret the stored secret stays',
        params: identityProviderParamsSchema,
        body: identityProviderBodySchema,
        response: { 200: identityProviderSchema, ...errorResponses },
      },
    },
    async (request) => view(await saveProvider(app.db, federationKeys(), actorOf(request), request.body, request.params.id)),
  );

  app.delete(
    '/:id',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Remove an identity provider, its domains and linked identities (accounts stay; they log in with a password again)',
        params: identityProviderParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteProvider(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
