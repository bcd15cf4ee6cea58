// A Vite plugin that prints, after every build, the initial JavaScript each
// route needs (gzip): the entry chunk with its static imports, plus the route's
// lazy chunk with its own static imports. Route chunks are the dynamic entries
// whose module lives under web/src/pages/. A budget that is exceeded fails the
// build, so "the survey route stays under 150 kB" is enforced, not hoped for;
// so does an entry (with its shared chunks) over its own budget, which every
// page pays for, and a route that needs more chunks than its budget allows
// (each one more request before the page's first paint: decision 0038).
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

type OutputChunk = {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
};
type OutputBundle = Record<string, OutputChunk | { type: 'asset' }>;

export type RouteBudget = {
  /** matches the page module path relative to web/src/pages, e.g. 'survey/' */ pagePathPrefix: string;
  maxGzipKilobytes?: number;
  /** JavaScript chunks besides the entry's, the page's own included */
  maxChunks?: number;
};
export type RouteSize = { page: string; ownBytes: number; initialBytes: number; ownChunks: number };

const PAGES_DIR = `${path.sep}web${path.sep}src${path.sep}pages${path.sep}`;

export function bundleReport(options: { budgets?: RouteBudget[]; entryMaxGzipKilobytes?: number } = {}): Plugin {
  let logger: Logger | undefined;
  return {
    name: 'mognad-bundle-report',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(_outputOptions, bundle) {
      const report = measureRoutes(bundle);
      logger?.info(formatReport(report));
      const overBudget = findOverBudget(report.routes, options.budgets ?? []);
      if (options.entryMaxGzipKilobytes !== undefined && report.entryBytes > options.entryMaxGzipKilobytes * 1000) {
        overBudget.unshift(`  entry ${report.entryFile}: ${kilobytes(report.entryBytes)} > ${options.entryMaxGzipKilobytes} kB`);
      }
      if (overBudget.length > 0) this.error(`Route JavaScript over budget:\n${overBudget.join('\n')}`);
    },
  };
}

function measureRoutes(bundle: OutputBundle) {
  const chunks = new Map<string, OutputChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const gzipSize = new Map([...chunks].map(([name, chunk]) => [name, gzipSync(chunk.code).length]));
  const sizeOf = (names: Set<string>) => [...names].reduce((sum, name) => sum + (gzipSize.get(name) ?? 0), 0);

  const staticClosure = (start: string, into = new Set<string>()) => {
    if (into.has(start)) return into;
    into.add(start);
    for (const imported of chunks.get(start)?.imports ?? []) staticClosure(imported, into);
    return into;
  };

  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const entryFiles = entry ? staticClosure(entry.fileName) : new Set<string>();
  const routes: RouteSize[] = [...chunks.values()]
    .filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.includes(PAGES_DIR))
    .map((chunk) => {
      const routeFiles = staticClosure(chunk.fileName);
      const ownFiles = new Set([...routeFiles].filter((name) => !entryFiles.has(name)));
      return {
        page: chunk.facadeModuleId!.split(PAGES_DIR)[1]!.split(path.sep).join('/'),
        ownBytes: sizeOf(ownFiles),
        initialBytes: sizeOf(new Set([...entryFiles, ...routeFiles])),
        ownChunks: ownFiles.size,
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
  return { entryFile: entry?.fileName ?? '(none)', entryBytes: sizeOf(entryFiles), entryChunkCount: entryFiles.size, routes };
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function formatReport(report: ReturnType<typeof measureRoutes>): string {
  const width = Math.max(20, ...report.routes.map((route) => route.page.length));
  const lines = [
    '',
    'Initial JavaScript per route (gzip)',
    `  entry ${report.entryFile} (+${report.entryChunkCount - 1} shared chunks): ${kilobytes(report.entryBytes)}`,
    `  ${'route page'.padEnd(width)}  ${'own'.padStart(9)}  ${'initial'.padStart(9)}  ${'chunks'.padStart(6)}`,
    ...report.routes.map(
      (route) =>
        `  ${route.page.padEnd(width)}  ${kilobytes(route.ownBytes).padStart(9)}  ${kilobytes(route.initialBytes).padStart(9)}  ${String(route.ownChunks).padStart(6)}`,
    ),
    '',
  ];
  return lines.join('\n');
}

function findOverBudget(routes: RouteSize[], budgets: RouteBudget[]): string[] {
  return budgets.flatMap(({ pagePathPrefix, maxGzipKilobytes, maxChunks }) =>
    routes
      .filter((route) => route.page.startsWith(pagePathPrefix))
      .flatMap((route) => [
        ...(maxGzipKilobytes !== undefined && route.initialBytes > maxGzipKilobytes * 1000
          ? [`  ${route.page}: ${kilobytes(route.initialBytes)} > ${maxGzipKilobytes} kB`]
          : []),
        ...(maxChunks !== undefined && route.ownChunks > maxChunks
          ? [`  ${route.page}: ${route.ownChunks} chunks > ${maxChunks} (scripts/page-chunk-groups.ts)`]
          : []),
      ]),
  );
}
