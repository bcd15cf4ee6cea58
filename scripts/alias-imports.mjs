// Rewrites relative imports that leave their folder into the package.json
// `imports` aliases (#server/…, #shared/…, #web/…); imports within a folder
// stay `./x`, JSON and .mjs/.css stay relative (the aliases name .ts files).
// Usage: node scripts/alias-imports.mjs <file or folder>…   e.g. `node scripts/alias-imports.mjs web/src`
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const aliases = [
  ['server/', '#server/'],
  ['shared/', '#shared/'],
  ['web/src/', '#web/'],
];
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function sourceFiles(entry) {
  if (statSync(entry).isDirectory()) return readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
  return /\.(ts|tsx)$/.test(entry) ? [entry] : [];
}

/** The alias for a relative import from `file`, or undefined to leave it as written. */
function aliased(file, specifier) {
  const base = path.resolve(path.dirname(file), specifier);
  const target = extensions.map((ext) => base + ext).find((candidate) => existsSync(candidate));
  if (!target || path.dirname(target) === path.dirname(file)) return undefined;
  const relative = path.relative(root, base + (target.endsWith('/index.ts') || target.endsWith('/index.tsx') ? '/index' : ''));
  const [dir, alias] = aliases.find(([dir]) => relative.startsWith(dir)) ?? [];
  return dir ? alias + relative.slice(dir.length) : undefined;
}

let changed = 0;
for (const file of process.argv.slice(2).flatMap((arg) => sourceFiles(path.resolve(arg)))) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(IMPORT, (match, before, quote, specifier) => {
    const alias = aliased(file, specifier);
    return alias ? `${before}${quote}${alias}${quote}` : match;
  });
  if (out !== text) {
    writeFileSync(file, out);
    changed++;
  }
}
console.log(`Rewrote imports in ${changed} files`);
