/**
 * The linear audit: can any combination of the shown figures (sums and
 * differences of their sets, across filters and attributes alike) single
 * out 1 to N−1 organisations? A set D is recoverable exactly when its
 * indicator lies in the row space of the shown sets, i.e. when it is
 * orthogonal to their null space. Organisations counted by exactly the same
 * shown sets form one atom and can only be recovered together, so the
 * algebra runs over atoms, and D is a union of atoms: D is recoverable when
 * the null-space coordinates of its atoms sum to zero. Unions of up to four
 * atoms are searched (meet in the middle over pairs), which covers every
 * set of 1 to N−1 organisations for N ≤ 5; for a larger N, bigger unions of
 * single-organisation atoms are not searched (docs/decisions/0011).
 */

export type AuditRow = { id: number; members: Uint32Array; size: number };

type Atom = { weight: number; rows: number[]; signature: number[] };

const EPSILON = 1e-7;
const MAX_ATOMS_IN_A_LEAK = 4;

/** The atoms of a recoverable set of 1…N−1 organisations, or null when none is found. */
/**
 * A recoverable group: `rows`, the positions of the shown sets one
 * combination that singles it out is made of (withholding one of them
 * breaks that combination; there may be others, so callers audit again).
 */
export type Leak = { weight: number; rows: number[] };

export function findRecoverableSet(rows: readonly AuditRow[], threshold: number): Leak | null {
  if (rows.length === 0 || threshold <= 1) return null;
  const atoms = atomsOf(rows);
  const basis = nullSpace(rows.length, atoms);
  atoms.forEach((atom, i) => (atom.signature = basis.map((vector) => vector[i]!)));
  const small = atoms.map((atom, index) => ({ atom, index })).filter(({ atom }) => atom.weight < threshold);
  const isZero = (indices: number[]) => basis.every((_, k) => Math.abs(indices.reduce((sum, i) => sum + atoms[i]!.signature[k]!, 0)) < EPSILON);
  const rowsOf = (indices: number[]): Leak => ({
    weight: indices.reduce((sum, i) => sum + atoms[i]!.weight, 0),
    rows: combinationOf(rows.length, atoms, new Set(indices)),
  });
  // Candidates by one random projection of the coordinates (a sum of zero
  // vectors projects to zero), confirmed on every coordinate.
  const direction = basis.map((_, k) => Math.sin(k * 12.9898 + 78.233) * 0.5 + 1);
  const projection = atoms.map((atom) => atom.signature.reduce((sum, x, k) => sum + x * direction[k]!, 0));
  const bucket = (x: number) => Math.round(x * 1e6);

  for (const { index } of small) if (isZero([index])) return rowsOf([index]);
  type Combination = { atoms: number[]; weight: number; projection: number };
  const combinations: Combination[] = small.map(({ atom, index }) => ({ atoms: [index], weight: atom.weight, projection: projection[index]! }));
  for (let i = 0; i < small.length; i += 1) {
    for (let j = i + 1; j < small.length; j += 1) {
      const weight = small[i]!.atom.weight + small[j]!.atom.weight;
      if (weight >= threshold) continue;
      const pair = [small[i]!.index, small[j]!.index];
      const sum = projection[pair[0]!]! + projection[pair[1]!]!;
      if (Math.abs(sum) < EPSILON && isZero(pair)) return rowsOf(pair);
      combinations.push({ atoms: pair, weight, projection: sum });
    }
  }
  const byBucket = new Map<number, Combination[]>();
  for (const combination of combinations) {
    const b = bucket(combination.projection);
    const list = byBucket.get(b);
    if (list) list.push(combination);
    else byBucket.set(b, [combination]);
  }
  for (const first of combinations) {
    const wanted = bucket(-first.projection);
    for (const b of [wanted - 1, wanted, wanted + 1]) {
      for (const second of byBucket.get(b) ?? []) {
        if (first.weight + second.weight >= threshold) continue;
        const together = [...first.atoms, ...second.atoms];
        if (new Set(together).size !== together.length || together.length > MAX_ATOMS_IN_A_LEAK) continue;
        if (isZero(together)) return rowsOf(together);
      }
    }
  }
  return null;
}

