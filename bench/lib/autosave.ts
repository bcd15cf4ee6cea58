import type autocannon from 'autocannon';
import type { FileBank } from '#server/exchange/response-csv';
import type { Organisation } from './dataset';
import type { BenchEnvironment } from './environment';
import { sessionCookie } from './sessions';

/**
 * One organisation's response as one respondent edits it: its session and the
 * version it last saw; `waiting` while a save of it is unanswered.
 */
export type Writer = { organisationId: number; cookie: string; version: number; saves: number; waiting: boolean };

type Context = { current?: Writer };

/**
 * Autosave traffic as respondents make it: each request takes the writer that
 * has waited longest, saves one changed area on the version its previous save
 * returned, and puts the writer back when answered. No two connections ever
 * hold one writer, so no save is stale. (autocannon resets the per-connection
 * context after every request, so the queue lives here.)
 */
export function autosaveRequests(year: number, writers: Writer[], bank: FileBank, origin: string): autocannon.Request[] {
  const idle = [...writers];
  const setupRequest = (request: autocannon.Request, context: object): autocannon.Request => {
    const writer = idle.shift();
    if (!writer) throw new Error('more connections than writers');
    (context as Context).current = writer;
    writer.waiting = true;
    const area = bank.areas[writer.saves % bank.areas.length]!;
    const yes = writer.saves % 3 !== 0;
    const body = {
      version: writer.version,
      main: yes ? 'yes' : 'no',
      followup: yes ? (area.optionKeys[writer.saves % area.optionKeys.length] ?? null) : null,
      comment: `Utkast ${writer.saves}: vi arbetar vidare med åtgärderna.`,
    };
    return {
      ...request,
      method: 'PUT',
      path: `/api/rounds/${year}/organisations/${writer.organisationId}/response/areas/${area.key}`,
      // Like the browser on the app's page: the CSRF check asks for the origin (docs/decisions/0011).
      headers: { ...request.headers, cookie: writer.cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    };
  };
  const onResponse = (status: number, body: string, context: object) => {
    const writer = (context as Context).current;
    if (!writer) return;
    writer.waiting = false;
    const parsed = JSON.parse(body) as { version?: number; error?: { details?: { currentVersion?: number } } };
    if (status === 200 && parsed.version !== undefined) {
      writer.version = parsed.version;
      writer.saves += 1;
    } else if (status === 409 && parsed.error?.details?.currentVersion !== undefined) {
      writer.version = parsed.error.details.currentVersion;
    }
    idle.push(writer);
  };
  return [{ setupRequest, onResponse }];
}

/**
 * Writers whose last save was still unanswered when a run ended (autocannon
 * drops those answers) learn their response's version as a browser would
 * after losing an answer, by reading the response: otherwise their next save,
 * in the next run, is stale and refused (409) — a refusal no real client
 * makes, which costs a read to explain it.
 */
export async function resyncWriters(year: number, writers: Writer[], baseUrl: string): Promise<number> {
  const stale = writers.filter((w) => w.waiting);
  await Promise.all(
    stale.map(async (writer) => {
      const answer = await fetch(`${baseUrl}/api/rounds/${year}/organisations/${writer.organisationId}/response`, {
        headers: { cookie: writer.cookie },
      });
      if (!answer.ok) throw new Error(`reading a writer's response: ${answer.status}`);
      writer.version = ((await answer.json()) as { version: number }).version;
      writer.waiting = false;
    }),
  );
  return stale.length;
}

/** `count` respondents spread over the organisations, each with a session of their own and no save yet. */
export async function writersFor(env: BenchEnvironment, organisations: Organisation[], count: number): Promise<Writer[]> {
  const step = Math.max(1, Math.floor(organisations.length / count));
  const chosen = organisations.filter((_, i) => i % step === 0).slice(0, count);
  return Promise.all(
    chosen.map(async (o) => ({
      organisationId: o.id,
      cookie: await sessionCookie(env.db, `bench-respondent-${o.code.toLowerCase()}@example.se`, 'respondent', o.id),
      version: 0,
      saves: 0,
      waiting: false,
    })),
  );
}
