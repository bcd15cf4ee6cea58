// Types only from shared/api: the server validates, and zod would weigh on the page chunk.
import type { AuditEntryView } from '../../../../shared/api/audit';
import type { Role } from '../../../../shared/api/auth';
import type { OutboxMessageView } from '../../../../shared/api/mail';
import type { AttributeImportResult, OrganisationType, OrganisationView } from '../../../../shared/api/organisations';
import type { AdminUserView, InviteResult, UserRoleView } from '../../../../shared/api/users';
import { apiGet, apiSend, apiSendText } from '../../api/client';

export type { AdminUserView, AttributeImportResult, AuditEntryView, InviteResult, OrganisationType, OrganisationView, OutboxMessageView, Role };

export const ROLES: readonly Role[] = ['respondent', 'viewer', 'analyst', 'admin'];
export const ORGANISATION_TYPES: readonly OrganisationType[] = ['kommun', 'region', 'kommunalforbund', 'bolag'];
export const ADDABLE_ORGANISATION_TYPES: readonly OrganisationType[] = ['region', 'kommunalforbund', 'bolag'];
export const isOrganisationRole = (role: Role) => role === 'respondent' || role === 'viewer';

/** Query string from the filled-in filters only. */
export function query(filters: Record<string, string | undefined>): string {
  const entries = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()));
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}

export const adminKeys = {
  users: (filters: Record<string, string | undefined>) => ['admin', 'users', filters] as const,
  organisations: (filters: Record<string, string | undefined>) => ['organisations', filters] as const,
  outbox: (filters: Record<string, string | undefined>) => ['admin', 'outbox', filters] as const,
  audit: (filters: Record<string, string | undefined>) => ['admin', 'audit', filters] as const,
};

export const fetchUsers = (filters: Record<string, string | undefined>, signal?: AbortSignal) =>
  apiGet<{ users: AdminUserView[]; total: number }>(`/api/admin/users${query(filters)}`, undefined, { signal });

export const fetchOrganisations = (filters: Record<string, string | undefined>, signal?: AbortSignal) =>
  apiGet<{ organisations: OrganisationView[]; total: number }>(`/api/organisations${query(filters)}`, undefined, { signal });

export const fetchOutbox = (filters: Record<string, string | undefined>, signal?: AbortSignal) =>
  apiGet<{ messages: OutboxMessageView[]; total: number; smtp: boolean }>(`/api/admin/outbox${query(filters)}`, undefined, { signal });

/** A fresh round of delivery attempts for a message given up (or still waiting). */
export const retryOutboxMessage = (id: number) => apiSend<{ message: OutboxMessageView }>('POST', `/api/admin/outbox/${id}/retry`);

export const fetchAudit = (filters: Record<string, string | undefined>, signal?: AbortSignal) =>
  apiGet<{ entries: AuditEntryView[]; total: number }>(`/api/admin/audit${query(filters)}`, undefined, { signal });

export type RoleGrant = { role: Role; organisationId?: number | null };

export const inviteUser = (body: { email: string; name?: string; roles: RoleGrant[] }) =>
  apiSend<InviteResult>('POST', '/api/admin/users/invite', body);

export const grantRole = (userId: number, grant: RoleGrant) => apiSend<{ role: UserRoleView }>('POST', `/api/admin/users/${userId}/roles`, grant);

export const revokeRole = (userId: number, roleId: number) => apiSend('DELETE', `/api/admin/users/${userId}/roles/${roleId}`);

export const setUserDisabled = (userId: number, disabled: boolean) =>
  apiSend('POST', `/api/admin/users/${userId}/${disabled ? 'disable' : 'enable'}`);

export type NewOrganisation = {
  code: string;
  name: string;
  type: OrganisationType;
  countyCode?: string | null;
  parentId?: number | null;
  contactEmail?: string | null;
};

export const createOrganisation = (body: NewOrganisation) => apiSend<{ organisation: OrganisationView }>('POST', '/api/admin/organisations', body);

export const updateOrganisation = (id: number, body: Partial<Omit<NewOrganisation, 'code' | 'type'>>) =>
  apiSend<{ organisation: OrganisationView }>('PATCH', `/api/admin/organisations/${id}`, body);

export const importAttributes = (csv: string) =>
  apiSendText<AttributeImportResult>('POST', '/api/admin/organisations/attributes/import', csv, 'text/csv; charset=utf-8');
