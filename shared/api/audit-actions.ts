/**
 * Every action the audit log records. The server's recordAudit accepts only
 * these, and the audit page has a phrase for each in sv and en (the type check
 * fails otherwise). No zod here: the admin pages import the list.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset',
  'auth.password_reset_requested',
  'auth.sessions_revoked',
  'improvement.action_created',
  'improvement.action_deleted',
  'improvement.action_updated',
  'improvement.follow_up_recorded',
  'organisation.attributes_imported',
  'organisation.created',
  'organisation.respondent_registered',
  'organisation.updated',
  'outbox.retried',
  'question_bank.copied',
  'question_bank.edited',
  'response.answer_changed',
  'response.carried_over',
  'response.reopened',
  'response.submitted',
  'responses.exported',
  'responses.imported',
  'results.aggregates_exported',
  'role.granted',
  'role.revoked',
  'round.create',
  'round.invitation_resent',
  'round.invitation_withdrawn',
  'round.organisations_invited',
  'round.reminders_sent',
  'round.state_change',
  'round.update',
  'user.bootstrap_admin',
  'user.created',
  'user.disabled',
  'user.enabled',
  'user.invitation_accepted',
  'user.invitation_not_sent',
  'user.invited',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const known: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** Entries keep their action as stored: one written by an older version may no longer be in the list. */
export const isAuditAction = (action: string): action is AuditAction => known.has(action);
