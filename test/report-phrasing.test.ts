import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCountOf, formatInteger, formatN, formatPercent, roundedPercentScaled } from '#shared/report/numbers';
import {
  countOfPhrase,
  percentPhrase,
  readShare,
  responseSummarySentence,
  sharePhrase,
  shareSentence,
  type Population,
  type ShareReading,
} from '#shared/report/phrasing';

/** The rules are in docs/report-phrasing.md; these tests are its examples and its promises. */

const NBSP = '\u00a0';
const sv = (count: number, of: number, population?: Population) => sharePhrase({ count, of }, 'sv', population);
const en = (count: number, of: number, population?: Population) => sharePhrase({ count, of }, 'en', population);

describe('the 2019 report’s sentences', () => {
  it('opens with the response summary: 242 complete, 23 partial, 25 missing of 290, a response rate of 91 per cent', () => {
    const summary = { invited: 290, complete: 242, partial: 23, missing: 25 };
    expect(responseSummarySentence(summary, 'sv')).toBe(
      `Av 290 inbjudna kommuner besvarade 242 hela enkäten och 23 delar av den; 25 svarade inte. Svarsfrekvensen var 91${NBSP}procent.`,
    );
    expect(responseSummarySentence(summary, 'en')).toBe(
      `Of 290 invited municipalities, 242 answered the whole survey and 23 part of it; 25 did not answer. The response rate was 91${NBSP}per cent.`,
    );
  });

  // The report gives the sentence, not the count: every count of 290 that the rule writes this way.
  const ciso = { text: 'Det finns en CISO i {share}.', withheld: 'Andelen kommuner med en CISO redovisas inte ({reason}).' };
  it('"Det finns en CISO i nästan 6 av 10 kommuner" for 160 to 166 of 290 (55,2–57,2 %), and for no other count', () => {
    const counts = Array.from({ length: 291 }, (_, count) => count).filter(
      (count) => shareSentence({ count, of: 290 }, ciso, 'sv') === 'Det finns en CISO i nästan 6 av 10 kommuner.',
    );
    expect(counts).toEqual([160, 161, 162, 163, 164, 165, 166]);
    expect(shareSentence({ count: 163, of: 290 }, { text: 'There is a CISO in {share}.', withheld: '' }, 'en')).toBe(
      'There is a CISO in nearly 6 in 10 municipalities.',
    );
  });

  it('"Nästan 9 av 10 kommuner befinner sig på nivå 1 … avseende ledningens engagemang" for 247 to 253 of 290, capitalised', () => {
    const levels = { text: '{share} befinner sig på nivå 1 avseende ledningens engagemang.', withheld: 'Nivåfördelningen redovisas inte.' };
    const counts = Array.from({ length: 291 }, (_, count) => count).filter((count) =>
      shareSentence({ count, of: 290 }, levels, 'sv').startsWith('Nästan 9 av 10 kommuner befinner sig'),
    );
    expect(counts).toEqual([247, 248, 249, 250, 251, 252, 253]);
  });

  it('writes the cross-tabulation’s "about 8 %" as a whole percentage, without a qualifier', () => {
    expect(percentPhrase({ count: 22, of: 265 }, 'sv')).toBe(`8${NBSP}procent`); // 8,3 %
    expect(percentPhrase({ count: 22, of: 265 }, 'en')).toBe(`8${NBSP}per cent`);
  });

  it('reads SKR’s summary figures ("3 av 10", "2 av 10", "5 av 10") as plain tenths within a point', () => {
    expect(sv(87, 290)).toBe('3 av 10 kommuner'); // 30,0 %
    expect(sv(58, 290)).toBe('2 av 10 kommuner'); // 20,0 %
    expect(sv(145, 290)).toBe('hälften av kommunerna');
  });
});

