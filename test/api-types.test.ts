import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { API_TYPES_FILE, generateApiTypes, openApiDocument } from '../scripts/api-types';

// docs/decisions/0017-typed-api-contract.md: the client's types come from the server's OpenAPI document.

/** The document is built once for both tests (an app built and every route's schema converted); each gets its own copy. */
let document: ReturnType<typeof openApiDocument> | undefined;
const documentCopy = async () => structuredClone(await (document ??= openApiDocument()));

test('the client’s API types (web/src/api/openapi.d.ts) match the server’s routes', async () => {
  const [generated, committed] = await Promise.all([generateApiTypes(await documentCopy()), readFile(API_TYPES_FILE, 'utf8').catch(() => '')]);
  if (generated !== committed)
    expect.fail('web/src/api/openapi.d.ts differs from what the server’s routes declare: run npm run api:types and commit it');
}, 120_000);

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };

test('every API operation documents its successful answer, with a media type', async () => {
  const paths = (await documentCopy()).paths as Record<string, Record<string, Operation>>;
  const undocumented = Object.entries(paths).flatMap(([path, item]) =>
    ['get', 'put', 'post', 'delete', 'patch']
      .filter((method) => item[method] !== undefined)
      .filter(
        (method) =>
          !Object.entries(item[method]!.responses ?? {}).some(
            // A browser step of a sign-in answers with a redirect (303 See Other), which has no body.
            ([status, answer]) => (status.startsWith('2') && Object.keys(answer.content ?? {}).length > 0) || status === '303',
          ),
      )
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(undocumented).toEqual([]);
}, 120_000);
