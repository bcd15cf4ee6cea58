import type { SuppressedReason } from '#shared/api/results';
import { findRecoverableSet } from './audit';

export type { SuppressedReason };

/**
 * Statistical disclosure control for one round's aggregate tables: which
 * figures may be shown so that no combination of shown figures isolates the
 * answers of 1 to N−1 organisations (interfaces §6, docs/decisions/0009).
 *
 * Every view an outsider can ask for is a cell of one table with a total in
 * each dimension: organisation type × county × one attribute's value ×
 * basis (all counted = the published basis, or submitted only). A figure
 * (the group's count of responses, an area's `answered`, a cross-tab's
 * "answered both") of a view counts a set of organisations; a view is nested
 * in every view with fewer filters, and each dimension splits a view into
 * its children plus a remainder nobody can ask for (organisations without
 * that attribute, partial responses): one linear equation per split. Pure:
 * no I/O, so the adversary tests run it on generated populations.
 *
 * Suppression runs per figure, as statistics agencies do:
 * 1. primary: a count of 1…N−1 is withheld (small_group);
 * 2. secondary, until nothing changes (differencing):
 *    - what an attacker can derive: an equation with exactly one unknown
 *      term gives it away; derived terms count as shown;
 *    - every pair of shown or derived nested views must differ by 0 or ≥ N
 *      (else the one with more filters is withheld: the published basis and
 *      the coarser groups stay);
 *    - a derived term must itself be 0 or ≥ N;
 *    - the unknown terms of an equation must together be 0 or ≥ N
 *      (complementary suppression: else one more sibling is withheld).
 * Withholding only ever grows, so the loop ends; a subset of a safe
 * pattern is safe, which lets the caller intersect patterns (rule 3).
 */

/** One invited organisation as the disclosure rules see it. */
export type Member = {
  type: string;
  county: string | null;
  attributes: Readonly<Record<string, string>>;
  /** How its response is counted: submitted, partial (a draft with at least one answer), or not at all. */
  basis: 'submitted' | 'partial' | null;
  /** Areas whose main question it answered. */
  answered: ReadonlySet<string>;
};

/** A view as the API's filters describe it; `basis: 'published'` counts submitted and partial responses. */
export type ViewFilters = {
  orgType?: string | undefined;
  county?: string | undefined;
  attribute?: string | undefined;
  value?: string | undefined;
  basis: 'published' | 'submitted';
};

export type Figure = { kind: 'responses' } | { kind: 'area'; area: string } | { kind: 'both'; a: string; b: string };

const ANY = '*';
/** Coordinates nobody can ask for: no county, no value of the attribute, partial responses. */
const NO_COUNTY = '\u2205';
const noValue = (attribute: string) => `${attribute}=${NO_COUNTY}`;
const SUBMITTED = 'S';
const PARTIAL = 'Q';

type Coordinates = readonly [type: string, county: string, attribute: string, basis: string];
const DIMENSIONS = 4;
const BASIS = 3;

const keyOf = (c: Coordinates) => c.join('|');
const coordinatesOf = (key: string) => key.split('|') as unknown as Coordinates;

function isVirtual(c: Coordinates): boolean {
  return c[1] === NO_COUNTY || c[2].endsWith(`=${NO_COUNTY}`) || c[BASIS] === PARTIAL;
}

/** The cell key of a requested view; values are whatever the caller asked for, unknown ones simply count 0. */
export function viewKey(view: ViewFilters): string {
  const attribute = view.attribute !== undefined && view.value !== undefined ? `${view.attribute}=${view.value}` : ANY;
  return keyOf([view.orgType ?? ANY, view.county ?? ANY, attribute, view.basis === 'submitted' ? SUBMITTED : ANY]);
}

export function figureKey(figure: Figure): string {
  if (figure.kind === 'responses') return 'responses';
  if (figure.kind === 'area') return `area:${figure.area}`;
  return `both:${[figure.a, figure.b].sort().join(',')}`;
}

/** Every cell a member is counted in: each combination of its own value or the total, per dimension. */
function cellsOf(member: Member, attributeNames: readonly string[]): string[] {
  const types = [ANY, member.type];
  const counties = [ANY, member.county ?? NO_COUNTY];
  const attributes = [ANY, ...attributeNames.map((name) => (name in member.attributes ? `${name}=${member.attributes[name]}` : noValue(name)))];
  const bases = [ANY, member.basis === 'submitted' ? SUBMITTED : PARTIAL];
  const keys: string[] = [];
  for (const t of types) for (const c of counties) for (const a of attributes) for (const b of bases) keys.push(keyOf([t, c, a, b]));
  return keys;
}