describe('the qualifiers, at their thresholds (of 100 and of 1000)', () => {
  it.each([
    [46, 100, 'nästan hälften av kommunerna', 'nearly half of the municipalities'],
    [48, 100, 'knappt hälften av kommunerna', 'just under half of the municipalities'],
    [54, 100, 'drygt hälften av kommunerna', 'over half of the municipalities'],
    [55, 100, 'drygt hälften av kommunerna', 'over half of the municipalities'],
    [56, 100, 'nästan 6 av 10 kommuner', 'nearly 6 in 10 municipalities'],
    [575, 1000, 'knappt 6 av 10 kommuner', 'just under 6 in 10 municipalities'],
    [576, 1000, 'knappt 6 av 10 kommuner', 'just under 6 in 10 municipalities'],
    [58, 100, 'knappt 6 av 10 kommuner', 'just under 6 in 10 municipalities'],
    [589, 1000, 'knappt 6 av 10 kommuner', 'just under 6 in 10 municipalities'],
    [59, 100, '6 av 10 kommuner', '6 in 10 municipalities'],
    [60, 100, '6 av 10 kommuner', '6 in 10 municipalities'],
    [61, 100, '6 av 10 kommuner', '6 in 10 municipalities'],
    [611, 1000, 'strax över 6 av 10 kommuner', 'just over 6 in 10 municipalities'],
    [625, 1000, 'strax över 6 av 10 kommuner', 'just over 6 in 10 municipalities'],
    [626, 1000, 'drygt 6 av 10 kommuner', 'over 6 in 10 municipalities'],
    [65, 100, 'drygt 6 av 10 kommuner', 'over 6 in 10 municipalities'],
    [651, 1000, 'nästan 7 av 10 kommuner', 'nearly 7 in 10 municipalities'],
  ])('%i of %i: "%s" / "%s"', (count, of, swedish, english) => {
    expect(sv(count, of)).toBe(swedish);
    expect(en(count, of)).toBe(english);
  });
});

describe('the ends of the scale and the nouns', () => {
  it('says none, fewer than one in ten, one in ten, nearly all and all in words', () => {
    expect(sv(0, 290)).toBe('ingen kommun');
    expect(en(0, 290)).toBe('no municipalities');
    expect(sv(1, 290)).toBe('färre än var tionde kommun');
    expect(sv(14, 290)).toBe('färre än var tionde kommun'); // 4,8 %
    expect(sv(15, 290)).toBe('nästan var tionde kommun'); // 5,2 %
    expect(sv(29, 290)).toBe('var tionde kommun');
    expect(en(29, 290)).toBe('1 in 10 municipalities');
    expect(sv(276, 290)).toBe('nästan alla kommuner'); // 95,2 %
    expect(sv(289, 290)).toBe('nästan alla kommuner');
    expect(en(289, 290)).toBe('nearly all municipalities');
    expect(sv(290, 290)).toBe('samtliga kommuner');
    expect(en(290, 290)).toBe('all municipalities');
  });

  it('agrees with the noun: neuter nouns take "inget" and "vart", and "hälften" takes the definite form', () => {
    expect(sv(0, 20, 'bolag')).toBe('inget bolag');
    expect(sv(2, 20, 'kommunalforbund')).toBe('vart tionde kommunalförbund');
    expect(sv(10, 20, 'region')).toBe('hälften av regionerna');
    expect(sv(10, 20, 'bolag')).toBe('hälften av bolagen');
    expect(sv(12, 20, 'organisation')).toBe('6 av 10 organisationer');
    expect(en(12, 20, 'kommunalforbund')).toBe('6 in 10 municipal federations');
  });

  it('has nothing to say of an empty denominator and refuses impossible shares', () => {
    expect(sv(0, 0)).toBe('uppgift saknas');
    expect(() => sv(3, 2)).toThrow(RangeError);
    expect(() => sv(-1, 2)).toThrow(RangeError);
    expect(() => sv(1.5, 2)).toThrow(RangeError);
  });
});

describe('a withheld figure', () => {
  const template = { text: 'Det finns en CISO i {share}.', withheld: 'Andelen kommuner med en CISO redovisas inte: {reason}.' };

  it('reads as withheld, with its reason, never as a number or as none', () => {
    const withheld = { count: null, of: null, suppressedReason: 'small_group' as const };
    expect(sharePhrase(withheld, 'sv')).toBe('uppgiften redovisas inte');
    expect(sharePhrase(withheld, 'en')).toBe('the figure is not published');
    expect(shareSentence(withheld, template, 'sv')).toBe('Andelen kommuner med en CISO redovisas inte: för få organisationer står bakom siffran.');
    expect(percentPhrase(withheld, 'sv')).toBe('uppgiften redovisas inte');
    expect(responseSummarySentence({ invited: null, complete: null, partial: null, missing: null }, 'sv')).toBe('Antalet svar redovisas inte.');
  });

  it('never contains a digit, "ingen" or "no …" in any language, for any reason', () => {
    for (const suppressedReason of ['small_group', 'differencing', 'open_round', null] as const) {
      for (const language of ['sv', 'en'] as const) {
        const figure = { count: null, of: 12, suppressedReason };
        for (const text of [sharePhrase(figure, language), shareSentence(figure, template, language), percentPhrase(figure, language)]) {
          expect(text).not.toMatch(/\d|ingen|\bno\b/i);
        }
      }
    }
  });
});

