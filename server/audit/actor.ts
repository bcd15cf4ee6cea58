/**
 * Who makes a change, as the audit log, the `*_by` columns and outgoing mail
 * name them: a signed-in user (`actorOf(request)` in server/auth/guard.ts) or
 * the app itself (`SYSTEM_ACTOR`: seeding, demo data), which has no user id.
 */
export type Actor = { id: number | null; name: string; email: string; ip: string | null };

export const SYSTEM_ACTOR: Actor = { id: null, name: '', email: '', ip: null };
