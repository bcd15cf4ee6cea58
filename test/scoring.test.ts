import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bankFile from '../shared/question-bank/bank-2019.json';
import { questionBankFileSchema } from '#shared/question-bank/schema';
import { lowerMedian, scoreArea, scoreProfile, summariseLevels, type AreaAnswer, type Level } from '#shared/scoring/index';
import { validateAreaAnswer } from '#shared/scoring/validate';

const bank = questionBankFileSchema.parse(bankFile);
const rule = bank.scoring;
const DEGREE_AREAS = bank.areas.map((a) => a.key).filter((key) => key !== 'ciso');
const structure = {
  areas: bank.areas.map((area) => ({ key: area.key, followup: { options: bank.followupScales[area.followup.scale]!.options } })),
};
const optionKeys = (areaKey: string) => structure.areas.find((a) => a.key === areaKey)!.followup.options.map((o) => o.key);

const answer = (main: AreaAnswer['main'], followup: string | null = null): AreaAnswer => ({ main, followup });

describe('the default rule, row by row', () => {
  it.each(DEGREE_AREAS)('%s: no → 1', (area) => expect(scoreArea(rule, area, answer('no'))).toBe(1));
  it.each(
    DEGREE_AREAS.flatMap(
      (area) =>
        [
          [area, 'started', 1],
          [area, 'partial', 2],
          [area, 'full', 3],
          [area, 'improving', 4],
        ] as const,
    ),
  )('%s: yes + %s → %i', (area, followup, level) => expect(scoreArea(rule, area, answer('yes', followup))).toBe(level));

  it('ciso: no → 1', () => expect(scoreArea(rule, 'ciso', answer('no'))).toBe(1));
  it.each([
    ['lt25', 1],
    ['25to49', 2],
    ['50to74', 3],
    ['75to100', 4],
  ] as const)('ciso: yes + %s → %i', (followup, level) => expect(scoreArea(rule, 'ciso', answer('yes', followup))).toBe(level));

  it.each(bank.areas.map((a) => a.key))('%s: unanswered, or yes without follow-up → unscored', (area) => {
    expect(scoreArea(rule, area, undefined)).toBeNull();
    expect(scoreArea(rule, area, answer(null))).toBeNull();
    expect(scoreArea(rule, area, answer('yes'))).toBeNull();
  });

  it('does not score keys the rule does not know, even inherited ones', () => {
    expect(scoreArea(rule, 'unknown', answer('no'))).toBeNull();
    expect(scoreArea(rule, 'risk', answer('yes', 'lt25'))).toBeNull();
    expect(scoreArea(rule, 'risk', answer('yes', 'toString'))).toBeNull();
    expect(scoreArea(rule, '__proto__', answer('no'))).toBeNull();
  });
});

describe('the profile', () => {
  it('scores every area and summarises with the lower median and the count at target', () => {
    const profile = scoreProfile(rule, {
      ciso: answer('yes', '50to74'),
      management: answer('yes', 'improving'),
      action_plan: answer('no'),
      risk: answer('yes', 'partial'),
      classification: answer('yes'),
    });
    expect(profile.levels).toEqual({
      ciso: 3,
      management: 4,
      action_plan: 1,
      risk: 2,
      classification: null,
      incidents: null,
      continuity: null,
      awareness: null,
      procurement: null,
      follow_up: null,
    });
    expect(profile.summary).toEqual({ medianLevel: 2, targetLevel: 3, atOrAboveTarget: 2, scored: 4, areas: 10 });
  });

  it('has no median when nothing is scored', () => {
    expect(scoreProfile(rule, {}).summary).toEqual({ medianLevel: null, targetLevel: 3, atOrAboveTarget: 0, scored: 0, areas: 10 });
  });

  it('takes the middle level of an odd count and the lower middle of an even count', () => {
    expect(lowerMedian([4, 1, 3])).toBe(3);
    expect(lowerMedian([1, 2, 3, 4])).toBe(2);
    expect(lowerMedian([3, 3, 4, 4])).toBe(3);
  });
});

