import { writeResponseCsv, type AreaAnswerCells, type ResponseFileRow } from '#server/exchange/response-csv';
import { hashSeed, seededRandom, type Random } from './prng';

/**
 * Deterministic, realistic response files for demos, tests and benchmarks
 * (any number of organisations and rounds). Pure: no database. The files are
 * loaded through the real import, like an administrator's.
 *
 * Model: each organisation has a latent maturity (stable across years, with
 * its own yearly trend); each area has a difficulty. An area's answer follows
 * from maturity − difficulty + noise, so answers correlate across areas and
 * years, as they do in reality (a municipality with a CISO tends to have
 * action plans too).
 */

/** The areas of the round's question bank, each with its follow-up option keys in rank order. */
export type GeneratorArea = { key: string; optionKeys: readonly string[] };

export type RoundProfile = {
  /** Shares of organisations by status; the rest are submitted. */
  draftShare: number;
  notStartedShare: number;
  /** Submission times are spread over [from, to). */
  submittedBetween: readonly [Date, Date];
};

/** A finished earlier round: nearly everyone answered. */
export const closedRoundProfile = (year: number): RoundProfile => ({
  draftShare: 0.06,
  notStartedShare: 0.07,
  submittedBetween: [new Date(Date.UTC(year, 2, 1, 7)), new Date(Date.UTC(year, 4, 31, 15))],
});

/** An open round part way through: few submitted, some drafts. */
export const openRoundProfile = (opensAt: Date, now: Date): RoundProfile => ({
  draftShare: 0.25,
  notStartedShare: 0.6,
  submittedBetween: [opensAt, now],
});

export type GenerateOptions = {
  organisationCodes: readonly string[];
  year: number;
  areas: readonly GeneratorArea[];
  profile: RoundProfile;
  seed?: number;
  /** Codes forced to not_started, e.g. the demo municipality in the open round so its respondent has a survey to fill in. */
  notStarted?: ReadonlySet<string>;
};

/** Harder areas get fewer yes answers; the order follows the 2019 report roughly. */
const DIFFICULTY: Record<string, number> = {
  ciso: -0.9,
  incidents: -0.6,
  awareness: -0.3,
  management: 0,
  continuity: 0.1,
  risk: 0.2,
  action_plan: 0.3,
  procurement: 0.5,
  classification: 0.8,
  follow_up: 0.9,
};

const FIRST_YEAR = 2019;

const COMMENTS = [
  'Arbete pågår, beslut väntas under hösten.',
  'Gäller förvaltningarna, inte de kommunala bolagen.',
  'Se "Handlingsplan informationssäkerhet 2024–2026".',
  'Ny CISO sedan i våras; rutinerna ses över.',
  'Delvis, t.ex. inom socialtjänsten och skolan.\nÖvriga förvaltningar följer efter.',
  'Samverkan med grannkommunerna, gemensam funktion.',
];

export function generateResponseRows(options: GenerateOptions): ResponseFileRow[] {
  const seed = options.seed ?? 2019;
  return options.organisationCodes.map((code) => {
    const organisation = seededRandom(hashSeed(`${seed}|${code}`));
    const maturity = organisation.normal() * 0.9;
    const trend = 0.05 + organisation.normal() * 0.08;
    const random = seededRandom(hashSeed(`${seed}|${code}|${options.year}`));
    const status = options.notStarted?.has(code) ? 'not_started' : pickStatus(random, options.profile);
    if (status === 'not_started') return { organisationCode: code, status, submittedAt: null, answers: {} };
    const ability = maturity + trend * (options.year - FIRST_YEAR);
    const answerShare = status === 'draft' ? 0.3 + random.next() * 0.6 : 0.97;
    const answers: Record<string, AreaAnswerCells> = {};
    for (const area of options.areas) {
      const answer = random.chance(answerShare) ? answerArea(random, area, ability) : null;
      if (answer) answers[area.key] = answer;
    }
    const submittedAt = status === 'submitted' ? timeBetween(random, options.profile.submittedBetween) : null;
    return { organisationCode: code, status, submittedAt, answers };
  });
}

export function generateResponseCsv(options: GenerateOptions): string {
  return writeResponseCsv(
    options.areas.map((a) => a.key),
    generateResponseRows(options),
  );
}

function pickStatus(random: Random, profile: RoundProfile): ResponseFileRow['status'] {
  const r = random.next();
  if (r < profile.notStartedShare) return 'not_started';
  if (r < profile.notStartedShare + profile.draftShare) return 'draft';
  return 'submitted';
}

function answerArea(random: Random, area: GeneratorArea, ability: number): AreaAnswerCells {
  const z = ability - (DIFFICULTY[area.key] ?? 0) + random.normal() * 0.7;
  const comment = random.chance(0.05) ? random.pick(COMMENTS) : null;
  if (!random.chance(1 / (1 + Math.exp(-1.4 * z)))) return { main: 'no', followup: null, comment };
  // A few respondents say yes and skip the follow-up: such an area stays unscored.
  if (random.chance(0.03) || area.optionKeys.length === 0) return { main: 'yes', followup: null, comment };
  const rank = Math.round(0.6 + z * 0.9 + random.normal() * 0.6);
  const index = Math.min(area.optionKeys.length - 1, Math.max(0, rank));
  return { main: 'yes', followup: area.optionKeys[index]!, comment };
}

function timeBetween(random: Random, [from, to]: readonly [Date, Date]): string {
  const at = new Date(from.getTime() + Math.floor(random.next() * Math.max(0, to.getTime() - from.getTime())));
  at.setUTCMilliseconds(0);
  return at.toISOString();
}
