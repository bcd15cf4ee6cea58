import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisclosurePattern, type Figure, type Member, type ViewFilters } from '#server/results/disclosure/engine';
import { findLeaks, type ObtainedSet } from './support/adversary';

const AREAS = ['ciso', 'management', 'risk'];

/** Every view the API lets anyone ask for, over the values the population has. */
function everyView(members: readonly Member[]): ViewFilters[] {
  const types = [undefined, ...new Set(members.map((m) => m.type))];
  const counties = [undefined, ...new Set(members.flatMap((m) => (m.county ? [m.county] : [])))];
  const attributes: ({ attribute: string; value: string } | undefined)[] = [undefined];
  for (const m of members) {
    for (const [attribute, value] of Object.entries(m.attributes)) {
      if (!attributes.some((a) => a?.attribute === attribute && a.value === value)) attributes.push({ attribute, value });
    }
  }
  const views: ViewFilters[] = [];
  for (const orgType of types)
    for (const county of counties)
      for (const attribute of attributes)
        for (const basis of ['published', 'submitted'] as const) views.push({ orgType, county, ...attribute, basis });
  return views;
}

function membersOf(view: ViewFilters, figure: Figure, members: readonly Member[]): number[] {
  return members.flatMap((m, index) => {
    if (m.basis === null || (view.basis === 'submitted' && m.basis !== 'submitted')) return [];
    if (view.orgType !== undefined && m.type !== view.orgType) return [];
    if (view.county !== undefined && m.county !== view.county) return [];
    if (view.attribute !== undefined && m.attributes[view.attribute] !== view.value) return [];
    if (figure.kind === 'area' && !m.answered.has(figure.area)) return [];
    if (figure.kind === 'both' && !(m.answered.has(figure.a) && m.answered.has(figure.b))) return [];
    return [index];
  });
}

/** What an outsider obtains of one figure: the set behind every view the pattern shows. */
function obtained(pattern: DisclosurePattern, members: readonly Member[], figure: Figure): ObtainedSet[] {
  return everyView(members)
    .filter((view) => pattern.decide(view, figure) === null)
    .map((view) => ({ label: JSON.stringify(view), members: membersOf(view, figure, members) }))
    .filter((set) => set.members.length > 0);
}

const FIGURES: Figure[] = [{ kind: 'responses' }, ...AREAS.map((area) => ({ kind: 'area' as const, area })), { kind: 'both', a: 'ciso', b: 'risk' }];

const memberArbitrary: fc.Arbitrary<Member> = fc
  .record({
    type: fc.constantFrom('kommun', 'kommun', 'kommun', 'region'),
    county: fc.option(fc.constantFrom('01', '03', '04', '05', '06'), { nil: null, freq: 10 }),
    group: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined, freq: 6 }),
    size: fc.option(fc.constantFrom('small', 'large'), { nil: undefined, freq: 3 }),
    basis: fc.constantFrom<Member['basis']>('submitted', 'submitted', 'submitted', 'submitted', 'partial', null),
    answered: fc.subarray(AREAS),
  })
  .map(({ type, county, group, size, basis, answered }) => ({
    type,
    county,
    // `band` nests `group` (A and B inside ab): correlated attributes, as kommungrupp inside a size class.
    attributes: { ...(group ? { group, band: group === 'C' ? 'c' : 'ab' } : {}), ...(size ? { size } : {}) },
    basis,
    // Submitted responses mostly answer everything; partial ones what they got to.
    answered: new Set(basis === 'submitted' && answered.length > 0 ? AREAS : answered),
  }));

