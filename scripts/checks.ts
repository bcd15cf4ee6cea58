/**
 * The type check and the lint of `npm run checks` (run beside the tests by `npm test`).
 * docs/decisions/0035-type-check-by-the-native-compiler.md (which follows docs/decisions/0026).
 *
 * 1. The type check is `npm run typecheck`: the native compiler (TypeScript 7, `typescript-7` in package.json) builds
 *    the four projects with `tsc -b`: the same tsconfigs, every file checked in its own project, the declaration files
 *    in .tsbuild/. Its build is incremental (`.tsbuild/*.tsbuildinfo`): a project whose files did not change is not
 *    checked again, and the errors it had are reported again from its build info.
 * 2. ESLint then lints every file it would lint as `eslint .` (eslint.config.js, every rule). typescript-eslint 8
 *    needs TypeScript 5.9's own programs for its type-aware rules, so each project gets one (its tsconfig, the
 *    referenced projects read as the declarations step 1 wrote, as tsc reads them), handed to ESLint through
 *    `parserOptions.programs` instead of the project service's program of every file. These programs are never
 *    type-checked as a whole: the rules ask their checker only for the types they need, which is about two thirds
 *    of a full check (the type check itself is step 1's).
 *
 * The output is tsc's, then ESLint's stylish report; the exit code is 1 if either found an error.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The projects of `npm run typecheck` (package.json), in build order. */
export const PROJECTS = ['tsconfig.shared.json', 'tsconfig.server.json', 'tsconfig.web.json', 'tsconfig.test.json'];

// The native compiler's `tsc`, named by its package: node_modules/.bin/tsc may be TypeScript 5.9's or 7's.
const nativeTsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript-7/package.json')), 'bin/tsc');
// One thread: these checks run beside the tests, where both cores are busy. There its threads cost TypeScript 7 twice
// the CPU (44–52 CPU-s against 18–21 single-threaded, clean build, load 8–10) and took longer (61–108 s against 27–30).
const typecheck = spawnSync(process.execPath, [nativeTsc, '-b', '--singleThreaded', ...PROJECTS], { cwd: ROOT, stdio: 'inherit' });
const typesOk = typecheck.status === 0;
console.log(`tsc -b (TypeScript 7): ${PROJECTS.length} projects, ${typesOk ? 'no errors' : 'errors (above)'}`);

/** TypeScript 5.9's program of one project, for the lint's type-aware rules. */
function lintProgram(project: string): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, project), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`${project}: not read`);
  return ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
}

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parserOptions: { projectService: false, programs: PROJECTS.map(lintProgram) } },
  },
});
const results = await eslint.lintFiles(['.']);
const report = await (await eslint.loadFormatter('stylish')).format(results);
if (report) console.log(report);
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
console.log(`eslint: ${results.length} files, ${lintErrors} ${lintErrors === 1 ? 'error' : 'errors'}`);

process.exitCode = typesOk && lintErrors === 0 ? 0 : 1;
