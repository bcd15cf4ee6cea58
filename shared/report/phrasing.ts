/**
 * The sentences the national report writes from its figures: "nästan 6 av 10
 * kommuner", "drygt hälften av kommunerna", "samtliga kommuner". The rules,
 * with examples and the reasons for each threshold, are in
 * docs/report-phrasing.md; the tests in test/report-phrasing.test.ts hold
 * the code to them. Pure: no I/O, nothing outside shared/.
 *
 * One reading, two languages: a figure is first read as a language-free
 * `ShareReading` (how many tenths, which qualifier), then written in Swedish
 * or English, so the two versions can never disagree about the number.
 */
import type { SuppressedReason } from '../api/results';
import { formatCountOf, formatInteger, formatPercent, type ReportLanguage } from './numbers';

export type { ReportLanguage } from './numbers';

/**
 * A count over a denominator, as the aggregates give it. `count` and `of`
 * are null exactly when the figure is withheld (interfaces §6), and then
 * `suppressedReason` says why.
 */
export interface Figure {
  count: number | null;
  of: number | null;
  suppressedReason?: SuppressedReason | null;
}

/** Below or above the nearest tenth, near or further off (thresholds: `TOLERANCE_PP`, `NEAR_PP`). */
export type Qualifier = 'nearly' | 'justUnder' | 'justOver' | 'over';

export type ShareReading =
  | { kind: 'withheld'; reason: SuppressedReason | null }
  /** The denominator is 0: there is nothing to take a share of. */
  | { kind: 'noBase' }
  | { kind: 'none' }
  /** Above 0 but at most 5 %: "färre än var tionde kommun". */
  | { kind: 'underOneTenth' }
  /** The nearest tenth, 1 to 9 (5 is written "hälften"), with its qualifier (null: within the tolerance). */
  | { kind: 'tenths'; tenths: number; qualifier: Qualifier | null }
  /** At least 95 % but not all: "nästan alla". */
  | { kind: 'nearlyAll' }
  | { kind: 'all' };

/** A share within this many percentage points of a whole tenth is written without a qualifier. */
export const TOLERANCE_PP = 1;
/** Further off than TOLERANCE_PP but within this: "knappt" / "strax över"; beyond it (up to 5 points): "nästan" / "drygt". */
export const NEAR_PP = 2.5;

/**
 * Reads a share as tenths. Exact integer arithmetic throughout: the
 * distance from the nearest tenth in percentage points times `of` is
 * 100·count − 10·tenths·of, compared with the thresholds times `of`.
 */
export function readShare(figure: Figure): ShareReading {
  const { count, of } = figure;
  if (count === null || of === null) return { kind: 'withheld', reason: figure.suppressedReason ?? null };
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(of) || count < 0 || of < 0 || count > of) {
    throw new RangeError(`not a share: ${count} of ${of}`);
  }
  if (of === 0) return { kind: 'noBase' };
  if (count === 0) return { kind: 'none' };
  if (count === of) return { kind: 'all' };
  // Nearest tenth, a tie (exactly x5 %) going to the lower tenth: "drygt 5", not "nästan 6", never overstating.
  const tenths = Math.ceil((20 * count - of) / (2 * of));
  if (tenths === 0) return { kind: 'underOneTenth' };
  if (tenths === 10) return { kind: 'nearlyAll' };
  // Distance from tenths/10 in percentage points, times `of` (so it stays an integer).
  const offBy = 100 * count - 10 * tenths * of;
  const distance = Math.abs(offBy);
  let qualifier: Qualifier | null = null;
  if (distance > TOLERANCE_PP * of) {
    const near = 2 * distance <= 2 * NEAR_PP * of;
    qualifier = offBy < 0 ? (near ? 'justUnder' : 'nearly') : near ? 'justOver' : 'over';
  }
  return { kind: 'tenths', tenths, qualifier };
}

/** The population a share is of; the noun the sentence uses. */
export type Population = 'kommun' | 'region' | 'kommunalforbund' | 'bolag' | 'organisation';

interface SwedishNoun {
  singular: string;
  plural: string;
  definitePlural: string;
  /** Neuter nouns take "inget" and "vart tionde" ("inget bolag", "vart tionde kommunalförbund"). */
  neuter: boolean;
}

