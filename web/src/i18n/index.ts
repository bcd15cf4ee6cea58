import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, SHELL_NAMESPACES, SUPPORTED_LANGUAGES, isSupportedLanguage, loadStoredLanguage, storeLanguage } from './languages';

// Every web/src/i18n/<language>/<namespace>.json is picked up: adding a
// namespace means adding one file per language (and its type in i18next.d.ts).
// The shell's own namespaces (common, auth, start) in Swedish, the default
// and fallback language, are bundled into the entry chunk; their English
// catalogues are fetched before the first render of an English visit
// (i18nReady). The language switch's texts (namespace language) are bundled
// in every language: each button is labelled in its own language. Every other (feature) namespace is lazy: fetched when a route asks
// for it (page(load, ['survey']) in routes.tsx) or, failing that, when a
// component first uses it (it suspends; AppLayout shows "Laddar…" meanwhile).
// So no page pays in its initial JavaScript for every feature's texts
// (docs/decisions/0005-lazy-translation-namespaces.md).
const catalogueFiles = import.meta.glob<Record<string, unknown>>(['./sv/common.json', './sv/auth.json', './sv/start.json', './*/language.json'], {
  eager: true,
  import: 'default',
});
const lazyCatalogueFiles = import.meta.glob<Record<string, unknown>>(
  ['./*/*.json', '!./sv/common.json', '!./sv/auth.json', '!./sv/start.json', '!./*/language.json'],
  {
    import: 'default',
  },
);

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = lazyCatalogueFiles[`./${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (catalogue) => callback(null, catalogue),
      (error: Error) => callback(error, false),
    );
  },
};

/** Loads lazy namespaces (in the current and fallback language) before a page that uses them renders. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  await i18n.loadNamespaces([...namespaces]);
}

function buildResources(): Resource {
  const resources: Resource = {};
  for (const [file, catalogue] of Object.entries(catalogueFiles)) {
    const [, language, namespace] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
    if (!language || !namespace) continue;
    resources[language] = { ...resources[language], [namespace]: catalogue };
  }
  return resources;
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', (language) => {
  reflectLanguageInDocument(language);
  if (isSupportedLanguage(language)) storeLanguage(language);
});

/** Resolves when the shell's texts in the visitor's language are there: render after it (main.tsx). */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: buildResources(),
    // The bundled namespaces are complete; only the lazy ones go through the backend.
    partialBundledLanguages: true,
    lng: loadStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    defaultNS: 'common',
    ns: [...SHELL_NAMESPACES],
    interpolation: { escapeValue: false }, // React escapes.
  });
reflectLanguageInDocument(i18n.language);

export { i18n };
