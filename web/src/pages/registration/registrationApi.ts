import type { RegistrationResult } from '../../../../shared/api/round-admin';
import { apiSend } from '../../api/client';

export type RegistrationInfo = { organisationName: string; year: number; expiresAt: string };
export type NewAccount = { email: string; name: string; password: string };

// POST, not GET: the token stays out of URLs the server logs.
export const inspectRegistration = (token: string) => apiSend<RegistrationInfo>('POST', '/api/registrations/inspect', { token });

export const acceptRegistration = (token: string, account?: NewAccount) =>
  apiSend<RegistrationResult>('POST', '/api/registrations/accept', { token, ...(account && { account }) });