const SWEDISH: Record<Population, SwedishNoun> = {
  kommun: { singular: 'kommun', plural: 'kommuner', definitePlural: 'kommunerna', neuter: false },
  region: { singular: 'region', plural: 'regioner', definitePlural: 'regionerna', neuter: false },
  kommunalforbund: { singular: 'kommunalförbund', plural: 'kommunalförbund', definitePlural: 'kommunalförbunden', neuter: true },
  bolag: { singular: 'bolag', plural: 'bolag', definitePlural: 'bolagen', neuter: true },
  organisation: { singular: 'organisation', plural: 'organisationer', definitePlural: 'organisationerna', neuter: false },
};

const ENGLISH: Record<Population, string> = {
  kommun: 'municipalities',
  region: 'regions',
  kommunalforbund: 'municipal federations',
  bolag: 'companies',
  organisation: 'organisations',
};

const SWEDISH_QUALIFIER: Record<Qualifier, string> = { nearly: 'nästan', justUnder: 'knappt', justOver: 'strax över', over: 'drygt' };
const ENGLISH_QUALIFIER: Record<Qualifier, string> = { nearly: 'nearly', justUnder: 'just under', justOver: 'just over', over: 'over' };

const WITHHELD_PHRASE: Record<ReportLanguage, string> = { sv: 'uppgiften redovisas inte', en: 'the figure is not published' };
const NO_BASE_PHRASE: Record<ReportLanguage, string> = { sv: 'uppgift saknas', en: 'no data' };

const qualified = (qualifier: Qualifier | null, words: Record<Qualifier, string>, phrase: string) =>
  qualifier ? `${words[qualifier]} ${phrase}` : phrase;

function swedishShare(reading: ShareReading, population: Population): string {
  const noun = SWEDISH[population];
  const every = noun.neuter ? 'vart' : 'var';
  switch (reading.kind) {
    case 'withheld':
      return WITHHELD_PHRASE.sv;
    case 'noBase':
      return NO_BASE_PHRASE.sv;
    case 'none':
      return `${noun.neuter ? 'inget' : 'ingen'} ${noun.singular}`;
    case 'underOneTenth':
      return `färre än ${every} tionde ${noun.singular}`;
    case 'nearlyAll':
      return `nästan alla ${noun.plural}`;
    case 'all':
      return `samtliga ${noun.plural}`;
    case 'tenths':
      if (reading.tenths === 1) return qualified(reading.qualifier, SWEDISH_QUALIFIER, `${every} tionde ${noun.singular}`);
      if (reading.tenths === 5) return qualified(reading.qualifier, SWEDISH_QUALIFIER, `hälften av ${noun.definitePlural}`);
      return qualified(reading.qualifier, SWEDISH_QUALIFIER, `${reading.tenths} av 10 ${noun.plural}`);
  }
}

function englishShare(reading: ShareReading, population: Population): string {
  const noun = ENGLISH[population];
  switch (reading.kind) {
    case 'withheld':
      return WITHHELD_PHRASE.en;
    case 'noBase':
      return NO_BASE_PHRASE.en;
    case 'none':
      return `no ${noun}`;
    case 'underOneTenth':
      return `fewer than 1 in 10 ${noun}`;
    case 'nearlyAll':
      return `nearly all ${noun}`;
    case 'all':
      return `all ${noun}`;
    case 'tenths':
      if (reading.tenths === 5) return qualified(reading.qualifier, ENGLISH_QUALIFIER, `half of the ${noun}`);
      return qualified(reading.qualifier, ENGLISH_QUALIFIER, `${reading.tenths} in 10 ${noun}`);
  }
}

/** The share as a phrase to put in a sentence: "nästan 6 av 10 kommuner", "nearly 6 in 10 municipalities". */
export function sharePhrase(figure: Figure, language: ReportLanguage, population: Population = 'kommun'): string {
  const reading = readShare(figure);
  return language === 'sv' ? swedishShare(reading, population) : englishShare(reading, population);
}

