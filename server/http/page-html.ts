import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, findLiveSession } from '#server/auth/sessions';
import { mfaStateOfSession } from '#server/mfa/state';
import { matchClientRoute, type ClientRoutePattern } from '#shared/client-routes';
import { LANGUAGE_COOKIE, SHELL_NAMESPACES } from '#shared/language';
import { pagePreloads, preloadLanguage, SESSION_PRELOAD, type PreloadLanguage, type PreloadPage } from '#shared/page-preloads';
import { readableOrganisations } from '#shared/readable-organisations';

/**
 * The built client's index.html for a page address, with what that page will need named in its head
 * (docs/decisions/0031): a page's own chunk is otherwise requested only after the entry chunk has loaded and
 * run, and its data only after that chunk has run — a chain of round trips before the page can paint.
 *
 * - `<link rel="modulepreload">` for the route's page module, the chunks it imports statically and the
 *   route's translation namespaces (Swedish: always loaded, as the fallback language; for a reader whose language
 *   cookie says English, also the English ones and the shell's English texts, which the client fetches before its
 *   first render), from Vite's build manifest (web/dist/.vite/manifest.json) and the route table of
 *   shared/page-preloads.ts;
 * - `<link rel="preload" as="style" crossorigin>` for the styles of those chunks (Vite's loader then adds
 *   them as stylesheets, in CORS mode, which is why `crossorigin`);
 * - `<link rel="preload" as="fetch" crossorigin>` for the session and the page's first API requests whose
 *   addresses its own address decides; the page's fetch takes the preloaded response (same address, same
 *   credentials mode). The page's data only for a request with a complete session: a preload the page does not
 *   take at once stays in the document, and a later fetch of the same address would get it — a 401 from before
 *   a login in the same document (an anonymous visitor sent to the login page and back) must not be that.
 *   The session's own preload is always taken at once (main.tsx asks for it on every load).
 *
 * Links, not inline script: the CSP allows none. Each distinct page is compressed once (brotli, gzip) and
 * kept (a bounded cache); index.html stays `no-cache`.
 */
export type PageHtml = {
  /** Sends the page's HTML with `status`, in the encoding the request accepts. */
  send(request: FastifyRequest, reply: FastifyReply, pathname: string, status: number): Promise<FastifyReply>;
};

/** The organisations a request's reader reads, when it carries a complete session (signed in, second factor given where required). */
export async function readerOrganisations(app: FastifyInstance, request: FastifyRequest): Promise<ReadonlyMap<number, string> | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const session = await findLiveSession(app.db, token);
  if (!session || mfaStateOfSession(app.config, session) !== 'complete') return undefined;
  return readableOrganisations(session);
}

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

type Variant = { identity: Buffer; br: Buffer; gzip: Buffer; etag: string };

/** Distinct pages kept compressed: one per route without data, one per survey address with it. */
const MAX_CACHED_PAGES = 2_000;
const ENCODINGS = ['br', 'gzip', 'identity'] as const;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The chunk files and styles `key` needs, itself and what it imports statically, in load order. */
function closure(manifest: Manifest, key: string, scripts = new Set<string>(), styles = new Set<string>(), seen = new Set<string>()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return { scripts, styles };
  seen.add(key);
  scripts.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, scripts, styles, seen);
  for (const style of chunk.css ?? []) styles.add(style);
  return { scripts, styles };
}

/** The translation files a page needs in `language`: Swedish always (the fallback), English beside it for English. */
function catalogueKeys(namespaces: readonly string[], language: PreloadLanguage): string[] {
  const file = (lang: string, namespace: string) => `src/i18n/${lang}/${namespace}.json`;
  const swedish = namespaces.map((namespace) => file('sv', namespace));
  return language === 'sv' ? swedish : [...SHELL_NAMESPACES, ...namespaces].map((namespace) => file('en', namespace)).concat(swedish);
}

