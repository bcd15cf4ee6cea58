import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { scoreArea, type ScoringRule } from '#shared/scoring/index';
import type { GeneratorArea } from '#server/demo/generator';
import { loadQuestionBank } from '#server/question-bank/repository';

/**
 * Expected aggregates computed in the test, independently of the SQL: straight
 * from the CSV rows that were imported, counted in plain TypeScript, levels by
 * the pure scoring module.
 */

export type OrganisationMeta = { code: string; county: string | null; type: string; attributes: Record<string, string> };
export type Filters = { include?: 'drafts'; county?: string; orgType?: string; attribute?: string; value?: string };
type CsvRecord = Record<string, string>;

export async function organisationMeta(app: FastifyInstance): Promise<Map<string, OrganisationMeta>> {
  const orgs = await app.db.selectFrom('organisation').select(['id', 'code', 'county_code', 'type']).execute();
  const attributes = await app.db.selectFrom('organisation_attribute').selectAll().execute();
  return new Map(
    orgs.map((o) => [
      o.code,
      {
        code: o.code,
        county: o.county_code,
        type: o.type,
        attributes: Object.fromEntries(attributes.filter((a) => a.organisation_id === o.id).map((a) => [a.attribute, a.value])),
      },
    ]),
  );
}

export async function currentBank(app: FastifyInstance) {
  const { id } = await app.db.selectFrom('question_bank_version').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  const bank = (await loadQuestionBank(app.db, id))!;
  const areas: GeneratorArea[] = bank.areas.map((a) => ({ key: a.key, optionKeys: a.followup.options.map((o) => o.key) }));
  return { bank, areas, rule: bank.scoring };
}

export const readRecords = (csv: string): CsvRecord[] => parse<CsvRecord>(csv, { columns: true, bom: true });

function matches(meta: OrganisationMeta, filters: Filters): boolean {
  if (filters.county !== undefined && meta.county !== filters.county) return false;
  if (filters.orgType !== undefined && meta.type !== filters.orgType) return false;
  if (filters.attribute !== undefined && meta.attributes[filters.attribute] !== filters.value) return false;
  return true;
}

/** A draft with at least one answered main question counts as a partial response (interfaces §5). */
const isPartial = (r: CsvRecord, areaKeys: string[]) => r.status === 'draft' && areaKeys.some((key) => r[key]);

const isCounted = (r: CsvRecord, filters: Filters, areaKeys: string[]) =>
  r.status === 'submitted' || (filters.include === 'drafts' && isPartial(r, areaKeys));

/**
 * The exact figures (what an administrator sees). `records`: the rows of
 * every file imported into the round, last import winning per organisation.
 */
export function expectedAggregates(
  year: number,
  records: CsvRecord[],
  meta: Map<string, OrganisationMeta>,
  areas: GeneratorArea[],
  rule: ScoringRule,
  filters: Filters,
) {
  const keys = areas.map((a) => a.key);
  const inGroup = records.filter((r) => matches(meta.get(r.organisation_code!)!, filters));
  const counted = inGroup.filter((r) => isCounted(r, filters, keys));
  const submitted = inGroup.filter((r) => r.status === 'submitted').length;
  const partial = inGroup.filter((r) => isPartial(r, keys)).length;
  return {
    year,
    invited: inGroup.length,
    responses: { submitted, draft: partial, notStarted: inGroup.length - submitted - partial },
    suppressed: false,
    suppressedReason: null,
    areas: areas.map((area) => expectedArea(area, counted, rule)),
  };
}

/**
 * What an outsider sees must be the exact figures, each either shown as it
 * is or withheld as null with a reason — never a 0 for a withheld figure.
 */
export function expectControlledOf(controlled: Record<string, unknown>, exact: ReturnType<typeof expectedAggregates>) {
  const reasons = ['small_group', 'differencing', 'open_round'];
  type Area = Record<string, unknown> & { suppressed: boolean; suppressedReason: string | null };
  const body = controlled as { suppressed: boolean; suppressedReason: string | null; responses: unknown; areas: Area[] };
  if (body.suppressed) {
    if (!reasons.includes(body.suppressedReason!) || body.responses !== null) throw new Error(`group withheld wrongly: ${JSON.stringify(body)}`);
  } else if (JSON.stringify(body.responses) !== JSON.stringify(exact.responses)) {
    throw new Error(`responses differ: ${JSON.stringify(body.responses)} vs ${JSON.stringify(exact.responses)}`);
  }
  body.areas.forEach((area, i) => {
    const expected = exact.areas[i]!;
    if (area.suppressed) {
      const nulls = ['answered', 'yes', 'no', 'followup', 'levels'].every((field) => area[field] === null);
      if (!nulls || !reasons.includes(area.suppressedReason!)) throw new Error(`area withheld wrongly: ${JSON.stringify(area)}`);
    } else if (JSON.stringify(area) !== JSON.stringify(expected)) {
      throw new Error(`area differs: ${JSON.stringify(area)} vs ${JSON.stringify(expected)}`);
    }
  });
}

function expectedArea(area: GeneratorArea, counted: CsvRecord[], rule: ScoringRule) {
  const answers = counted.map((r) => ({ main: (r[area.key] || null) as 'yes' | 'no' | null, followup: r[`${area.key}_followup`] || null }));
  const levels = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const answer of answers) {
    const level = scoreArea(rule, area.key, answer);
    if (level !== null) levels[String(level) as keyof typeof levels]++;
  }
  const yes = answers.filter((a) => a.main === 'yes');
  return {
    key: area.key,
    answered: answers.filter((a) => a.main !== null).length,
    yes: yes.length,
    no: answers.filter((a) => a.main === 'no').length,
    followup: Object.fromEntries(area.optionKeys.map((k) => [k, yes.filter((a) => a.followup === k).length])),
    levels,
    suppressed: false,
    suppressedReason: null,
  };
}

export function expectedCrosstab(records: CsvRecord[], meta: Map<string, OrganisationMeta>, filters: Filters, a: string, b: string) {
  // Partial responses have an answer, and a crosstab counts only those who answered both: drafts without answers drop out anyway.
  const counted = records.filter(
    (r) => matches(meta.get(r.organisation_code!)!, filters) && (r.status === 'submitted' || (filters.include === 'drafts' && r.status === 'draft')),
  );
  const cell = (x: string, y: string) => counted.filter((r) => r[a] === x && r[b] === y).length;
  return { 'yes|yes': cell('yes', 'yes'), 'yes|no': cell('yes', 'no'), 'no|yes': cell('no', 'yes'), 'no|no': cell('no', 'no') };
}

/** Query string of filters, e.g. ?county=01&include=drafts. */
export function queryOf(filters: Filters & Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined));
  const text = params.toString();
  return text ? `?${text}` : '';
}