describe('validation of one answer', () => {
  it('accepts well-formed answers', () => {
    expect(validateAreaAnswer(structure, 'risk', answer('yes', 'full'))).toEqual([]);
    expect(validateAreaAnswer(structure, 'ciso', answer('yes', '25to49'))).toEqual([]);
    expect(validateAreaAnswer(structure, 'risk', answer('no'))).toEqual([]);
    expect(validateAreaAnswer(structure, 'risk', answer(null))).toEqual([]);
    expect(validateAreaAnswer(structure, 'risk', answer('yes'))).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(validateAreaAnswer(structure, 'firewalls', answer('yes'))).toEqual([{ field: 'areas.firewalls', message: expect.any(String) }]);
    expect(validateAreaAnswer(structure, 'risk', answer('yes', 'lt25'))).toEqual([
      { field: 'areas.risk.followup', message: 'must be one of started, partial, full, improving.' },
    ]);
    expect(validateAreaAnswer(structure, 'risk', answer('no', 'full'))).toEqual([
      { field: 'areas.risk.followup', message: 'must be null unless the main answer is "yes".' },
    ]);
    expect(validateAreaAnswer(structure, 'risk', { main: 'maybe', followup: null })).toEqual([
      { field: 'areas.risk.main', message: expect.any(String) },
    ]);
  });
});

describe('properties of the default rule', () => {
  const areaKey = fc.constantFrom(...bank.areas.map((a) => a.key));
  const main = fc.constantFrom<AreaAnswer['main']>('yes', 'no', null);
  const anyFollowup = (area: string) => fc.option(fc.oneof(fc.constantFrom(...optionKeys(area)), fc.string()), { nil: null });
  const anyAnswer = areaKey.chain((area) => fc.tuple(fc.constant(area), main, anyFollowup(area)));

  it('gives a level of 1–4 or null', () => {
    fc.assert(
      fc.property(anyAnswer, ([area, m, f]) => {
        const level = scoreArea(rule, area, answer(m, f));
        expect(level === null || [1, 2, 3, 4].includes(level)).toBe(true);
      }),
    );
  });

  it('never lowers the level when the follow-up moves to a higher degree', () => {
    const pair = areaKey.chain((area) =>
      fc.tuple(fc.nat(3), fc.nat(3)).map(([a, b]) => [area, optionKeys(area)[Math.min(a, b)]!, optionKeys(area)[Math.max(a, b)]!] as const),
    );
    fc.assert(
      fc.property(pair, ([area, lower, higher]) => {
        expect(scoreArea(rule, area, answer('yes', higher))!).toBeGreaterThanOrEqual(scoreArea(rule, area, answer('yes', lower))!);
      }),
    );
  });

  it('gives level 1 for "no", whatever else is sent', () => {
    fc.assert(
      fc.property(
        areaKey.chain((a) => fc.tuple(fc.constant(a), anyFollowup(a))),
        ([area, f]) => {
          expect(scoreArea(rule, area, answer('no', f))).toBe(1);
        },
      ),
    );
  });

  it('leaves an unanswered main question unscored', () => {
    fc.assert(
      fc.property(
        areaKey.chain((a) => fc.tuple(fc.constant(a), anyFollowup(a))),
        ([area, f]) => {
          expect(scoreArea(rule, area, answer(null, f))).toBeNull();
        },
      ),
    );
  });

  it('rejects a follow-up without "yes" and never scores it', () => {
    const withoutYes = areaKey.chain((a) =>
      fc.tuple(fc.constant(a), fc.constantFrom<AreaAnswer['main']>('no', null), fc.constantFrom(...optionKeys(a))),
    );
    fc.assert(
      fc.property(withoutYes, ([area, m, f]) => {
        expect(validateAreaAnswer(structure, area, answer(m, f))).toEqual([{ field: `areas.${area}.followup`, message: expect.any(String) }]);
        expect(scoreArea(rule, area, answer(m, f))).toBe(scoreArea(rule, area, answer(m)));
      }),
    );
  });

  it('keeps the median within the lowest and highest level', () => {
    const levels = fc.array(fc.option(fc.constantFrom<Level>(1, 2, 3, 4), { nil: null }), { maxLength: 20 });
    fc.assert(
      fc.property(levels, (list) => {
        const scored = list.filter((l): l is Level => l !== null);
        const summary = summariseLevels(list, 3);
        expect(summary.scored).toBe(scored.length);
        expect(summary.atOrAboveTarget).toBeLessThanOrEqual(summary.scored);
        if (scored.length === 0) {
          expect(summary.medianLevel).toBeNull();
        } else {
          expect(summary.medianLevel!).toBeGreaterThanOrEqual(Math.min(...scored));
          expect(summary.medianLevel!).toBeLessThanOrEqual(Math.max(...scored));
        }
      }),
    );
  });
});
