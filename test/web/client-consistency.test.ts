import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as sharedLanguage from '#shared/language';
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, SHELL_NAMESPACES, SUPPORTED_LANGUAGES } from '#web/i18n/languages';

const I18N_DIR = path.resolve(import.meta.dirname, '../../web/src/i18n');

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const catalogue = (language: string, namespace: string): unknown =>
  JSON.parse(readFileSync(path.join(I18N_DIR, language, `${namespace}.json`), 'utf8'));

describe('the language', () => {
  test("the client's shell namespaces and language cookie are the server's (shared/language.ts)", () => {
    expect(SHELL_NAMESPACES).toEqual(sharedLanguage.SHELL_NAMESPACES);
    expect(LANGUAGE_COOKIE).toBe(sharedLanguage.LANGUAGE_COOKIE);
  });
});

describe('translations', () => {
  const namespaces = readdirSync(path.join(I18N_DIR, DEFAULT_LANGUAGE)).map((file) => file.replace(/\.json$/, ''));

  test.each(SUPPORTED_LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE))('%s has the same namespaces and keys as Swedish', (language) => {
    expect(readdirSync(path.join(I18N_DIR, language)).sort()).toEqual(readdirSync(path.join(I18N_DIR, DEFAULT_LANGUAGE)).sort());
    for (const namespace of namespaces) {
      expect(keysOf(catalogue(language, namespace)).sort(), `${language}/${namespace}.json`).toEqual(
        keysOf(catalogue(DEFAULT_LANGUAGE, namespace)).sort(),
      );
    }
  });

  test('every namespace is declared in i18next.d.ts, so its keys are type-checked', () => {
    const declarations = readFileSync(path.join(I18N_DIR, 'i18next.d.ts'), 'utf8');
    for (const namespace of namespaces) expect(declarations).toContain(`./sv/${namespace}.json`);
  });
});