describe('disclosure engine against a determined adversary', () => {
  it.each([
    [3, 80],
    [4, 40],
  ])('no obtainable combination of figures isolates 1 to N−1 organisations (random populations, N = %i)', (threshold, numRuns) => {
    fc.assert(
      fc.property(fc.array(memberArbitrary, { minLength: 10, maxLength: 60 }), (members) => {
        const pattern = new DisclosurePattern(members, threshold);
        for (const figure of FIGURES) {
          const leaks = findLeaks(obtained(pattern, members, figure), members.length, threshold, { pairs: true });
          expect(leaks, `${JSON.stringify(figure)}: ${JSON.stringify(leaks.slice(0, 3))}`).toEqual([]);
        }
        // A cross-tabulation's margins count an area's answers over other sets: together with the area's figures.
        const crosstab = obtained(pattern, members, { kind: 'both', a: 'ciso', b: 'risk' });
        for (const area of ['ciso', 'risk']) {
          const sets = [...obtained(pattern, members, { kind: 'area', area }), ...crosstab];
          expect(findLeaks(sets, members.length, threshold, { pairs: true }), `crosstab with ${area}`).toEqual([]);
        }
      }),
      { numRuns },
    );
  });

  it('withholds a group of 1 to N−1 and shows a group of N or more, or of none', () => {
    const member = (county: string): Member => ({ type: 'kommun', county, attributes: {}, basis: 'submitted', answered: new Set(AREAS) });
    const members = [
      ...Array.from({ length: 4 }, () => member('01')),
      ...Array.from({ length: 5 }, () => member('03')),
      ...Array.from({ length: 6 }, () => member('04')),
    ];
    const pattern = new DisclosurePattern(members, 5);
    const responses: Figure = { kind: 'responses' };
    expect(pattern.decide({ county: '01', basis: 'published' }, responses)).toBe('small_group');
    expect(pattern.decide({ county: '04', basis: 'published' }, responses)).toBeNull();
    expect(pattern.decide({ county: '99', basis: 'published' }, responses)).toBeNull();
    // National minus the shown counties would give county 01's four: one more county goes.
    expect(pattern.decide({ county: '03', basis: 'published' }, responses)).toBe('differencing');
    expect(pattern.decide({ basis: 'published' }, responses)).toBeNull();
  });

  it('differencing an attribute value against its county (the demo attack) is closed', () => {
    const member = (county: string, secgrp: string | undefined): Member => ({
      type: 'kommun',
      county,
      attributes: secgrp ? { secgrp } : {},
      basis: 'submitted',
      answered: new Set(AREAS),
    });
    const members = [
      ...Array.from({ length: 5 }, () => member('12', 'A')),
      member('12', 'B'),
      ...Array.from({ length: 20 }, () => member('14', 'A')),
      ...Array.from({ length: 20 }, () => member('14', 'B')),
    ];
    const pattern = new DisclosurePattern(members, 5);
    const area: Figure = { kind: 'area', area: 'risk' };
    expect(pattern.decide({ county: '12', basis: 'published' }, area)).toBeNull();
    expect(pattern.decide({ county: '12', attribute: 'secgrp', value: 'A', basis: 'published' }, area)).toBe('differencing');
    expect(pattern.decide({ county: '12', attribute: 'secgrp', value: 'B', basis: 'published' }, area)).toBe('small_group');
    expect(findLeaks(obtained(pattern, members, area), members.length, 5)).toEqual([]);
  });

  it('keeps the published basis and withholds submitted-only when they differ by 1 to N−1', () => {
    const members: Member[] = Array.from({ length: 12 }, (_, i) => ({
      type: 'kommun',
      county: '01',
      attributes: {},
      basis: i === 0 ? 'partial' : 'submitted',
      answered: new Set(AREAS),
    }));
    const pattern = new DisclosurePattern(members, 5);
    const area: Figure = { kind: 'area', area: 'ciso' };
    expect(pattern.decide({ basis: 'published' }, area)).toBeNull();
    expect(pattern.decide({ basis: 'submitted' }, area)).toBe('differencing');
  });
});

/** A population shaped like SKR 2019: 290 kommuner in 21 counties, 242 complete, 23 partial, 25 missing. */
export function skr2019Population(): Member[] {
  const counties = Array.from({ length: 21 }, (_, i) =>
    String([1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25][i]).padStart(2, '0'),
  );
  const groups = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'C7', 'C8', 'C9'];
  return Array.from({ length: 290 }, (_, i) => {
    const basis: Member['basis'] = i < 242 ? 'submitted' : i < 265 ? 'partial' : null;
    const answered = basis === 'submitted' ? AREAS : basis === 'partial' ? AREAS.slice(0, 1 + (i % AREAS.length)) : [];
    return {
      type: 'kommun',
      county: counties[(i * 7) % 21]!,
      attributes: { kommungrupp: groups[(i * 5) % 9]! },
      basis,
      answered: new Set(answered),
    };
  });
}

describe('a population shaped like SKR 2019', () => {
  const members = skr2019Population();
  const pattern = new DisclosurePattern(members, 5);

  it('publishes the national figures exactly, on both bases', () => {
    for (const figure of FIGURES) {
      expect(pattern.decide({ basis: 'published' }, figure)).toBeNull();
      expect(pattern.decide({ basis: 'submitted' }, figure)).toBeNull();
      expect(pattern.decide({ orgType: 'kommun', basis: 'published' }, figure)).toBeNull();
    }
  });

  it('leaks nothing to single-organisation or pair attacks', () => {
    for (const figure of FIGURES) {
      expect(findLeaks(obtained(pattern, members, figure), members.length, 5, { pairs: true })).toEqual([]);
    }
  });
});
