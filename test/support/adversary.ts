/**
 * A determined user of the aggregate views: given every figure it could
 * obtain (as the set of organisations each one counts), it tries to isolate
 * 1 to N−1 organisations. Two attacks:
 * - differencing: any two obtained sets where one contains the other;
 * - linear algebra: any combination of obtained figures. A set D is
 *   recoverable exactly when its indicator lies in the row space of the
 *   obtained sets, i.e. is orthogonal to their null space. Checked for every
 *   single organisation, every pair and (for N ≥ 4 and up to 80
 *   organisations) every triple: complete for N ≤ 4.
 */
export type ObtainedSet = { label: string; members: readonly number[] };

export type Leak = { attack: 'differencing' | 'linear'; organisations: number[]; via: string };

export function findLeaks(obtained: readonly ObtainedSet[], universe: number, threshold: number, options: { pairs?: boolean } = {}): Leak[] {
  return [...differencingLeaks(obtained, threshold), ...linearLeaks(obtained, universe, threshold, options.pairs ?? threshold <= 3)];
}

function differencingLeaks(obtained: readonly ObtainedSet[], threshold: number): Leak[] {
  const leaks: Leak[] = [];
  const sets = obtained.map((o) => ({ ...o, set: new Set(o.members) }));
  for (const a of sets) {
    for (const b of sets) {
      if (b.set.size >= a.set.size) continue;
      if (![...b.set].every((m) => a.set.has(m))) continue;
      const difference = a.set.size - b.set.size;
      if (difference < threshold) {
        leaks.push({ attack: 'differencing', organisations: [...a.set].filter((m) => !b.set.has(m)), via: `${a.label} − ${b.label}` });
      }
    }
  }
  return leaks;
}

/** Basis of the null space of the 0/1 matrix whose rows are the obtained sets. */
function nullSpace(obtained: readonly ObtainedSet[], universe: number): number[][] {
  const rows = obtained.map((o) => {
    const row = new Array<number>(universe).fill(0);
    for (const m of o.members) row[m] = 1;
    return row;
  });
  const pivotOfColumn = new Map<number, number>();
  let rank = 0;
  for (let column = 0; column < universe && rank < rows.length; column += 1) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r += 1) if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r;
    if (Math.abs(rows[best]![column]!) < 1e-9) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]!;
    const scale = pivot[column]!;
    for (let c = 0; c < universe; c += 1) pivot[c]! /= scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === rank) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) < 1e-12) continue;
      const row = rows[r]!;
      for (let c = column; c < universe; c += 1) row[c]! -= factor * pivot[c]!;
    }
    pivotOfColumn.set(column, rank);
    rank += 1;
  }
  const basis: number[][] = [];
  for (let free = 0; free < universe; free += 1) {
    if (pivotOfColumn.has(free)) continue;
    const vector = new Array<number>(universe).fill(0);
    vector[free] = 1;
    for (const [column, row] of pivotOfColumn) vector[column] = -rows[row]![free]!;
    basis.push(vector);
  }
  return basis;
}

function linearLeaks(obtained: readonly ObtainedSet[], universe: number, threshold: number, pairs: boolean): Leak[] {
  if (obtained.length === 0 || threshold <= 1) return [];
  const basis = nullSpace(obtained, universe);
  const counted = new Set(obtained.flatMap((o) => o.members));
  const recoverable = (members: number[]) => basis.every((v) => Math.abs(members.reduce((sum, m) => sum + v[m]!, 0)) < 1e-7);
  const leaks: Leak[] = [];
  const candidates = [...counted].sort((a, b) => a - b);
  for (const m of candidates) if (recoverable([m])) leaks.push({ attack: 'linear', organisations: [m], via: 'combination of obtained figures' });
  if (pairs && threshold > 2) {
    for (let i = 0; i < candidates.length; i += 1) {
      for (let j = i + 1; j < candidates.length; j += 1) {
        const pair = [candidates[i]!, candidates[j]!];
        if (recoverable(pair)) leaks.push({ attack: 'linear', organisations: pair, via: 'combination of obtained figures' });
        if (threshold <= 3 || candidates.length > 80) continue;
        for (let k = j + 1; k < candidates.length; k += 1) {
          const triple = [...pair, candidates[k]!];
          if (recoverable(triple)) leaks.push({ attack: 'linear', organisations: triple, via: 'combination of obtained figures' });
        }
      }
    }
  }
  return leaks;
}
