import { sql, type Kysely } from 'kysely';
import { REGISTER_CSV_COLUMNS } from '#shared/api/external-audits';
import { SYSTEM_ACTOR } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import { writeCsv } from '#server/http/csv';
import { importRegister } from '#server/external-audits/service';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { DEMO_ORGANISATION_CODE } from './accounts';

/**
 * The demo municipality's register of external audit recommendations: an
 * audit by the municipality's auditors with a firm two years back, its
 * recommendations, and the follow-ups of the years since, as the follow-up
 * audits municipalities receive them. Invented text, loaded through the real
 * CSV import. Only when the register is empty, so work done in the demo stays.
 */
export async function ensureDemoAuditRegister(db: Kysely<Database>): Promise<number> {
  const organisation = await db.selectFrom('organisation').select('id').where('code', '=', DEMO_ORGANISATION_CODE).executeTakeFirst();
  if (!organisation) return 0;
  const existing = await db.selectFrom('external_audit').select('id').where('organisation_id', '=', organisation.id).limit(1).executeTakeFirst();
  if (existing) return 0;
  const audited = DEMO_YEAR - 2;
  const audit = [
    `Granskning av informationssäkerhetsarbetet ${audited}`,
    'Revisionsbyrån Exempel AB (fiktiv)',
    `${audited}-10-15`,
    `Revisionsrapport ${audited}:7`,
  ];
  const lines = [
    [
      'Kommunstyrelsen bör utse en informationssäkerhetssamordnare med tydligt mandat och avsatt tid.',
      'ciso;management',
      'high',
      [
        [DEMO_YEAR - 1, 'partly', 'Samordnare utsedd på 50 procent; mandatet är ännu inte beslutat.'],
        [DEMO_YEAR, 'yes', 'Mandatet beslutat av kommunstyrelsen i februari.'],
      ],
    ],
    [
      'Kommunen bör genomföra och dokumentera riskanalyser för de verksamhetskritiska informationstillgångarna.',
      'risk;classification',
      'high',
      [
        [DEMO_YEAR - 1, 'no', 'Metod för riskanalys är under framtagande.'],
        [DEMO_YEAR, 'partly', 'Riskanalyser gjorda för tre av sju förvaltningar.'],
      ],
    ],
    [
      'Rutinerna för att rapportera och följa upp informationssäkerhetsincidenter bör förtydligas.',
      'incidents',
      'medium',
      [[DEMO_YEAR - 1, 'yes', 'Ny incidentrutin antagen och kommunicerad.']],
    ],
    ['Medarbetare bör regelbundet utbildas i informationssäkerhet.', 'awareness', 'low', []],
  ] as const;
  const rows = lines.flatMap(([text, areas, priority, followUps]) =>
    followUps.length === 0
      ? [[...audit, text, areas, priority, '', '', '']]
      : followUps.map(([year, outcome, comment]) => [...audit, text, areas, priority, String(year), outcome, comment]),
  );
  const result = await importRegister(db, SYSTEM_ACTOR, organisation.id, writeCsv([[...REGISTER_CSV_COLUMNS], ...rows]));
  await linkDemoActions(db, organisation.id);
  return result.recommendationsCreated;
}

/** Each recommendation linked to the demo plan's actions of its first area, as a CISO would (decision 0020). */
async function linkDemoActions(db: Kysely<Database>, organisationId: number): Promise<void> {
  await sql`
    insert into audit_recommendation_action (recommendation_id, action_id)
    select r.id, a.id
    from audit_recommendation r
    join external_audit e on e.id = r.audit_id
    join improvement_action a on a.organisation_id = e.organisation_id and a.area_key = r.area_keys[1]
    where e.organisation_id = ${organisationId}::int
    on conflict do nothing`.execute(db);
}
