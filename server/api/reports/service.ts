import type { Crosstab, ResultFilters } from '#shared/api/results';
import { FIXED_REPORT_SECTIONS, type Report } from '#shared/api/reports';
import type { BankArea, QuestionBank } from '#shared/question-bank/types';
import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';
import { conflict, HttpError, notFound, validationFailed } from '#server/errors';
import { PUBLIC_AUDIENCE, PUBLISHED_BASIS, publishedFigures } from '#server/publication/figures';
import { findRound, listRounds, type RoundRecord } from '#server/rounds/repository';
import { readRoundStamp } from '#server/results/cache';
import { controlCrosstab } from '#server/results/disclosure/apply';
import type { Audience } from '#server/results/disclosure/control';
import { bankOf, computeCrosstab, controlledAggregates, type Results } from '#server/results/service';
import { deleteCommentary, loadCommentary, populationOf, publisherName, saveCommentary } from './repository';

/**
 * The report's figures are the published figures (`publishedFigures`, as
 * open data serves them): the published basis (interfaces §5: submitted and
 * partial responses, each area over those that answered it) through
 * disclosure control for the audience the public gets (§6 rule 3: as a
 * possible member, so every figure passes at N + 1 and N). Analysts'
 * preview of a closed round gets the very same figures.
 */
export const REPORT_FILTERS: ResultFilters = PUBLISHED_BASIS;
export const REPORT_AUDIENCE: Audience = PUBLIC_AUDIENCE;

/** The cross-tabulation the report prints (SKR 2019: management's engagement × action plans), when the bank has both areas. */
export const REPORT_CROSSTAB = { a: 'management', b: 'action_plan' } as const;

/** The public report: only a published round; anything else is 404, so an unpublished round's existence is not revealed. */
export async function publishedReport(results: Results, year: number): Promise<Report> {
  const round = await findRound(results.db, { year });
  if (!round || round.state !== 'published') throw notFound('round', `There is no published report for ${year}.`);
  return buildReport(results, round);
}

/** Analysts' and administrators' preview: a closed round (or a published one); draft and open rounds have no figures yet. */
export async function previewReport(results: Results, year: number): Promise<Report> {
  const round = await findRound(results.db, { year });
  if (!round) throw notFound('round', `There is no survey round for ${year}.`);
  if (round.state !== 'closed' && round.state !== 'published') {
    throw conflict('round_not_closed', `The ${year} round is ${round.state}: its report can be previewed once it is closed.`, { year });
  }
  return buildReport(results, round);
}

async function buildReport(results: Results, round: RoundRecord): Promise<Report> {
  const { db } = results;
  const bank = await bankOf(db, round);
  const [{ counties, ...national }, crosstab, trends, population, commentary, publishedBy] = await Promise.all([
    publishedFigures(results, round),
    crosstabFigures(results, round, bank),
    trendRounds(results, round),
    populationOf(db, round.id),
    loadCommentary(db, round.id),
    round.publishedBy === null ? Promise.resolve(null) : publisherName(db, round.publishedBy),
  ]);
  const responses = national.responses;
  return {
    year: round.year,
    bankVersion: round.bankVersion,
    state: round.state === 'published' ? 'published' : 'closed',
    publishedAt: round.state === 'published' ? (round.publishedAt?.toISOString() ?? null) : null,
    publishedBy: round.state === 'published' ? publishedBy : null,
    population,
    threshold: results.disclosure.threshold,
    source: bank.source,
    summary: {
      invited: national.invited,
      complete: responses?.submitted ?? null,
      partial: responses?.draft ?? null,
      missing: responses?.notStarted ?? null,
      suppressed: national.suppressed,
      suppressedReason: national.suppressedReason,
    },
    levels: bank.levels.map((level) => ({ level: level.level, title: level.title })),
    areas: bank.areas.map((area) => {
      const figures = national.areas.find((a) => a.key === area.key);
      if (!figures) throw new Error(`area ${area.key} missing from the aggregates`);
      return {
        key: area.key,
        title: area.title,
        mainQuestion: area.mainQuestion,
        followupQuestion: area.followup.question,
        options: area.followup.options.map((option) => ({ key: option.key, label: option.label })),
        figures,
        trend: trends.flatMap(({ round: earlier, bank: earlierBank, aggregates }) => {
          const then = earlierBank.areas.find((a) => a.key === area.key);
          const point = aggregates.areas.find((a) => a.key === area.key);
          if (!then || !point) return [];
          return [
            {
              year: earlier.year,
              bankVersion: earlier.bankVersion,
              invited: aggregates.invited,
              answered: point.answered,
              yes: point.yes,
              suppressed: point.suppressed,
              suppressedReason: point.suppressedReason,
              questionChanged: questionChanged(then, area),
            },
          ];
        }),
      };
    }),
    crosstab,
    counties,
    commentary,
  };
}

