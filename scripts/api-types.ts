/**
 * Writes the client's API types (web/src/api/openapi.d.ts) from the OpenAPI
 * document the server publishes at /api/docs: `npm run api:types`.
 * test/api-types.test.ts regenerates them in memory and fails on any drift.
 * docs/decisions/0017-typed-api-contract.md
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_TYPES_FILE = path.join(ROOT, 'web/src/api/openapi.d.ts');

/**
 * pg's pool connects on the first query, and no plugin queries while the app
 * is built or made ready (without SMTP_URL), so no database need run: the
 * address is never dialled.
 */
const UNUSED_DATABASE_URL = 'postgres://unused@127.0.0.1:1/unused';

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\` (scripts/api-types.ts).
 * Do not edit: change the route's schema in server/ (or shared/api/) and run the script again.
 */
`;

/** The OpenAPI document exactly as GET /api/docs/json serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({ config: loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), databaseUrl: UNUSED_DATABASE_URL });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/**
 * The text of web/src/api/openapi.d.ts, formatted with the project's prettier settings: from the document given
 * (test/api-types.test.ts reads one for both its tests), else from a fresh one.
 */
export async function generateApiTypes(document?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document ?? (await openApiDocument()), { alphabetize: true });
  const options = await prettier.resolveConfig(API_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(API_TYPES_FILE, await generateApiTypes());
  console.log(`Wrote ${path.relative(ROOT, API_TYPES_FILE)}`);
}
