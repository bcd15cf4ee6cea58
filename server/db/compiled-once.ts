import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';

/*
 * Kysely builds and compiles a query anew every time it runs: for the
 * statements every request runs (the session lookup, the autosave's read and
 * write) that was the server's largest CPU cost after the socket writes
 * (bench/RESULTS.md, 2026-12-02 session 11). A query whose SQL text does not
 * depend on its values is built once with placeholders, compiled once, and
 * then run with only its parameters filled in.
 */

const PLACEHOLDER = '\u0000mognad-placeholder:';

/** Where each parameter of the compiled text comes from: a named value, or a constant the builder wrote. */
type Slot = { name: string } | { constant: unknown };

type Built<R> = { sql: string; slots: Slot[]; template: CompiledQuery<R> };

/**
 * A query built once: `build` receives a placeholder for each named value and
 * must pass each straight through as a parameter (`where('x', '=', p.x)`,
 * `${p.x}` in a `sql` template) — a value it transforms, inlines (`sql.lit`)
 * or branches on would change the text, which is refused at the first run:
 * every name must come out as a parameter of its own, and nothing else may
 * look like one. Compute such values before (hash a token, stringify JSON)
 * and pass the result. The text is the dialect's, the same for every Kysely
 * instance and transaction, so it is kept per process.
 */
export function compiledOnce<P extends Record<string, unknown>, R>(
  names: readonly (keyof P & string)[],
  build: (db: Kysely<Database>, p: P) => CompiledQuery<R>,
) {
  let built: Built<R> | undefined;
  const prepare = (db: Kysely<Database>): Built<R> => {
    const placeholders = Object.fromEntries(names.map((name) => [name, `${PLACEHOLDER}${name}`])) as unknown as P;
    const template = build(db, placeholders);
    const slots: Slot[] = template.parameters.map((value) =>
      typeof value === 'string' && value.startsWith(PLACEHOLDER) ? { name: value.slice(PLACEHOLDER.length) } : { constant: value },
    );
    const used = new Set(slots.flatMap((slot) => ('name' in slot ? [slot.name] : [])));
    const missing = names.filter((name) => !used.has(name));
    const unknown = [...used].filter((name) => !names.includes(name));
    if (missing.length > 0 || unknown.length > 0) {
      throw new Error(`compiledOnce: ${[...missing, ...unknown].join(', ')} must each pass into the query as a parameter, unchanged`);
    }
    return { sql: template.sql, slots, template };
  };

  return {
    /** Runs the query with these values (on the database or inside a transaction). */
    execute: async (db: Kysely<Database>, values: P): Promise<QueryResult<R>> => {
      built ??= prepare(db);
      const parameters = built.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
      return db.executeQuery<R>({ ...built.template, parameters });
    },
    /** The compiled text (for tests). */
    sqlText: (db: Kysely<Database>): string => (built ??= prepare(db)).sql,
  };
}
