/**
 * What the server and the client both need to know about the reader's language. The client's entry chunk keeps its
 * own copies (web/src/i18n/languages.ts: it takes nothing at run time from shared/, decision 0003), which
 * test/web/client-consistency.test.ts holds to these.
 */

/**
 * The translation namespaces bundled into the client's entry chunk in Swedish (web/src/i18n/index.ts): an English
 * visit fetches their English catalogues before its first render, so an English page's HTML names those too
 * (server/http/page-html.ts).
 */
export const SHELL_NAMESPACES = ['common', 'auth', 'start'] as const;

/**
 * The cookie in which the client repeats the reader's chosen language (web/src/i18n/languages.ts keeps it in
 * localStorage, which the server cannot read), so that an English reader's page names the English texts and asks for
 * the English questions instead of the Swedish ones (docs/decisions/0035). A preference the reader set, nothing more.
 */
export const LANGUAGE_COOKIE = 'mognad_language';
