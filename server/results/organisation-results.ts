import type { SessionUser } from '#shared/api/auth';
import type { OrganisationView } from '#shared/api/organisations';
import type { ComparisonGroup, LevelCounts, OrganisationResults, ResultFilters, SuppressedReason } from '#shared/api/results';
import type { Language, LocalizedText } from '#shared/question-bank/schema';
import type { BankArea, QuestionBank } from '#shared/question-bank/types';
import { scoreProfile, type Answers, type Profile } from '#shared/scoring/index';
import { assertOrganisationAccess } from '#server/auth/guard';
import type { Db } from '#server/db/sql';
import { HttpError, notFound } from '#server/errors';
import { loadResponseRows } from '#server/exchange/repository';
import type { AreaAnswerCells } from '#server/exchange/response-csv';
import { findOrganisation } from '#server/organisations/repository';
import { listVisibleRounds } from '#server/rounds/service';
import type { RoundRecord } from '#server/rounds/repository';
import { bankOf, controlledAggregates, type Results } from './service';

export type ResultsQuery = { year?: number | undefined; lang: Language; groupBy: string };

/**
 * One organisation's results for a round: its own levels (a draft is shown,
 * flagged), where it stands against groups of peers (submitted responses
 * only, each suppressed when small) and its levels year over year. Never a
 * list of other named organisations.
 */
export async function getOrganisationResults(
  results: Results,
  user: SessionUser,
  organisationId: number,
  query: ResultsQuery,
): Promise<OrganisationResults> {
  const { db } = results;
  assertOrganisationAccess(user, organisationId, 'read');
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound('response', 'No such organisation or response.');
  const rounds = await invitedRounds(db, user, organisationId);
  const answered = await history(db, organisationId, rounds);
  const round = query.year === undefined ? defaultRound(rounds, answered) : rounds.find((r) => r.year === query.year);
  if (!round) throw new HttpError(404, 'no_results', 'This organisation has no survey round with results for that year.');

  const bank = await bankOf(db, round);
  const [own] = await loadResponseRows(db, round.id, [organisationId]);
  const profile = scoreProfile(bank.scoring, toAnswers(own?.answers ?? {}));
  const groups = await comparisonGroups(results, organisation, round, query.groupBy);
  const t = (text: LocalizedText) => text[query.lang];
  return {
    organisation: {
      id: organisation.id,
      code: organisation.code,
      name: organisation.name,
      type: organisation.type,
      countyName: organisation.countyName,
    },
    year: round.year,
    roundState: round.state,
    bankVersion: round.bankVersion,
    availableYears: rounds.map((r) => r.year),
    status: own?.status ?? 'not_started',
    isDraft: own?.status === 'draft',
    submittedAt: own?.submittedAt ?? null,
    levelTexts: bank.levels.map((l) => ({ level: l.level, title: t(l.title), description: t(l.description) })),
    summary: profile.summary,
    comparisons: groups.map((g) => g.group),
    areas: bank.areas.map((area) => ({
      ...areaResult(area, own?.answers[area.key], profile, t),
      comparison: groups.map((g) => g.levels.get(area.key)?.levels ?? null),
      comparisonReasons: groups.map((g) => g.levels.get(area.key)?.suppressedReason ?? null),
    })),
    history: answered,
  };
}

/** Rounds (not drafts) the organisation was invited to, newest first. */
async function invitedRounds(db: Db, user: SessionUser, organisationId: number): Promise<RoundRecord[]> {
  const invited = await db.selectFrom('round_invitation').select('round_id').where('organisation_id', '=', organisationId).execute();
  const ids = new Set(invited.map((i) => i.round_id));
  return (await listVisibleRounds(db, user)).filter((r) => r.state !== 'draft' && ids.has(r.id));
}

/**
 * Without a year: the newest round with a submitted response (what management
 * should review), not an open round still being filled in; else the newest round.
 */
function defaultRound(rounds: RoundRecord[], answered: { year: number; status: string }[]): RoundRecord | undefined {
  const submitted = answered.filter((entry) => entry.status === 'submitted').at(-1);
  return rounds.find((r) => r.year === submitted?.year) ?? rounds[0];
}

