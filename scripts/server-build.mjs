// Compiles the server to JavaScript, so production runs no TypeScript loader:
// server/main.ts and what it imports are bundled into dist/server/main.js
// (packages stay in node_modules), each migration into dist/migrations/*.js.
// Shared by `npm install` (prepare), `npm start` (scripts/build-if-stale.mjs)
// and the Dockerfile; tests and `npm run dev` keep running the sources with tsx.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
export const SERVER_ENTRY = path.join(outDir, 'server/main.js');
const MIGRATIONS_OUT = 'dist/migrations';
const sources = ['server', 'shared', 'migrations', 'package.json', 'scripts/server-build.mjs'].map((entry) => path.join(root, entry));

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function isServerBuildStale() {
  if (!existsSync(SERVER_ENTRY)) return true;
  return Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(SERVER_ENTRY).mtimeMs;
}

/**
 * The sources find their data by `import.meta.url` (web/dist, migrations, the
 * question bank, the municipalities CSV): in the bundle each module's
 * `import.meta.url` still names its source file, reached relative to the
 * bundle, so those paths resolve as under tsx wherever the checkout lives.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const outFile = path.join(outDir, 'server/main.js');
      const relative = path.relative(path.dirname(outFile), args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  write: false,
  logLevel: 'warning',
  absWorkingDir: root,
  // The migrator reads compiled migrations from dist/migrations (server/db/migrate.ts).
  define: { 'process.env.MOGNAD_MIGRATIONS_DIR': JSON.stringify(MIGRATIONS_OUT) },
};

/** Builds dist/server and dist/migrations; files are replaced whole, so a running build never sees half a file. */
export async function buildServer() {
  // Imported here, not at the top: a production install (no dev dependencies) with a current dist/ never needs it.
  const { build } = await import('esbuild');
  const migrations = readdirSync(path.join(root, 'migrations')).filter((file) => /^\d{12}_.+\.ts$/.test(file));
  const [server, compiledMigrations] = await Promise.all([
    build({ ...common, entryPoints: ['server/main.ts'], outfile: SERVER_ENTRY, plugins: [sourceUrls] }),
    build({ ...common, entryPoints: migrations.map((file) => `migrations/${file}`), outdir: path.join(root, MIGRATIONS_OUT) }),
  ]);
  const outputs = [...server.outputFiles, ...compiledMigrations.outputFiles];
  // The entry last: its time stamp is what isServerBuildStale compares.
  outputs.sort((a, b) => (a.path === SERVER_ENTRY) - (b.path === SERVER_ENTRY));
  for (const output of outputs) {
    mkdirSync(path.dirname(output.path), { recursive: true });
    const temporary = `${output.path}.${process.pid}.tmp`;
    writeFileSync(temporary, output.contents);
    renameSync(temporary, output.path);
  }
}

/** Builds the server when dist/server is missing or older than its sources; returns whether it built. */
export async function buildServerIfStale() {
  if (!isServerBuildStale()) return false;
  console.log('Building the server (dist/server)…');
  await buildServer();
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