/** The links for each page route's chunks, styles and namespaces in `language` (without data), from the build manifest. */
export function routeAssetLinks(manifest: Manifest, log?: FastifyBaseLogger, language: PreloadLanguage = 'sv'): Map<ClientRoutePattern, string[]> {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  const loaded = entryKey ? closure(manifest, entryKey) : { scripts: new Set<string>(), styles: new Set<string>() };
  const byRoute = new Map<ClientRoutePattern, string[]>();
  for (const [pattern, preload] of Object.entries(pagePreloads) as [ClientRoutePattern, (typeof pagePreloads)[ClientRoutePattern]][]) {
    const keys = [preload.module, ...catalogueKeys(preload.namespaces, language)];
    const missing = keys.filter((key) => !manifest[key]);
    if (missing.length > 0) log?.warn({ pattern, missing }, 'page preloads: not in the build manifest');
    const scripts = new Set<string>();
    const styles = new Set<string>();
    for (const key of keys) closure(manifest, key, scripts, styles);
    byRoute.set(pattern, [
      ...[...scripts]
        .filter((file) => !loaded.scripts.has(file))
        .map((file) => `<link rel="modulepreload" fetchpriority="low" href="/${escapeAttribute(file)}">`),
      ...[...styles]
        .filter((file) => !loaded.styles.has(file))
        .map((file) => `<link rel="preload" as="style" crossorigin fetchpriority="low" href="/${escapeAttribute(file)}">`),
    ]);
  }
  return byRoute;
}

type ClientRouteMatch = NonNullable<ReturnType<typeof matchClientRoute>>;

const fetchLink = (url: string) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(url)}">`;

/**
 * Loads index.html and the build manifest of `webDist` once; pages are built and compressed on first request.
 * `reader` gives the organisations a request's reader reads when it has a complete session (asked only for a page
 * with data to preload).
 */
export function loadPageHtml(
  webDist: string,
  options: { log?: FastifyBaseLogger; reader: (request: FastifyRequest) => Promise<ReadonlyMap<number, string> | undefined> },
): PageHtml {
  const { log, reader } = options;
  const index = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const manifestFile = path.join(webDist, '.vite', 'manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : undefined;
  if (!manifest) log?.warn('page preloads: no build manifest (web/dist/.vite/manifest.json); pages are served without them');
  const assetLinks = {
    sv: manifest ? routeAssetLinks(manifest, log, 'sv') : new Map<ClientRoutePattern, string[]>(),
    en: manifest ? routeAssetLinks(manifest, undefined, 'en') : new Map<ClientRoutePattern, string[]>(),
  };
  const cache = new Map<string, Variant>();

  /** The page's links: its data's only when `page` says who reads it (a complete session). */
  function linksOf(match: ClientRouteMatch | undefined, language: PreloadLanguage, page: PreloadPage | undefined): string[] {
    if (!match) return [];
    const data = (page && pagePreloads[match.pattern].data?.(page)) || [];
    // The session first: every page waits for it (main.tsx asks at once; the guards and the start page wait).
    return [fetchLink(SESSION_PRELOAD), ...(assetLinks[language].get(match.pattern) ?? []), ...data.map(fetchLink)];
  }

  function variantFor(match: ClientRouteMatch | undefined, language: PreloadLanguage, page: PreloadPage | undefined): Variant {
    const links = linksOf(match, language, page);
    const key = links.join('');
    const cached = cache.get(key);
    if (cached) {
      // Least recently used goes first: a hit moves to the end.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const html = links.length === 0 ? index : index.replace('</head>', `${links.join('\n    ')}\n  </head>`);
    const identity = Buffer.from(html);
    const variant: Variant = {
      identity,
      br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      gzip: gzipSync(identity, { level: 9 }),
      etag: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
    };
    cache.set(key, variant);
    if (cache.size > MAX_CACHED_PAGES) cache.delete(cache.keys().next().value!);
    return variant;
  }

  return {
    async send(request, reply, pathname, status) {
      const match = matchClientRoute(pathname);
      const language = preloadLanguage(request.cookies[LANGUAGE_COOKIE]);
      const organisations = match && pagePreloads[match.pattern].data ? await reader(request) : undefined;
      const page = match &&
        organisations && { params: match.params, search: new URL(request.url, 'http://page').searchParams, language, organisations };
      const variant = variantFor(match, language, page);
      const encoding = negotiate(request.headers['accept-encoding'] ?? '', [...ENCODINGS]) ?? 'identity';
      const etag = `"${variant.etag}-${encoding}"`;
      reply.header('vary', 'accept-encoding').header('cache-control', 'no-cache').header('etag', etag).type('text/html; charset=utf-8');
      if (status === 200 && request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return reply.code(status).send(variant[encoding]);
    },
  };
}