describe('numbers', () => {
  it('writes Swedish with a decimal comma, a no-break space before % and between thousands; English without', () => {
    expect(formatPercent(168, 290, 'sv')).toBe(`58${NBSP}%`);
    expect(formatPercent(168, 290, 'sv', { decimals: 1 })).toBe(`57,9${NBSP}%`);
    expect(formatPercent(168, 290, 'sv', { style: 'words' })).toBe(`58${NBSP}procent`);
    expect(formatPercent(168, 290, 'en')).toBe('58%');
    expect(formatPercent(168, 290, 'en', { decimals: 1 })).toBe('57.9%');
    expect(formatInteger(12345, 'sv')).toBe(`12${NBSP}345`);
    expect(formatInteger(12345, 'en')).toBe('12,345');
    expect(formatN(265, 'sv')).toBe(`n${NBSP}=${NBSP}265`);
    expect(formatCountOf(242, 290, 'sv')).toBe('242 av 290');
    expect(countOfPhrase(242, 290, 'en')).toBe('242 of 290 municipalities');
  });

  it('rounds half up exactly (28,5 % is 29 %, not a binary 28,499…)', () => {
    expect(roundedPercentScaled(57, 200)).toBe(29);
    expect(roundedPercentScaled(1, 8, 1)).toBe(125);
    expect(formatPercent(1, 200, 'sv')).toBe(`1${NBSP}%`);
  });

  it('never writes 0 % for a count above 0, nor 100 % for fewer than all', () => {
    expect(formatPercent(1, 290, 'sv')).toBe(`<1${NBSP}%`);
    expect(formatPercent(1, 290, 'sv', { style: 'words' })).toBe(`under 1${NBSP}procent`);
    expect(formatPercent(1, 2900, 'sv', { decimals: 1 })).toBe(`<0,1${NBSP}%`);
    expect(formatPercent(289, 290, 'sv')).toBe(`>99${NBSP}%`);
    expect(formatPercent(289, 290, 'en', { style: 'words' })).toBe(`more than 99${NBSP}per cent`);
    expect(formatPercent(0, 290, 'sv')).toBe(`0${NBSP}%`);
    expect(formatPercent(290, 290, 'sv')).toBe(`100${NBSP}%`);
  });
});

/* ------------------------------------------------------------------ */
/* Properties over every share a report can meet                       */
/* ------------------------------------------------------------------ */

const share = fc.integer({ min: 1, max: 5000 }).chain((of) => fc.record({ count: fc.integer({ min: 0, max: of }), of: fc.constant(of) }));
const RUNS = { numRuns: 2000 };

/** The reading on one scale, for comparing two readings: ten steps per tenth, the qualifiers in between. */
function rank(reading: ShareReading): number {
  const offset = { nearly: -4, justUnder: -2, justOver: 2, over: 4 };
  switch (reading.kind) {
    case 'none':
      return 0;
    case 'underOneTenth':
      return 1;
    case 'tenths':
      return 10 * reading.tenths + (reading.qualifier ? offset[reading.qualifier] : 0);
    case 'nearlyAll':
      return 99;
    case 'all':
      return 100;
    default:
      throw new Error(`no rank for ${reading.kind}`);
  }
}

/** The number of tenths and the qualifier a rendered phrase states. */
function parseSwedish(phrase: string): { tenths: number; qualifier: string | null } | null {
  const match = /^(?:(nästan|knappt|strax över|drygt) )?(?:(\d+) av 10|(hälften)|(var|vart) tionde)/.exec(phrase);
  if (!match) return null;
  const tenths = match[2] ? Number(match[2]) : match[3] ? 5 : 1;
  return { tenths, qualifier: match[1] ?? null };
}

