import { queryOptions } from '@tanstack/react-query';
import type { IdentityProvider, IdentityProviderBody } from '#shared/api/federation';
import { answer, api, done } from '#web/api/client';

export type { IdentityProvider, IdentityProviderBody };

export const identityProviderKeys = { all: ['admin', 'identity-providers'] as const };

export const identityProvidersQuery = () =>
  queryOptions({
    queryKey: identityProviderKeys.all,
    queryFn: ({ signal }) => answer(api.GET('/api/admin/identity-providers', { signal })),
  });

export const createIdentityProvider = (body: IdentityProviderBody) => answer(api.POST('/api/admin/identity-providers', { body }));
export const updateIdentityProvider = (id: number, body: IdentityProviderBody) =>
  answer(api.PUT('/api/admin/identity-providers/{id}', { params: { path: { id } }, body }));
export const deleteIdentityProvider = (id: number) => done(api.DELETE('/api/admin/identity-providers/{id}', { params: { path: { id } } }));
