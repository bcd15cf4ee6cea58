import { queryOptions } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';

/** Query keys of the organisation page and the group page, in one place (docs/decisions/0017). */
export const accessKeys = {
  auditors: (organisationId: number) => ['organisations', organisationId, 'auditors'] as const,
  accessLog: (organisationId: number, page: number) => ['organisations', organisationId, 'access-log', page] as const,
  group: (organisationId: number, lang: string) => ['organisations', organisationId, 'group', lang] as const,
};

export const ACCESS_LOG_PAGE_SIZE = 50;

export const auditorsQuery = (organisationId: number) =>
  queryOptions({
    queryKey: accessKeys.auditors(organisationId),
    queryFn: ({ signal }) => answer(api.GET('/api/organisations/{id}/auditors', { params: { path: { id: organisationId } }, signal })),
  });

export const accessLogQuery = (organisationId: number, page: number) =>
  queryOptions({
    queryKey: accessKeys.accessLog(organisationId, page),
    queryFn: ({ signal }) =>
      answer(
        api.GET('/api/organisations/{id}/access-log', {
          params: { path: { id: organisationId }, query: { limit: ACCESS_LOG_PAGE_SIZE, offset: (page - 1) * ACCESS_LOG_PAGE_SIZE } },
          signal,
        }),
      ),
  });

export const groupQuery = (organisationId: number, lang: 'sv' | 'en') =>
  queryOptions({
    queryKey: accessKeys.group(organisationId, lang),
    queryFn: ({ signal }) => answer(api.GET('/api/organisations/{id}/group', { params: { path: { id: organisationId }, query: { lang } }, signal })),
  });

export const inviteAuditor = ({
  organisationId,
  ...body
}: {
  organisationId: number;
  email: string;
  name?: string;
  startsOn: string;
  endsOn: string;
}) => answer(api.POST('/api/organisations/{id}/auditors', { params: { path: { id: organisationId } }, body }));

export const revokeAuditor = ({ organisationId, grantId }: { organisationId: number; grantId: number }) =>
  answer(api.POST('/api/organisations/{id}/auditors/{grantId}/revoke', { params: { path: { id: organisationId, grantId } } }));