function inFigure(member: Member, figure: Figure): boolean {
  if (member.basis === null) return false;
  if (figure.kind === 'responses') return true;
  if (figure.kind === 'area') return member.answered.has(figure.area);
  return member.answered.has(figure.a) && member.answered.has(figure.b);
}

type Equation = { parent: string; children: string[] };

/** The organisations a cell counts, as a bit set over the members' positions. */
type Cell = { members: Uint32Array; size: number };

/** The split of a cell along one dimension it totals over: its children, remainder included. */
function equationsOf(cells: ReadonlyMap<string, Cell>): Equation[] {
  const byParent = new Map<string, string[]>();
  for (const key of cells.keys()) {
    const c = coordinatesOf(key);
    for (let d = 0; d < DIMENSIONS; d += 1) {
      if (c[d] === ANY) continue;
      // Attribute cells split their parent per attribute name: one equation per attribute.
      const split = d === 2 ? `attr:${c[2].slice(0, c[2].indexOf('='))}` : `dim:${d}`;
      const parent = keyOf(c.map((value, i) => (i === d ? ANY : value)) as unknown as Coordinates);
      const id = `${parent}#${split}`;
      const list = byParent.get(id);
      if (list) list.push(key);
      else byParent.set(id, [key]);
    }
  }
  return [...byParent].map(([id, children]) => ({ parent: id.slice(0, id.indexOf('#')), children }));
}

function isSubset(small: Uint32Array, large: Uint32Array): boolean {
  for (let i = 0; i < small.length; i += 1) if ((small[i]! & ~large[i]!) !== 0) return false;
  return true;
}

/**
 * The withheld cells of one figure; cells not listed (and cells counting
 * nobody) are shown. Decisions are about sets of organisations, not filter
 * combinations: cells counting the same organisations (every member is a
 * kommun, so `orgType=kommun` is the whole) share one fate, and nesting is
 * read from the sets themselves, so correlated attributes (a population
 * class inside a kommungrupp) are caught like one more filter.
 */
export function suppressFigure(cells: ReadonlyMap<string, Cell>, threshold: number): Map<string, SuppressedReason> {
  const table = distinctSets(cells);
  const withheldSets = suppressSets(table, threshold);
  const withheld = new Map<string, SuppressedReason>();
  for (const [key, id] of table.idOfKey) {
    const reason = withheldSets.get(id);
    if (reason) withheld.set(key, reason);
  }
  return withheld;
}

type SetEquation = { parent: number; children: number[] };

type DistinctSets = {
  idOfKey: Map<string, number>;
  sets: Map<number, Cell & { virtual: boolean }>;
  equations: SetEquation[];
};

