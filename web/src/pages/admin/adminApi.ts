// Types only from shared/api: the server validates, and zod would weigh on the page chunk.
import type { AuditEntryView } from '#shared/api/audit';
import type { OutboxMessageView } from '#shared/api/mail';
import type { AttributeImportResult, OrganisationView } from '#shared/api/organisations';
import type { AdminUserView, InviteResult } from '#shared/api/users';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, done } from '#web/api/client';
import type { RequestBody } from '#web/api/types';
// The lists are zod-free modules of shared/, which the schemas build their enums from.
import { ORGANISATION_TYPES, type OrganisationType } from '#shared/api/organisation-types';
import { ROLES, type Role } from '#shared/api/roles';

export type { AdminUserView, AttributeImportResult, AuditEntryView, InviteResult, OrganisationType, OrganisationView, OutboxMessageView, Role };

/** A list's filters as the form and the address hold them: text, blank when not set. */
export type ListFilters = Record<string, string | undefined>;

/** A filter's value when filled in (blank is no filter), as text or as a number (the API parses both from the query string). */
export const filledIn = (value: string | undefined) => (value?.trim() ? value : undefined);
export const filledInNumber = (value: string | undefined) => (value?.trim() ? Number(value) : undefined);
/** A filter's value when it is one of the choices (they come from a select). */
export const oneOf = <Choice extends string>(choices: readonly Choice[], value: string | undefined) => choices.find((choice) => choice === value);

const paging = (filters: ListFilters) => ({ limit: filledInNumber(filters.limit), offset: filledInNumber(filters.offset) });

/** Query keys' prefixes: what a change invalidates. */
export const adminKeys = {
  /** Every admin list but the organisations (users, outbox, audit). */
  all: ['admin'] as const,
  organisations: ['organisations'] as const,
  outbox: ['admin', 'outbox'] as const,
};

export const adminQueries = {
  users: (filters: ListFilters) =>
    queryOptions({
      queryKey: [...adminKeys.all, 'users', filters] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/admin/users', {
            params: {
              query: {
                search: filledIn(filters.search),
                role: oneOf(ROLES, filters.role),
                organisationId: filledInNumber(filters.organisationId),
                ...paging(filters),
              },
            },
            signal,
          }),
        ),
    }),
  organisations: (filters: ListFilters) =>
    queryOptions({
      queryKey: [...adminKeys.organisations, filters] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/organisations', {
            params: {
              query: {
                search: filledIn(filters.search),
                county: filledIn(filters.county),
                type: oneOf(ORGANISATION_TYPES, filters.type),
                ...paging(filters),
              },
            },
            signal,
          }),
        ),
    }),
  outbox: (filters: ListFilters) =>
    queryOptions({
      queryKey: [...adminKeys.outbox, filters] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/admin/outbox', { params: { query: { to: filledIn(filters.to), kind: filledIn(filters.kind), ...paging(filters) } }, signal }),
        ),
    }),
  audit: (filters: ListFilters) =>
    queryOptions({
      queryKey: [...adminKeys.all, 'audit', filters] as const,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/admin/audit', {
            params: {
              query: {
                action: filledIn(filters.action),
                organisationId: filledInNumber(filters.organisationId),
                from: filledIn(filters.from),
                to: filledIn(filters.to),
                ...paging(filters),
              },
            },
            signal,
          }),
        ),
    }),
};

/** A fresh round of delivery attempts for a message given up (or still waiting). */
export const retryOutboxMessage = (id: number) => answer(api.POST('/api/admin/outbox/{id}/retry', { params: { path: { id } } }));

export type RoleGrant = RequestBody<'/api/admin/users/{id}/roles', 'post'>;

export const inviteUser = (body: RequestBody<'/api/admin/users/invite', 'post'>) => answer(api.POST('/api/admin/users/invite', { body }));

export const grantRole = (userId: number, grant: RoleGrant) =>
  answer(api.POST('/api/admin/users/{id}/roles', { params: { path: { id: userId } }, body: grant }));

export const revokeRole = (userId: number, roleId: number) =>
  done(api.DELETE('/api/admin/users/{id}/roles/{roleId}', { params: { path: { id: userId, roleId } } }));

export const setUserDisabled = (userId: number, disabled: boolean) =>
  done(api.POST(disabled ? '/api/admin/users/{id}/disable' : '/api/admin/users/{id}/enable', { params: { path: { id: userId } } }));

export type NewOrganisation = RequestBody<'/api/admin/organisations', 'post'>;

export const createOrganisation = (body: NewOrganisation) => answer(api.POST('/api/admin/organisations', { body }));

export const updateOrganisation = (id: number, body: RequestBody<'/api/admin/organisations/{id}', 'patch'>) =>
  answer(api.PATCH('/api/admin/organisations/{id}', { params: { path: { id } }, body }));

/** The attribute file goes as it is, text/csv: the server parses and checks it. */
export const importAttributes = (csv: string) =>
  answer(
    api.POST('/api/admin/organisations/attributes/import', {
      body: csv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      bodySerializer: (text) => text,
    }),
  );
