/**
 * The type check and the lint of `npm run checks` (run beside the tests by `npm test`) in one process, on one set of
 * programs. docs/decisions/0026-checks-on-one-set-of-programs.md
 *
 * TypeScript's solution builder builds the projects exactly as `npm run typecheck` (`tsc -b`) does: the same
 * tsconfigs, the same diagnostics, the same declaration files in .tsbuild/. ESLint then lints every file it would
 * lint as `eslint .` (eslint.config.js, every rule), but its type-aware rules are handed those programs
 * (typescript-eslint's `parserOptions.programs`) instead of building and checking a program of their own through the
 * project service: the checker's work, which is most of what typed linting costs, is done once instead of twice.
 * Each file is linted with the types of the program that checks it (server files without DOM types, client files
 * without Node's).
 *
 * Always a full build (`force`), as on a clean clone: a program left over from an earlier run would leave ESLint
 * nothing to reuse. The output is tsc's, then ESLint's stylish report; the exit code is 1 if either found an error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The projects of `npm run typecheck` (package.json), in build order. */
export const PROJECTS = ['tsconfig.shared.json', 'tsconfig.server.json', 'tsconfig.web.json', 'tsconfig.test.json'];

const pretty = process.stdout.isTTY;
const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => ts.sys.newLine,
};

const diagnostics: ts.Diagnostic[] = [];
const programs: ts.Program[] = [];
const host = ts.createSolutionBuilderHost(
  ts.sys,
  undefined,
  (diagnostic) => diagnostics.push(diagnostic),
  () => undefined,
);
// Called once per project after its full check and emit, before the builder lets go of the program.
host.afterProgramEmitAndDiagnostics = (builderProgram) => programs.push(builderProgram.getProgram());

const buildStatus = ts
  .createSolutionBuilder(
    host,
    PROJECTS.map((project) => path.join(ROOT, project)),
    { force: true },
  )
  .build();
if (diagnostics.length > 0) {
  process.stdout.write(pretty ? ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost) : ts.formatDiagnostics(diagnostics, formatHost));
}
const typeErrors = diagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error).length;
console.log(`tsc -b: ${PROJECTS.length} projects, ${typeErrors} ${typeErrors === 1 ? 'error' : 'errors'}`);

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parserOptions: { projectService: false, programs } },
  },
});
const results = await eslint.lintFiles(['.']);
const report = await (await eslint.loadFormatter('stylish')).format(results);
if (report) console.log(report);
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
console.log(`eslint: ${results.length} files, ${lintErrors} ${lintErrors === 1 ? 'error' : 'errors'}`);

process.exitCode = buildStatus === ts.ExitStatus.Success && typeErrors === 0 && lintErrors === 0 ? 0 : 1;