function parseEnglish(phrase: string): { tenths: number; qualifier: string | null } | null {
  const match = /^(?:(nearly|just under|just over|over) )?(?:(\d+) in 10|(half))/.exec(phrase);
  if (!match) return null;
  return { tenths: match[2] ? Number(match[2]) : 5, qualifier: match[1] ?? null };
}

const BELOW_SV = new Set(['nästan', 'knappt']);
const ABOVE_SV = new Set(['drygt', 'strax över']);

describe('properties', () => {
  it('never says "nästan k" or "knappt k" for a share of k/10 or more', () => {
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const said = parseSwedish(sv(count, of));
        if (said?.qualifier && BELOW_SV.has(said.qualifier)) expect(10 * count).toBeLessThan(said.tenths * of);
      }),
      RUNS,
    );
  });

  it('never says "drygt k" or "strax över k" for a share of k/10 or less', () => {
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const said = parseSwedish(sv(count, of));
        if (said?.qualifier && ABOVE_SV.has(said.qualifier)) expect(10 * count).toBeGreaterThan(said.tenths * of);
      }),
      RUNS,
    );
  });

  it('is qualifier-free exactly within 1 point of the tenth, "knappt"/"strax över" within 2,5 points, "nästan"/"drygt" beyond', () => {
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const said = parseSwedish(sv(count, of));
        if (!said) return;
        const distanceTimesOf = Math.abs(100 * count - 10 * said.tenths * of); // percentage points × of
        expect(2 * distanceTimesOf).toBeLessThanOrEqual(10 * of); // the nearest tenth: at most 5 points off
        if (said.qualifier === null) expect(distanceTimesOf).toBeLessThanOrEqual(of);
        else expect(distanceTimesOf).toBeGreaterThan(of);
        if (said.qualifier === 'knappt' || said.qualifier === 'strax över') expect(2 * distanceTimesOf).toBeLessThanOrEqual(5 * of);
        if (said.qualifier === 'nästan' || said.qualifier === 'drygt') expect(2 * distanceTimesOf).toBeGreaterThan(5 * of);
      }),
      RUNS,
    );
  });

  it('is monotone: a larger share never reads as a smaller one, across denominators too', () => {
    fc.assert(
      fc.property(share, share, (a, b) => {
        const [low, high] = a.count * b.of <= b.count * a.of ? [a, b] : [b, a];
        expect(rank(readShare(low))).toBeLessThanOrEqual(rank(readShare(high)));
      }),
      RUNS,
    );
  });

  it('says "samtliga"/"alla" only for all and "ingen" only for none', () => {
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const phrase = sv(count, of);
        expect(phrase.startsWith('samtliga')).toBe(count === of);
        expect(/^(ingen|inget) /.test(phrase)).toBe(count === 0);
        expect(phrase.startsWith('nästan alla')).toBe(count < of && 20 * count > 19 * of);
      }),
      RUNS,
    );
  });

  it('Swedish and English agree on the number and on the direction of the qualifier', () => {
    const direction: Record<string, string> = {
      nästan: 'below',
      knappt: 'below',
      nearly: 'below',
      'just under': 'below',
      drygt: 'above',
      'strax över': 'above',
      over: 'above',
      'just over': 'above',
    };
    const sameWord: Record<string, string> = { nästan: 'nearly', knappt: 'just under', 'strax över': 'just over', drygt: 'over' };
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const swedish = parseSwedish(sv(count, of));
        const english = parseEnglish(en(count, of));
        expect(swedish === null).toBe(english === null);
        if (!swedish || !english) return;
        expect(english.tenths).toBe(swedish.tenths);
        expect(english.qualifier).toBe(swedish.qualifier ? sameWord[swedish.qualifier] : null);
        if (swedish.qualifier) expect(direction[english.qualifier!]).toBe(direction[swedish.qualifier]);
      }),
      RUNS,
    );
  });

  it('gives whole percentages within half a point, never 0 above none nor 100 below all', () => {
    fc.assert(
      fc.property(share, ({ count, of }) => {
        const scaled = roundedPercentScaled(count, of);
        expect(Math.abs(scaled * of - 100 * count)).toBeLessThanOrEqual(of / 2);
        const text = formatPercent(count, of, 'sv');
        if (count > 0) expect(text).not.toBe(`0${NBSP}%`);
        if (count < of) expect(text).not.toBe(`100${NBSP}%`);
      }),
      RUNS,
    );
  });
});
