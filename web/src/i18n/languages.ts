export const SUPPORTED_LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

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
  // (server/http/page-html.ts; the name is shared/page-preloads.ts' LANGUAGE_COOKIE, not imported: the entry stays small).
  try {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `mognad_language=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  } catch {
    // Cookies blocked, or no page at all (the client's unit tests): the server then preloads the Swedish texts.
  }
}
