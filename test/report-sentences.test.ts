import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '#shared/report/numbers';
import { sharePhrase } from '#shared/report/phrasing';
import { crosstabSentence, levelSentence, modalLevel, questionChangedNote, yesSentence } from '#shared/report/sentences';

/** The report's sentences (docs/report-phrasing.md §6): built on the share rules, never a withheld figure as a number. */

const NBSP = '\u00a0';
const shown = { suppressed: false, suppressedReason: null } as const;

describe('the report’s sentences', () => {
  it('writes the area sentence over all invited, as the 2019 report did', () => {
    expect(yesSentence({ ...shown, yes: 163 }, 290, 'Finns det en utsedd CISO?', 'sv')).toBe(
      'Nästan 6 av 10 kommuner svarade ja på frågan ”Finns det en utsedd CISO?”.',
    );
    expect(yesSentence({ ...shown, yes: 163 }, 290, 'Is there a CISO?', 'en')).toBe(
      'Nearly 6 in 10 municipalities answered yes to the question “Is there a CISO?”.',
    );
  });

  it('writes the level sentence for the most common level over all invited: “Nästan 9 av 10 kommuner befinner sig på nivå 1”', () => {
    const levels = { '1': 250, '2': 20, '3': 5, '4': 0 };
    expect(levelSentence({ ...shown, levels }, 290, 'Ledningens engagemang', 'sv')).toBe(
      'Nästan 9 av 10 kommuner befinner sig på nivå 1 inom området ”Ledningens engagemang”.',
    );
    expect(levelSentence({ ...shown, levels }, 290, 'Management', 'en')).toBe(
      'Nearly 9 in 10 municipalities are at level 1 in the area “Management”.',
    );
    expect(levelSentence({ ...shown, levels: { '1': 0, '2': 0, '3': 0, '4': 0 } }, 290, 'X', 'sv')).toBe(
      'Ingen besvarade frågorna inom området ”X”.',
    );
  });

  it('writes the cross-tabulation as a whole percentage of those that answered both, with n', () => {
    const cells = { 'yes|yes': 22, 'yes|no': 40, 'no|yes': 30, 'no|no': 173 };
    expect(crosstabSentence({ ...shown, cells }, 'sv')).toBe(`8${NBSP}procent av de 265 kommuner som besvarade båda frågorna svarade ja på båda.`);
    expect(crosstabSentence({ ...shown, cells }, 'en')).toBe(
      `8${NBSP}per cent of the 265 municipalities that answered both questions answered yes to both.`,
    );
  });

  it('writes withheld figures as withheld, with their reason, never as a number', () => {
    const hidden = { suppressed: true, suppressedReason: 'small_group' } as const;
    expect(yesSentence({ ...hidden, yes: null }, 290, 'Finns det en CISO?', 'sv')).toBe(
      'Hur många som svarade ja på frågan ”Finns det en CISO?” redovisas inte: för få organisationer står bakom siffran.',
    );
    expect(levelSentence({ ...hidden, levels: null }, 290, 'Risk', 'sv')).toBe(
      'Fördelningen på nivåer inom området ”Risk” redovisas inte: för få organisationer står bakom siffran.',
    );
    expect(crosstabSentence({ suppressed: true, suppressedReason: 'differencing', cells: null }, 'en')).toBe(
      'How many answered yes to both questions is not published: together with other figures it would reveal a small group’s answers.',
    );
  });

  it('notes a changed question with the years it was worded differently', () => {
    expect(questionChangedNote([], 'sv')).toBeNull();
    expect(questionChangedNote([2023], 'sv')).toBe('Frågan var formulerad annorlunda 2023: jämför med försiktighet.');
    expect(questionChangedNote([2022, 2023, 2024], 'en')).toBe('The question was worded differently in 2022, 2023 and 2024: compare with care.');
  });
});

describe('what the sentences promise (fast-check)', () => {
  const levelCounts = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300));

  it('the level sentence names the most common level (the lower on a tie) and its share of all invited', () => {
    fc.assert(
      fc.property(levelCounts, fc.nat(300), (counts, extra) => {
        const levels = { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3] };
        const invited = counts.reduce((a, b) => a + b, 0) + extra;
        const modal = modalLevel(levels);
        const max = Math.max(...counts);
        if (max === 0) return expect(modal).toBeNull();
        expect(modal).toEqual({ level: counts.indexOf(max) + 1, count: max });
        const sentence = levelSentence({ ...shown, levels }, invited, 'T', 'sv');
        expect(sentence).toContain(`på nivå ${counts.indexOf(max) + 1} `);
        expect(sentence.toLowerCase()).toContain(sharePhrase({ count: max, of: invited }, 'sv'));
      }),
    );
  });

  it('the yes sentence carries exactly the share phrase of yes over invited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (invited, seed) => {
        const yes = seed % (invited + 1);
        const sentence = yesSentence({ ...shown, yes }, invited, 'Q?', 'sv');
        expect(sentence.toLowerCase().startsWith(sharePhrase({ count: yes, of: invited }, 'sv').toLowerCase())).toBe(true);
      }),
    );
  });

  it('the cross-tab sentence states formatPercent of yes|yes over all four cells', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.nat(400), fc.nat(400), fc.nat(400), (a, b, c, d) => {
        fc.pre(a + b + c + d > 0);
        const cells = { 'yes|yes': a, 'yes|no': b, 'no|yes': c, 'no|no': d };
        expect(crosstabSentence({ ...shown, cells }, 'sv').toLowerCase()).toContain(formatPercent(a, a + b + c + d, 'sv', { style: 'words' }));
      }),
    );
  });

  it('a withheld figure never gives a digit, whatever the counts behind it', () => {
    fc.assert(
      fc.property(fc.constantFrom('small_group', 'differencing', 'open_round' as const), fc.constantFrom('sv', 'en' as const), (reason, language) => {
        const hidden = { suppressed: true, suppressedReason: reason };
        for (const sentence of [
          yesSentence({ ...hidden, yes: null }, 290, 'Q?', language),
          levelSentence({ ...hidden, levels: null }, 290, 'T', language),
          crosstabSentence({ ...hidden, cells: null }, language),
        ])
          expect(sentence).not.toMatch(/\d/);
      }),
    );
  });
});