async function crosstabFigures(results: Results, round: RoundRecord, bank: QuestionBank): Promise<Crosstab | null> {
  const has = (key: string) => bank.areas.some((area) => area.key === key);
  if (!has(REPORT_CROSSTAB.a) || !has(REPORT_CROSSTAB.b)) return null;
  const { db, cache } = results;
  const query = { ...REPORT_FILTERS, ...REPORT_CROSSTAB };
  const stamp = await readRoundStamp(db, round.id);
  const [raw, decide] = await Promise.all([
    cache.forRound(db, { kind: 'crosstab', roundId: round.id, open: false, filters: query }, () => computeCrosstab(db, round, query), stamp),
    results.disclosure.decider(db, round, REPORT_AUDIENCE, stamp),
  ]);
  return controlCrosstab(raw, query, decide);
}

/**
 * Whether an area's main question was worded differently in an earlier
 * round's bank than in this round's, in either language: the report marks
 * that year's trend point and says to compare with care.
 */
export function questionChanged(then: Pick<BankArea, 'mainQuestion'>, now: Pick<BankArea, 'mainQuestion'>): boolean {
  return then.mainQuestion.sv !== now.mainQuestion.sv || then.mainQuestion.en !== now.mainQuestion.en;
}

/** Earlier published rounds, oldest first, with their banks and public figures. */
async function trendRounds(results: Results, round: RoundRecord) {
  const earlier = (await listRounds(results.db, { includeDrafts: false })).filter((r) => r.state === 'published' && r.year < round.year).reverse();
  return Promise.all(
    earlier.map(async (r) => ({
      round: r,
      bank: await bankOf(results.db, r),
      aggregates: await controlledAggregates(results, r, REPORT_FILTERS, REPORT_AUDIENCE),
    })),
  );
}

/** Writes (or, with an empty body, removes) one section's commentary while the round is closed; audit-logged. */
export async function writeCommentary(db: Db, year: number, section: string, body: string, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const round = await findRound(trx, { year }, 'share');
    if (!round) throw notFound('round', `There is no survey round for ${year}.`);
    if (round.state === 'published')
      throw conflict('round_published', `The ${year} round is published: its report can no longer be changed.`, { year });
    if (round.state !== 'closed') {
      throw new HttpError(409, 'round_not_closed', `The ${year} round is ${round.state}: commentary is written once it is closed.`, { year });
    }
    const bank = await bankOf(trx, round);
    const sections = [...FIXED_REPORT_SECTIONS, ...bank.areas.map((area) => area.key)];
    if (!sections.includes(section)) {
      throw validationFailed(
        'params.section',
        'not_a_section',
        `"${section}" is not a section of the ${year} report; use one of ${sections.join(', ')}`,
      );
    }
    const text = body.trim();
    if (text === '') await deleteCommentary(trx, round.id, section);
    else await saveCommentary(trx, round.id, section, text, actor.id);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'report.commentary_saved',
      roundId: round.id,
      details: { year, section, length: text.length },
    });
  });
}
