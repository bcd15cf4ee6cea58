import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries (docs/architecture.md). Written as regular expressions so
// they hold for relative paths (../../server/x) and path aliases (@server/x) alike.
const outOfShared = (...areas) => ({
  regex: `(^|[/@#~])(${areas.join('|')})/`,
  message: 'shared/ imports nothing from server/, web/ or the tests: it is used by both sides.',
});
const sharedOnlyZod = {
  regex: '^(?!\\.{1,2}/|[@#~]?shared/|zod(/|$))',
  message: 'shared/ has no I/O and no dependencies but zod (it is bundled into the client and run on the server).',
};
const notServer = { regex: '(^|[/@#~])server/', message: 'The client never imports server code: share it through shared/.' };
const notNode = { regex: '^node:', message: 'The client runs in the browser: no Node modules.' };
const notWeb = { regex: '(^|[/@#~])web/', message: 'The server never imports client code: share it through shared/.' };
// docs/decisions/0003: the client's entry chunk (everything in web/src but the
// lazy pages under web/src/pages) stays zod-free. Types are erased, so
// `import type` is fine; values only from the shared modules that use no zod.
const zodFreeShared = [
  'api/error-codes',
  'api/organisation-types',
  'api/password-rules',
  'api/response-statuses',
  'api/roles',
  'api/round-states',
  'client-routes',
  'readable-organisations',
];
const entryChunkRules = [
  {
    regex: '^zod(/|$)',
    allowTypeImports: true,
    message: 'No zod in the entry chunk (docs/decisions/0003): validate in a lazy page, or `import type`.',
  },
  {
    regex: `(^|[/@#~])shared/(?!(${zodFreeShared.join('|')})$)`,
    allowTypeImports: true,
    message:
      'The entry chunk takes only types from shared/ (docs/decisions/0003): its schemas would bring zod. `import type`, or use it from a lazy page.',
  },
  { regex: '(^|/)pages/', message: 'The shell loads pages lazily (web/src/app/routes.tsx): a static import puts the page in the entry chunk.' },
];

export default tseslint.config(
  {
    ignores: [
      ...['node_modules', 'web/dist', 'dist', 'coverage', '.data', '.tsbuild'],
      // Generated (npm run api:types, npm run db:types) and checked byte for byte against their generators by
      // test/api-types.test.ts and test/database-types.test.ts. The 42,000-line API types cost ESLint about as much as
      // 40 hand-written files; the code that uses them is linted with their types all the same.
      'web/src/api/openapi.d.ts',
      'server/db/generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Fastify plugins, hooks and handlers are async by contract (that is how they signal completion), with or without an await.
      '@typescript-eslint/require-await': 'off',
      // Deliberate String(x) of chart labels and caught errors, whose values are primitives at run time.
      '@typescript-eslint/no-base-to-string': 'off',
      // Kysely's documented `({ exists, selectFrom }) =>` destructuring of its expression builder is safe.
      '@typescript-eslint/unbound-method': 'off',
      // React event handlers are async on purpose; pg-pool awaits onConnect; Fastify's reply is a thenable, not a forgotten promise.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, properties: false } }],
      // A route's method list reads fine as "GET,HEAD" in a message.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowArray: true }],
    },
  },
  {
    // Plain JavaScript (scripts, this file) is outside the TypeScript program.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read JSON bodies (`res.json()` is any) and browser results; their assertions are the check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Migrations are frozen in time and work on an untyped Kysely.
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [outOfShared('server', 'web', 'test'), sharedOnlyZod] }] },
  },
  {
    // The zod-free shared modules the entry chunk imports values from: no zod, and only types from the rest of shared/.
    files: zodFreeShared.map((module) => `shared/${module}.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            outOfShared('server', 'web', 'test'),
            sharedOnlyZod,
            { regex: '^zod(/|$)', allowTypeImports: true, message: 'This module is in the entry chunk (docs/decisions/0003): no zod.' },
            {
              regex: '^\\.{1,2}/',
              allowTypeImports: true,
              message: 'This module is in the entry chunk (docs/decisions/0003): only `import type` from the rest of shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [notWeb] }] },
  },
  {
    files: ['web/src/pages/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [notServer, notNode] }] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/pages/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [notServer, notNode, ...entryChunkRules] }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Questions are asked in the page (components/Confirm.tsx), never in a native dialog.
      'no-restricted-globals': [
        'error',
        ...['confirm', 'alert', 'prompt'].map((name) => ({ name, message: 'Ask in the page: components/Confirm.tsx.' })),
      ],
      'no-restricted-properties': [
        'error',
        ...['confirm', 'alert', 'prompt'].map((property) => ({ object: 'window', property, message: 'Ask in the page: components/Confirm.tsx.' })),
      ],
    },
  },
);