function distinctSets(cells: ReadonlyMap<string, Cell>): DistinctSets {
  const idOfKey = new Map<string, number>();
  const sets = new Map<number, Cell & { virtual: boolean }>();
  const idOfSet = new Map<string, number>();
  const idOf = (members: Uint32Array, size: number, virtual: boolean) => {
    const signature = members.join(',');
    const id = idOfSet.get(signature);
    if (id !== undefined) {
      sets.get(id)!.virtual &&= virtual;
      return id;
    }
    idOfSet.set(signature, idOfSet.size);
    sets.set(idOfSet.size - 1, { members, size, virtual });
    return idOfSet.size - 1;
  };
  for (const [key, cell] of cells) idOfKey.set(key, idOf(cell.members, cell.size, isVirtual(coordinatesOf(key))));
  const seen = new Set<string>();
  const equations: SetEquation[] = [];
  for (const equation of [...equationsOf(cells), ...nestedAttributeEquations(cells)]) {
    const parent = idOfKey.get(equation.parent)!;
    const children = equation.children.map((key) => idOfKey.get(key)!);
    if (children.length === 1 && children[0] === parent) continue;
    const signature = `${parent}>${[...children].sort((a, b) => a - b).join('+')}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    equations.push({ parent, children });
  }
  return { idOfKey, sets, equations };

  /**
   * Attributes can nest (a kommungrupp inside a size class): then a cell of
   * one attribute is the sum of the cells of another that lie inside it,
   * plus a remainder nobody can ask for. The attacker knows these equations
   * too, so they join the table's own; the remainders join as unaskable cells.
   */
  function nestedAttributeEquations(cells: ReadonlyMap<string, Cell>): Equation[] {
    const valuesOf = new Map<string, Set<string>>();
    for (const key of cells.keys()) {
      const attribute = coordinatesOf(key)[2];
      if (attribute === ANY || attribute.endsWith(`=${NO_COUNTY}`)) continue;
      const [name, value] = [attribute.slice(0, attribute.indexOf('=')), attribute.slice(attribute.indexOf('=') + 1)];
      valuesOf.set(name, (valuesOf.get(name) ?? new Set()).add(value));
    }
    const result: Equation[] = [];
    for (const [key, cell] of cells) {
      const [type, county, attribute, basis] = coordinatesOf(key);
      if (attribute === ANY || isVirtual(coordinatesOf(key))) continue;
      const name = attribute.slice(0, attribute.indexOf('='));
      for (const [other, values] of valuesOf) {
        if (other === name) continue;
        const children = [...values]
          .map((value) => keyOf([type, county, `${other}=${value}`, basis]))
          .filter((child) => cells.has(child) && isSubset(cells.get(child)!.members, cell.members));
        if (children.length === 0) continue;
        const remainder = new Uint32Array(cell.members);
        let size = cell.size;
        for (const child of children) {
          cells.get(child)!.members.forEach((word, i) => (remainder[i]! &= ~word));
          size -= cells.get(child)!.size;
        }
        const remainderKey = keyOf([type, county, `${attribute}/${other}=${NO_COUNTY}`, basis]);
        if (size > 0) idOfKey.set(remainderKey, idOf(remainder, size, true));
        result.push({ parent: key, children: size > 0 ? [...children, remainderKey] : children });
      }
    }
    return result;
  }
}

function suppressSets({ sets, equations, idOfKey }: DistinctSets, threshold: number): Map<number, SuppressedReason> {
  const n = (id: number) => sets.get(id)?.size ?? 0;
  const risky = (difference: number) => difference > 0 && difference < threshold;
  const withheld = new Map<number, SuppressedReason>();
  const shown = (id: number) => n(id) === 0 || (!withheld.has(id) && !sets.get(id)!.virtual);
  // The national total on the published basis is always shown (interfaces §5): secondary suppression finds other cells.
  // Only where nothing else can close a gap (tiny populations) does it go too.
  const national = idOfKey.get(keyOf([ANY, ANY, ANY, ANY]));
  let nationalStays = true;
  const withholdable = (id: number) => (id !== national || !nationalStays) && n(id) > 0 && shown(id);
  const withhold = (id: number) => withheld.set(id, 'differencing');
  for (const [id, set] of sets) if (!set.virtual && risky(set.size)) withheld.set(id, 'small_group');

  const bySize = new Map<number, number[]>();
  for (const id of sets.keys()) bySize.set(n(id), [...(bySize.get(n(id)) ?? []), id]);
  /** Sets that contain this one and count 1…N−1 more organisations. */
  const closeSupersets = (id: number): number[] => {
    const result: number[] = [];
    for (let size = n(id) + 1; size < n(id) + threshold; size += 1) {
      for (const other of bySize.get(size) ?? []) if (isSubset(sets.get(id)!.members, sets.get(other)!.members)) result.push(other);
    }
    return result;
  };
  const supersets = new Map([...sets.keys()].map((id) => [id, closeSupersets(id)]));

  // Shown pairs first: the smaller goes. One sweep suffices, as withholding
  // a set creates no new pair of shown sets.
  for (const id of sets.keys()) {
    if (withholdable(id) && supersets.get(id)!.some(shown)) withhold(id);
  }

  const equationsOfTerm = new Map<number, SetEquation[]>();
  for (const equation of equations) {
    for (const term of [equation.parent, ...equation.children]) equationsOfTerm.set(term, [...(equationsOfTerm.get(term) ?? []), equation]);
  }
  const smallestFirst = (a: number, b: number) => n(a) - n(b) || a - b;

  // Then what can be derived, one repair at a time: a repair changes what is derivable.
  for (;;) {
    const derived = deriveAll(equations, shown);
    const known = (id: number) => shown(id) || derived.has(id);
    /**
     * Withhold one more term of an equation that gives `id` away, the least
     * costly first: a shown sibling; else what gives a derived sibling away;
     * else the parent (never the national total); else what gives it away.
     */
    const hide = (id: number, seen = new Set<number>()): boolean => {
      if (seen.has(id)) return false;
      seen.add(id);
      const givingAway = (equationsOfTerm.get(id) ?? []).filter((e) => [e.parent, ...e.children].every((t) => t === id || known(t)));
      const siblings = givingAway.flatMap((e) => e.children.filter((k) => k !== id && n(k) > 0));
      const parents = givingAway.map((e) => e.parent).filter((k) => k !== id && n(k) > 0);
      const shownSibling = siblings.filter(withholdable).sort(smallestFirst)[0];
      if (shownSibling !== undefined) return (withhold(shownSibling), true);
      if (siblings.some((k) => derived.has(k) && hide(k, seen))) return true;
      const shownParent = parents.filter(withholdable).sort(smallestFirst)[0];
      if (shownParent !== undefined) return (withhold(shownParent), true);
      return parents.some((k) => derived.has(k) && hide(k, seen));
    };
    const repair = (): boolean | undefined => {
      for (const id of derived) if (risky(n(id))) return hide(id);
      for (const id of sets.keys()) {
        if (!known(id)) continue;
        const superset = supersets.get(id)!.find(known);
        if (superset === undefined) continue;
        if (withholdable(id)) return (withhold(id), true);
        return hide(id) || hide(superset);
      }
      for (const equation of equations) {
        if (!known(equation.parent)) continue;
        const unknown = equation.children.filter((k) => !known(k)).reduce((sum, k) => sum + n(k), 0);
        if (!risky(unknown)) continue;
        const shownChild = equation.children.filter(withholdable).sort(smallestFirst)[0];
        if (shownChild !== undefined) return (withhold(shownChild), true);
        return equation.children.some((k) => derived.has(k) && hide(k)) || hide(equation.parent);
      }
      return undefined;
    };
    const repaired = repair() ?? auditShown();
    if (repaired === undefined) return withheld;
    if (!repaired && !nationalStays) throw new Error('disclosure control found a risk it cannot repair');
    if (!repaired) nationalStays = false;
  }

  /** Last, any combination at all: withhold the smallest shown set taking part in one that recovers a small group. */
  function auditShown(): boolean | undefined {
    const rows = [...sets].filter(([id, set]) => set.size > 0 && shown(id)).map(([id, set]) => ({ id, ...set }));
    const leak = findRecoverableSet(rows, threshold);
    if (!leak) return undefined;
    const involved = leak.rows
      .map((r) => rows[r]!.id)
      .filter(withholdable)
      .sort(smallestFirst);
    if (involved.length === 0) return false;
    withhold(involved[0]!);
    return true;
  }
}

/** What an attacker can compute: repeatedly, the one unknown term of an equation. */
function deriveAll(equations: readonly SetEquation[], shown: (id: number) => boolean): Set<number> {
  const derived = new Set<number>();
  const known = (id: number) => shown(id) || derived.has(id);
  for (let progress = true; progress;) {
    progress = false;
    for (const equation of equations) {
      let unknown: number | undefined;
      let count = 0;
      for (const term of [equation.parent, ...equation.children]) {
        if (known(term)) continue;
        unknown = term;
        count += 1;
        if (count > 1) break;
      }
      if (count === 1) {
        derived.add(unknown!);
        progress = true;
      }
    }
  }
  return derived;
}

/**
 * The disclosure pattern of one round at one threshold, computed per figure
 * on first use and kept. `decide` answers why a view's figure is withheld,
 * or null when it may be shown.
 */
export class DisclosurePattern {
  readonly #members: readonly Member[];
  readonly #attributeNames: readonly string[];
  readonly #threshold: number;
  readonly #figures = new Map<string, Map<string, SuppressedReason>>();

  constructor(members: readonly Member[], threshold: number) {
    this.#members = members;
    this.#threshold = threshold;
    this.#attributeNames = [...new Set(members.flatMap((m) => Object.keys(m.attributes)))].sort();
  }

  decide(view: ViewFilters, figure: Figure): SuppressedReason | null {
    return this.#withheld(figure).get(viewKey(view)) ?? null;
  }

  /** How many cells that someone can ask for the figure has, and how many of them are withheld. */
  census(figure: Figure): { cells: number; withheld: number } {
    const asked = [...cellsOfFigure(this.#members, this.#attributeNames, figure).keys()].filter((key) => !isVirtual(coordinatesOf(key)));
    const withheld = this.#withheld(figure);
    return { cells: asked.length, withheld: asked.filter((key) => withheld.has(key)).length };
  }

  #withheld(figure: Figure): Map<string, SuppressedReason> {
    const key = figureKey(figure);
    let pattern = this.#figures.get(key);
    if (!pattern) {
      const cells = this.#cells(figure);
      pattern = suppressFigure(cells, this.#threshold);
      if (figure.kind === 'both') for (const area of new Set([figure.a, figure.b])) this.#againstArea(cells, pattern, area);
      this.#figures.set(key, pattern);
    }
    return pattern;
  }

  #cells(figure: Figure): Map<string, Cell> {
    return cellsOfFigure(this.#members, this.#attributeNames, figure);
  }

  /**
   * A cross-tabulation's margins count the same answers as the area's own
   * figures over other sets (those who answered both areas): the two
   * families together must not single anybody out either. The area's
   * figures stay (the published basis); cross-tabulations give way: where
   * the area is withheld, where the view's answered-both differs from its
   * answered by 1…N−1, and wherever the linear audit of both families
   * together finds a recoverable group.
   */
  #againstArea(pairCells: ReadonlyMap<string, Cell>, withheld: Map<string, SuppressedReason>, area: string): void {
    const areaFigure: Figure = { kind: 'area', area };
    const areaWithheld = this.#withheld(areaFigure);
    const areaCells = this.#cells(areaFigure);
    for (const [key, cell] of pairCells) {
      if (isVirtual(coordinatesOf(key)) || withheld.has(key)) continue;
      const difference = (areaCells.get(key)?.size ?? 0) - cell.size;
      if (areaWithheld.has(key) || (difference > 0 && difference < this.#threshold)) withheld.set(key, 'differencing');
    }
    const shownSets = (cells: ReadonlyMap<string, Cell>, hidden: ReadonlyMap<string, SuppressedReason>) => {
      const sets = new Map<string, { cell: Cell; keys: string[] }>();
      for (const [key, cell] of cells) {
        if (isVirtual(coordinatesOf(key)) || hidden.has(key)) continue;
        const signature = cell.members.join(',');
        sets.set(signature, { cell, keys: [...(sets.get(signature)?.keys ?? []), key] });
      }
      return sets;
    };
    const fixed = shownSets(areaCells, areaWithheld);
    for (;;) {
      const removable = [...shownSets(pairCells, withheld)].filter(([signature]) => !fixed.has(signature)).map(([, set]) => set);
      const rows = [...[...fixed.values()].map((set) => set.cell), ...removable.map((set) => set.cell)];
      const leak = findRecoverableSet(
        rows.map((cell, id) => ({ id, ...cell })),
        this.#threshold,
      );
      if (!leak) return;
      const involved = leak.rows.filter((row) => row >= fixed.size).map((row) => removable[row - fixed.size]!);
      const smallest = involved.sort((a, b) => a.cell.size - b.cell.size)[0];
      if (!smallest) {
        // The combination found uses the area's own figures alone (a rounding edge of the
        // floating-point algebra, as those passed their own audit): fail closed, the whole cross-tabulation gives way.
        for (const set of removable) for (const key of set.keys) withheld.set(key, 'differencing');
        return;
      }
      for (const key of smallest.keys) withheld.set(key, 'differencing');
    }
  }
}

/** Every cell of the figure's table that counts somebody, with whom it counts. */
export function cellsOfFigure(members: readonly Member[], attributeNames: readonly string[], figure: Figure): Map<string, Cell> {
  const words = Math.ceil(members.length / 32);
  const cells = new Map<string, Cell>();
  members.forEach((member, index) => {
    if (!inFigure(member, figure)) return;
    for (const key of cellsOf(member, attributeNames)) {
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { members: new Uint32Array(words), size: 0 }));
      cell.members[index >>> 5]! |= 1 << (index & 31);
      cell.size += 1;
    }
  });
  return cells;
}
