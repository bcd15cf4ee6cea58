import { answer, api, done } from '#web/api/client';
import type { RequestBody } from '#web/api/types';

export type ColleagueRole = RequestBody<'/api/organisations/{id}/invitations', 'post'>['role'];

export const changePassword = (body: { currentPassword: string; newPassword: string }) => done(api.POST('/api/auth/password', { body }));

export const revokeOtherSessions = () => done(api.POST('/api/auth/sessions/revoke-others'));

export const inviteColleague = ({ organisationId, ...body }: { organisationId: number; email: string; name?: string; role: ColleagueRole }) =>
  answer(api.POST('/api/organisations/{id}/invitations', { params: { path: { id: organisationId } }, body }));