export function toAnswers(cells: Record<string, AreaAnswerCells>): Answers {
  return Object.fromEntries(Object.entries(cells).map(([key, a]) => [key, { main: a.main, followup: a.followup }]));
}

function areaResult(area: BankArea, answer: AreaAnswerCells | undefined, profile: Profile, t: (text: LocalizedText) => string) {
  const level = profile.levels[area.key] ?? null;
  const option = area.followup.options.find((o) => o.key === answer?.followup);
  const next = level === null ? undefined : area.guidance.find((g) => g.toLevel === level + 1);
  return {
    key: area.key,
    title: t(area.title),
    main: answer?.main ?? null,
    followup: answer?.followup ?? null,
    followupLabel: option ? t(option.label) : null,
    level,
    nextStep: next ? { toLevel: next.toLevel, text: t(next.text) } : null,
  };
}

type GroupResult = { group: ComparisonGroup; levels: Map<string, { levels: LevelCounts | null; suppressedReason: SuppressedReason | null }> };

/**
 * Peers of the same organisation type: nationally, in its county, and
 * sharing its grouping attribute; on the published basis (submitted and
 * partial responses, as the national report counts), under the rules for
 * members: the organisation itself does not count towards any threshold,
 * and an open round shows no comparison at all.
 */
async function comparisonGroups(results: Results, organisation: OrganisationView, round: RoundRecord, groupBy: string) {
  const { db } = results;
  const base: ResultFilters = { orgType: organisation.type, include: 'drafts' };
  const attribute = await db
    .selectFrom('organisation_attribute')
    .select('value')
    .where('organisation_id', '=', organisation.id)
    .where('attribute', '=', groupBy)
    .executeTakeFirst();
  const specs: { group: Omit<ComparisonGroup, 'counted' | 'suppressed' | 'suppressedReason'>; filters: ResultFilters }[] = [
    { group: { kind: 'national', name: null, attribute: null }, filters: base },
  ];
  if (organisation.countyCode) {
    specs.push({ group: { kind: 'county', name: organisation.countyName, attribute: null }, filters: { ...base, county: organisation.countyCode } });
  }
  if (attribute) {
    specs.push({
      group: { kind: 'attribute', name: attribute.value, attribute: groupBy },
      filters: { ...base, attribute: groupBy, value: attribute.value },
    });
  }
  return Promise.all(
    specs.map(async ({ group, filters }): Promise<GroupResult> => {
      const aggregates = await controlledAggregates(results, round, filters, 'member');
      // While the round is open only response status is shown: a peer group is nothing but its answers here.
      const openRound = aggregates.areas.every((area) => area.suppressedReason === 'open_round');
      const withheld = openRound ? 'open_round' : aggregates.suppressedReason;
      const counted = aggregates.responses && !withheld ? aggregates.responses.submitted + aggregates.responses.draft : null;
      return {
        group: { ...group, counted, suppressed: withheld !== null, suppressedReason: withheld },
        levels: new Map(aggregates.areas.map((a) => [a.key, { levels: a.levels, suppressedReason: a.suppressedReason }])),
      };
    }),
  );
}

/** Levels in every round the organisation answered, oldest first, each scored by that round's own rule. */
async function history(db: Db, organisationId: number, rounds: RoundRecord[]) {
  const entries = [];
  let previousBank: string | undefined;
  for (const round of [...rounds].reverse()) {
    const [row] = await loadResponseRows(db, round.id, [organisationId]);
    if (!row || row.status === 'not_started') continue;
    const bank: QuestionBank = await bankOf(db, round);
    const profile = scoreProfile(bank.scoring, toAnswers(row.answers));
    entries.push({
      year: round.year,
      bankVersion: round.bankVersion,
      bankChanged: previousBank !== undefined && previousBank !== round.bankVersion,
      status: row.status,
      levels: profile.levels,
      summary: profile.summary,
    });
    previousBank = round.bankVersion;
  }
  return entries;
}
