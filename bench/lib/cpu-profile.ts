import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/*
 * The server's V8 CPU profile (`--cpu-prof`, written when the process exits)
 * summarised over one load run's window: where the server's busy time went,
 * by function (self time), by package or app folder (self time) and by
 * function including what it called. V8 stamps samples with the monotonic
 * clock in µs, the clock process.hrtime reads, so the window comes from this
 * process's hrtime around the run.
 */

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Window = { fromUs: number; toUs: number };

/** Now on the profile's clock (µs). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * The largest *.cpuprofile in `dir`: the server's main thread (tsx's loader
 * thread writes a small one of its own beside it).
 */
export async function serverProfile(dir: string): Promise<string | undefined> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(path.join(dir, f))).size })));
  sized.sort((a, b) => b.size - a.size);
  return sized[0] ? path.join(dir, sized[0].f) : undefined;
}

const IDLE = new Set(['(idle)']);

/** Where a frame's code lives: a package, a folder of the app, or V8's own (program, GC). */
function placeOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const app = /\/(server|shared|bench)\/(.*)$/.exec(url);
  if (app) return `${app[1]}/${app[2]!.split('/').slice(0, -1).join('/') || '.'}`;
  return url;
}

const frameKey = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${placeOf(frame)}:${frame.lineNumber + 1}`;

/**
 * Prints where the busy samples in the window fell: self by function and by
 * place, and inclusive by function, as shares of the busy samples and as µs
 * per request of the server's CPU time (from /proc, `serverCpuMs` over the
 * run). Samples are counted, not weighted by the time to the next one: on a
 * loaded machine that time includes spells off the CPU.
 */
export async function printProfileSummary(file: string, window: Window, requests: number, serverCpuMs: number, top = 25): Promise<void> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const place = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let busy = 0;
  let idle = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    if (at < window.fromUs || at > window.toUs) continue;
    const node = byId.get(profile.samples[i]!)!;
    if (IDLE.has(node.callFrame.functionName)) {
      idle += 1;
      continue;
    }
    busy += 1;
    add(self, frameKey(node.callFrame));
    add(place, placeOf(node.callFrame));
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const key = frameKey(byId.get(id)!.callFrame);
      if (!seen.has(key)) add(inclusive, key);
      seen.add(key);
    }
  }
  const cpuPerRequestUs = (1000 * serverCpuMs) / Math.max(1, requests);
  const share = (samples: number) => `${((100 * samples) / Math.max(1, busy)).toFixed(1)} %`;
  const perRequest = (samples: number) => `${((cpuPerRequestUs * samples) / Math.max(1, busy)).toFixed(0)} µs`;
  const table = (title: string, entries: Map<string, number>, n: number) => {
    console.log(`\n| ${title} | share of busy samples | µs of CPU per request |\n|---|---:|---:|`);
    for (const [key, samples] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`| ${key.replace(/\|/g, '\\|')} | ${share(samples)} | ${perRequest(samples)} |`);
    }
  };
  console.log(
    `\nServer CPU profile (${path.basename(file)}), the run's window: ${busy} busy samples, ${idle} idle; ` +
      `${requests} requests at ${cpuPerRequestUs.toFixed(0)} µs of server CPU each (/proc)`,
  );
  table('self, by place', place, top);
  table('self, by function', self, top);
  table('inclusive, by function', inclusive, top * 2);
}
