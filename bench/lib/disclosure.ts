import type { Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { loadQuestionBank } from '#server/question-bank/repository';
import { DisclosurePattern, type Figure } from '#server/results/disclosure/engine';
import { loadMembers } from '#server/results/disclosure/population';
import { findRound } from '#server/rounds/repository';

export type DisclosureCost = {
  year: number;
  threshold: number;
  organisations: number;
  attributes: number;
  /** Time to compute the round's pattern for the group count and every area: the first controlled view after a change. */
  ms: number;
  cells: number;
  withheld: number;
  national: 'shown' | 'withheld';
};

/**
 * What disclosure control costs on a round: how long its pattern takes to
 * compute (cold), and how many of the figures anyone can ask for (every
 * filter combination × both bases, group count and areas) it withholds.
 */
export async function disclosureCost(db: Kysely<Database>, year: number, threshold: number): Promise<DisclosureCost> {
  const round = await findRound(db, { year });
  if (!round) throw new Error(`no round ${year}`);
  const bank = (await loadQuestionBank(db, round.bankVersionId))!;
  const members = await loadMembers(db, round.id);
  const figures: Figure[] = [{ kind: 'responses' }, ...bank.areas.map((area) => ({ kind: 'area' as const, area: area.key }))];
  const started = performance.now();
  const pattern = new DisclosurePattern(members, threshold);
  let cells = 0;
  let withheld = 0;
  for (const figure of figures) {
    const census = pattern.census(figure);
    cells += census.cells;
    withheld += census.withheld;
  }
  const ms = performance.now() - started;
  const nationalWithheld = figures.some((figure) => pattern.decide({ basis: 'published' }, figure) !== null);
  return {
    year,
    threshold,
    organisations: members.length,
    attributes: new Set(members.flatMap((m) => Object.keys(m.attributes))).size,
    ms,
    cells,
    withheld,
    national: nationalWithheld ? 'withheld' : 'shown',
  };
}

export function describeCost(cost: DisclosureCost): string {
  const share = cost.cells ? ((100 * cost.withheld) / cost.cells).toFixed(0) : '0';
  return (
    `${cost.year}, N=${cost.threshold}: ${cost.organisations} organisations, ${cost.attributes} attributes — ` +
    `${cost.withheld} of ${cost.cells} figures withheld (${share} %), national ${cost.national}, pattern computed in ${cost.ms.toFixed(0)} ms`
  );
}
