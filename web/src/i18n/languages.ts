export const SUPPORTED_LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

// The client's copies of shared/language.ts (the entry chunk takes nothing at run time from shared/, decision 0003);
// test/web/client-consistency.test.ts holds them to it.
/** The namespaces bundled into the entry chunk in Swedish (index.ts); an English visit fetches them first. */
export const SHELL_NAMESPACES = ['common', 'auth', 'start'] as const;
/** The cookie that repeats the reader's language for the server's page preloads (docs/decisions/0035). */
export const LANGUAGE_COOKIE = 'mognad_language';

const STORAGE_KEY = 'mognad.language';

export function isSupportedLanguage(value: unknown): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

export function loadStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isSupportedLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (privacy settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
  // Repeated in a cookie for the server, which names the page's texts and first data in its HTML in this language
  // (server/http/page-html.ts).
  try {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  } catch {
    // Cookies blocked, or no page at all (the client's unit tests): the server then preloads the Swedish texts.
  }
}
