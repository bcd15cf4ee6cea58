import { sql, type Kysely } from 'kysely';
import type { Database } from '#server/db/schema';

/** `registrator@<name in ASCII>.example.se`: plausible, and the reserved domain reaches nobody. */
export function demoContactEmail(organisationName: string): string {
  const slug = organisationName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `registrator@${slug}.example.se`;
}

/**
 * Gives every demo municipality without a contact address one, so invitations
 * and reminders of the demo round reach someone (the outbox). An address an
 * administrator set is kept. Demo only: production organisations get theirs
 * from an administrator.
 */
export async function ensureDemoContactAddresses(db: Kysely<Database>): Promise<number> {
  const missing = await db
    .selectFrom('organisation')
    .select(['code', 'name'])
    .where('type', '=', 'kommun')
    .where('contact_email', 'is', null)
    .execute();
  if (missing.length === 0) return 0;
  const codes = missing.map((o) => o.code);
  const emails = missing.map((o) => demoContactEmail(o.name));
  // One statement for all of them; `contact_email is null` again so a concurrent edit wins.
  const result = await sql`
    update organisation as o set contact_email = v.email
    from unnest(${codes}::text[], ${emails}::text[]) as v(code, email)
    where o.code = v.code and o.contact_email is null`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