/**
 * The rows of one combination whose sum is the indicator of the chosen
 * atoms: a solution c of Rᵀc = d by Gauss–Jordan elimination (free
 * coefficients 0); the rows with a coefficient other than 0 take part.
 */
function combinationOf(rowCount: number, atoms: readonly Atom[], chosen: ReadonlySet<number>): number[] {
  // One equation per atom: the coefficients of the rows counting it sum to 1 if it is chosen, else 0.
  const equations = atoms.map((atom, a) => {
    const equation = new Float64Array(rowCount + 1);
    for (const r of atom.rows) equation[r] = 1;
    equation[rowCount] = chosen.has(a) ? 1 : 0;
    return equation;
  });
  const pivotOfRow = reduceRows(equations, rowCount);
  return [...pivotOfRow].filter(([, e]) => Math.abs(equations[e]![rowCount]!) > EPSILON).map(([row]) => row);
}

/** Members counted by exactly the same rows, with the rows that count them. */
function atomsOf(rows: readonly AuditRow[]): Atom[] {
  const rowsOfMember = new Map<number, number[]>();
  rows.forEach((row, r) => {
    row.members.forEach((word, w) => {
      for (let bits = word; bits !== 0; bits &= bits - 1) {
        const member = w * 32 + (31 - Math.clz32(bits & -bits));
        const list = rowsOfMember.get(member);
        if (list) list.push(r);
        else rowsOfMember.set(member, [r]);
      }
    });
  });
  const atoms = new Map<string, Atom>();
  for (const memberRows of rowsOfMember.values()) {
    const k = memberRows.join(',');
    const atom = atoms.get(k);
    if (atom) atom.weight += 1;
    else atoms.set(k, { weight: 1, rows: memberRows, signature: [] });
  }
  return [...atoms.values()];
}

/** A basis of the null space of the rows × atoms incidence matrix (Gauss–Jordan with partial pivoting). */
function nullSpace(rowCount: number, atoms: readonly Atom[]): number[][] {
  const columns = atoms.length;
  const matrix = Array.from({ length: rowCount }, () => new Float64Array(columns));
  atoms.forEach((atom, column) => {
    for (const r of atom.rows) matrix[r]![column] = 1;
  });
  const pivotRowOfColumn = reduceRows(matrix, columns);
  const basis: number[][] = [];
  for (let free = 0; free < columns; free += 1) {
    if (pivotRowOfColumn.has(free)) continue;
    const vector = new Array<number>(columns).fill(0);
    vector[free] = 1;
    for (const [column, row] of pivotRowOfColumn) vector[column] = -matrix[row]![free]!;
    basis.push(vector);
  }
  return basis;
}

/**
 * Gauss–Jordan elimination with partial pivoting, in place, over the first
 * `columns` columns (row operations apply to the whole row, so a right-hand
 * side beyond them follows along). Answers each pivot column's row.
 */
function reduceRows(matrix: Float64Array[], columns: number): Map<number, number> {
  const width = matrix[0]?.length ?? 0;
  const pivotRowOfColumn = new Map<number, number>();
  let rank = 0;
  for (let column = 0; column < columns && rank < matrix.length; column += 1) {
    let best = rank;
    for (let r = rank + 1; r < matrix.length; r += 1) if (Math.abs(matrix[r]![column]!) > Math.abs(matrix[best]![column]!)) best = r;
    if (Math.abs(matrix[best]![column]!) < 1e-9) continue;
    [matrix[rank], matrix[best]] = [matrix[best]!, matrix[rank]!];
    const pivot = matrix[rank]!;
    const scale = pivot[column]!;
    for (let c = column; c < width; c += 1) pivot[c]! /= scale;
    for (let r = 0; r < matrix.length; r += 1) {
      const row = matrix[r]!;
      const factor = row[column]!;
      if (r === rank || Math.abs(factor) < 1e-12) continue;
      for (let c = column; c < width; c += 1) row[c]! -= factor * pivot[c]!;
    }
    pivotRowOfColumn.set(column, rank);
    rank += 1;
  }
  return pivotRowOfColumn;
}
