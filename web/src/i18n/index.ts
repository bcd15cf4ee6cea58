import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, isSupportedLanguage, loadStoredLanguage, storeLanguage } from './languages';

// Every web/src/i18n/<language>/<namespace>.json is picked up: adding a
// namespace means adding one file per language (and its type in i18next.d.ts).
const catalogueFiles = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

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

void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: loadStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false }, // React escapes.
});
reflectLanguageInDocument(i18n.language);

export { i18n };