/** Why a figure is withheld, as a clause for running text (the pages' longer explanations are in the i18n files). */
export const WITHHELD_REASON: Record<ReportLanguage, Record<SuppressedReason, string>> = {
  sv: {
    small_group: 'för få organisationer står bakom siffran',
    differencing: 'siffran skulle tillsammans med andra siffror avslöja en liten grupps svar',
    open_round: 'enkätomgången pågår',
  },
  en: {
    small_group: 'too few organisations are behind the figure',
    differencing: 'together with other figures it would reveal a small group’s answers',
    open_round: 'the survey round is still open',
  },
};

const UNSPECIFIED_REASON: Record<ReportLanguage, string> = {
  sv: 'siffran skyddas av reglerna för röjandekontroll',
  en: 'the disclosure rules protect it',
};

/**
 * A sentence around a share. `text` holds `{share}` where the share phrase
 * goes; `withheld` is the whole sentence written instead when the figure is
 * withheld (it may hold `{reason}`), so a withheld share can never be
 * written into a sentence that reads as a number.
 */
export interface ShareSentence {
  text: string;
  withheld: string;
}

const capitalise = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);

export function shareSentence(figure: Figure, template: ShareSentence, language: ReportLanguage, population: Population = 'kommun'): string {
  if (!template.text.includes('{share}')) throw new Error('a share sentence needs {share} in its text');
  const reading = readShare(figure);
  if (reading.kind === 'withheld') {
    const reason = reading.reason ? WITHHELD_REASON[language][reading.reason] : UNSPECIFIED_REASON[language];
    return capitalise(template.withheld.replace('{reason}', reason));
  }
  const phrase = language === 'sv' ? swedishShare(reading, population) : englishShare(reading, population);
  return capitalise(template.text.replace('{share}', phrase));
}

/** The percentage for running text, "58 procent" / "58 per cent", or the withheld phrase. */
export function percentPhrase(figure: Figure, language: ReportLanguage): string {
  if (figure.count === null || figure.of === null) return WITHHELD_PHRASE[language];
  if (figure.of === 0) return NO_BASE_PHRASE[language];
  return formatPercent(figure.count, figure.of, language, { style: 'words' });
}

/** The counts of the response summary (interfaces §5): complete = submitted, partial = a draft with an answer. */
export interface ResponseSummary {
  invited: number;
  complete: number;
  partial: number;
  missing: number;
}

/**
 * The response summary as the 2019 report opens: "Av 290 inbjudna kommuner
 * besvarade 242 hela enkäten och 23 delar av den; 25 svarade inte.
 * Svarsfrekvensen var 91 procent." Null counts (withheld) give the withheld
 * sentence instead.
 */
export function responseSummarySentence(
  summary: { [K in keyof ResponseSummary]: number | null },
  language: ReportLanguage,
  population: Population = 'kommun',
): string {
  const { invited, complete, partial, missing } = summary;
  if (invited === null || complete === null || partial === null || missing === null) {
    return language === 'sv' ? 'Antalet svar redovisas inte.' : 'The number of responses is not published.';
  }
  if (complete + partial + missing !== invited) throw new RangeError('complete + partial + missing must equal invited');
  const n = (value: number) => formatInteger(value, language);
  const rate = invited > 0 ? formatPercent(complete + partial, invited, language, { style: 'words' }) : null;
  if (language === 'sv') {
    const noun = SWEDISH[population].plural;
    const head = `Av ${n(invited)} inbjudna ${noun} besvarade ${n(complete)} hela enkäten och ${n(partial)} delar av den; ${n(missing)} svarade inte.`;
    return rate ? `${head} Svarsfrekvensen var ${rate}.` : head;
  }
  const head = `Of ${n(invited)} invited ${ENGLISH[population]}, ${n(complete)} answered the whole survey and ${n(partial)} part of it; ${n(missing)} did not answer.`;
  return rate ? `${head} The response rate was ${rate}.` : head;
}

/** "242 av 290 kommuner" / "242 of 290 municipalities", for the n beside a share. */
export function countOfPhrase(count: number, of: number, language: ReportLanguage, population: Population = 'kommun'): string {
  const noun = language === 'sv' ? SWEDISH[population].plural : ENGLISH[population];
  return `${formatCountOf(count, of, language)} ${noun}`;
}
