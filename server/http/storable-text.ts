import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { validationFailed } from '#server/errors';

// In u-mode a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why PostgreSQL could not store this text as given, or undefined when it can. */
export function unstorableText(text: string): string | undefined {
  // PostgreSQL's text cannot hold U+0000 at all.
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  // UTF-8 has no encoding for half a surrogate pair: the driver would store U+FFFD instead.
  if (LONE_SURROGATE.test(text)) return 'must not contain an unpaired surrogate (invalid Unicode)';
  return undefined;
}

type Found = { field: string; message: string };

/**
 * The first string (value or object key) in a parsed request part that could
 * not be stored. Walks with its own stack: a deeply nested JSON body cannot
 * overflow the call stack.
 */
export function findUnstorableText(root: unknown, rootField: string): Found | undefined {
  const pending: { value: unknown; field: string }[] = [{ value: root, field: rootField }];
  while (pending.length > 0) {
    const { value, field } = pending.pop()!;
    if (typeof value === 'string') {
      const message = unstorableText(value);
      if (message) return { field, message };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, field: `${field}.${index}` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const message = unstorableText(key);
        if (message) return { field, message: `has a key that ${message}` };
        pending.push({ value: item, field: `${field}.${key}` });
      }
    }
  }
  return undefined;
}

/**
 * Refuses, before any route validates or queries, every request whose params,
 * query string or body holds text PostgreSQL cannot store as given: a 400 in
 * the shape of schema validation errors, naming the field. One check for every
 * route, so no route forgets it and no such value reaches the database.
 */
export const storableTextPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request: FastifyRequest) => {
      const found =
        findUnstorableText(request.params, 'params') ?? findUnstorableText(request.query, 'querystring') ?? findUnstorableText(request.body, 'body');
      if (found) throw validationFailed(found.field, 'unstorable_text', found.message);
    });
  },
  { name: 'storable-text' },
);
