// Types only from shared/: zod stays out of this page's chunk.
import type { InvitationSent } from '../../../../shared/api/users';
import { apiSend } from '../../api/client';

export type ColleagueRole = 'respondent' | 'viewer';

export const changePassword = (body: { currentPassword: string; newPassword: string }) => apiSend('POST', '/api/auth/password', body);

export const revokeOtherSessions = () => apiSend('POST', '/api/auth/sessions/revoke-others');

export const inviteColleague = ({ organisationId, ...body }: { organisationId: number; email: string; name?: string; role: ColleagueRole }) =>
  apiSend<InvitationSent>('POST', `/api/organisations/${organisationId}/invitations`, body);
