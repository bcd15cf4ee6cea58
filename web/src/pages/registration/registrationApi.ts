import { queryOptions } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';
import type { RequestBody } from '#web/api/types';

export type NewAccount = NonNullable<RequestBody<'/api/registrations/accept', 'post'>['account']>;

// POST, not GET: the token stays out of URLs the server logs.
export const inspectRegistration = (token: string) => answer(api.POST('/api/registrations/inspect', { body: { token } }));

/** A registration link's round and organisation; no retry, a bad token stays bad. */
export const registrationQuery = (token: string | null) =>
  queryOptions({
    queryKey: ['registration', token] as const,
    queryFn: () => inspectRegistration(token!),
    enabled: Boolean(token),
    retry: false,
  });

export const acceptRegistration = (token: string, account?: NewAccount) =>
  answer(api.POST('/api/registrations/accept', { body: { token, ...(account && { account }) } }));
