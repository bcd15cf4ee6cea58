/**
 * The report's sentences per section, written from the figures by the rules
 * of docs/report-phrasing.md (section 6, "The report's sentences"): the
 * share phrases of ./phrasing, percentages of ./numbers. Pure: no I/O,
 * nothing outside shared/. Tested in test/report-sentences.test.ts.
 */
import type { SuppressedReason } from '../api/results';
import { formatInteger, formatPercent, type ReportLanguage } from './numbers';
import { shareSentence, WITHHELD_REASON, type Population } from './phrasing';

/** A figure's withholding, as the aggregates carry it. */
type Withholding = { suppressed: boolean; suppressedReason: SuppressedReason | null };

const UNSPECIFIED: Record<ReportLanguage, string> = { sv: 'siffran skyddas av reglerna för röjandekontroll', en: 'the disclosure rules protect it' };
const reasonOf = (figure: Withholding, language: ReportLanguage) =>
  figure.suppressedReason ? WITHHELD_REASON[language][figure.suppressedReason] : UNSPECIFIED[language];

const NOUN: Record<ReportLanguage, Record<Population, string>> = {
  sv: { kommun: 'kommuner', region: 'regioner', kommunalforbund: 'kommunalförbund', bolag: 'bolag', organisation: 'organisationer' },
  en: { kommun: 'municipalities', region: 'regions', kommunalforbund: 'municipal federations', bolag: 'companies', organisation: 'organisations' },
};

const quoted = (text: string, language: ReportLanguage) => (language === 'sv' ? `”${text}”` : `“${text}”`);

/**
 * The area's main sentence: yes answers over all invited (interfaces §5),
 * "Nästan 6 av 10 kommuner svarade ja på frågan ”Finns det en utsedd CISO?”".
 */
export function yesSentence(
  area: Withholding & { yes: number | null },
  invited: number,
  question: string,
  language: ReportLanguage,
  population: Population = 'kommun',
): string {
  const withheld = area.suppressed || area.yes === null;
  const figure = withheld ? { count: null, of: null, suppressedReason: area.suppressedReason } : { count: area.yes, of: invited };
  const q = quoted(question, language);
  return shareSentence(
    figure,
    language === 'sv'
      ? { text: `{share} svarade ja på frågan ${q}.`, withheld: `Hur många som svarade ja på frågan ${q} redovisas inte: {reason}.` }
      : { text: `{share} answered yes to the question ${q}.`, withheld: `How many answered yes to the question ${q} is not published: {reason}.` },
    language,
    population,
  );
}

/** The most common level (the lower one on a tie), or null when nobody answered. */
export function modalLevel(levels: Record<string, number>): { level: number; count: number } | null {
  let best: { level: number; count: number } | null = null;
  for (const [key, count] of Object.entries(levels)) {
    const level = Number(key);
    if (count > 0 && (!best || count > best.count || (count === best.count && level < best.level))) best = { level, count };
  }
  return best;
}

/**
 * The level sentence, as the 2019 report writes it: "Nästan 9 av 10 kommuner
 * befinner sig på nivå 1 inom området ”Ledningens engagemang”." — the most
 * common level, over all invited.
 */
export function levelSentence(
  area: Withholding & { levels: Record<string, number> | null },
  invited: number,
  title: string,
  language: ReportLanguage,
  population: Population = 'kommun',
): string {
  const t = quoted(title, language);
  if (area.suppressed || area.levels === null) {
    return language === 'sv'
      ? `Fördelningen på nivåer inom området ${t} redovisas inte: ${reasonOf(area, language)}.`
      : `The distribution over levels in the area ${t} is not published: ${reasonOf(area, language)}.`;
  }
  const modal = modalLevel(area.levels);
  if (!modal) return language === 'sv' ? `Ingen besvarade frågorna inom området ${t}.` : `Nobody answered the questions in the area ${t}.`;
  return shareSentence(
    { count: modal.count, of: invited },
    language === 'sv'
      ? { text: `{share} befinner sig på nivå ${modal.level} inom området ${t}.`, withheld: '' }
      : { text: `{share} are at level ${modal.level} in the area ${t}.`, withheld: '' },
    language,
    population,
  );
}

export type CrosstabCells = { 'yes|yes': number; 'yes|no': number; 'no|yes': number; 'no|no': number };

/**
 * The cross-tabulation's sentence: "8 procent av de 265 kommuner som
 * besvarade båda frågorna svarade ja på båda." — a whole percentage of
 * those that answered both, n given (docs/report-phrasing.md §4: no
 * qualifier on a percentage).
 */
export function crosstabSentence(
  crosstab: Withholding & { cells: CrosstabCells | null },
  language: ReportLanguage,
  population: Population = 'kommun',
): string {
  if (crosstab.suppressed || crosstab.cells === null) {
    return language === 'sv'
      ? `Hur många som svarade ja på båda frågorna redovisas inte: ${reasonOf(crosstab, language)}.`
      : `How many answered yes to both questions is not published: ${reasonOf(crosstab, language)}.`;
  }
  const cells = crosstab.cells;
  const both = cells['yes|yes'];
  const n = both + cells['yes|no'] + cells['no|yes'] + cells['no|no'];
  const noun = NOUN[language][population];
  if (n === 0) return language === 'sv' ? `Ingen besvarade båda frågorna.` : `Nobody answered both questions.`;
  const percent = formatPercent(both, n, language, { style: 'words' });
  return language === 'sv'
    ? `${capitalise(percent)} av de ${formatInteger(n, language)} ${noun} som besvarade båda frågorna svarade ja på båda.`
    : `${capitalise(percent)} of the ${formatInteger(n, language)} ${noun} that answered both questions answered yes to both.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A trend's note when a question's wording changed: "Frågan var formulerad annorlunda 2023 och 2024." */
export function questionChangedNote(years: number[], language: ReportLanguage): string | null {
  if (years.length === 0) return null;
  const list = years.map(String);
  const last = list.pop()!;
  const joined = list.length ? `${list.join(', ')} ${language === 'sv' ? 'och' : 'and'} ${last}` : last;
  return language === 'sv'
    ? `Frågan var formulerad annorlunda ${joined}: jämför med försiktighet.`
    : `The question was worded differently in ${joined}: compare with care.`;
}
