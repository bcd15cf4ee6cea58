import type { Kysely } from 'kysely';
import type { Monitor, MonitorOrganisation, MonitorQuery, ResponseProgress, TimelinePoint } from '#shared/api/round-admin';
import type { Database } from '#server/db/schema';
import { countAreas } from './monitor-repository';
import { loadProgress, type Progress } from './progress';
import { requireRound } from '#server/rounds/lookup';

const iso = (value: Date | null) => value?.toISOString() ?? null;

function toMonitorOrganisation(row: Progress): MonitorOrganisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    countyCode: row.countyCode,
    contactEmail: row.contactEmail,
    status: row.status,
    areasAnswered: row.areasAnswered,
    lastActivityAt: iso(row.lastActivityAt),
    lastActivityBy: row.lastActivityBy,
    submittedAt: iso(row.submittedAt),
    lastReminderAt: iso(row.lastReminderAt),
    respondents: row.respondents,
  };
}

/** The filters, and the search text as part of a name (any case) or a code. */
function matches(row: Progress, query: MonitorQuery): boolean {
  if (query.status && row.status !== query.status) return false;
  if (query.county && row.countyCode !== query.county) return false;
  if (query.type && row.type !== query.type) return false;
  const text = query.q?.toLocaleLowerCase('sv-SE');
  return !text || row.name.toLocaleLowerCase('sv-SE').includes(text) || row.code.includes(text);
}

export async function roundMonitor(
  db: Kysely<Database>,
  year: number,
  query: MonitorQuery = { limit: 100, offset: 0 },
  now = new Date(),
): Promise<Monitor> {
  const round = await requireRound(db, year);
  const [rows, areasTotal] = await Promise.all([loadProgress(db, round.id), countAreas(db, round.bankVersionId)]);
  const count = (status: ResponseProgress) => rows.filter((row) => row.status === status).length;
  const invited = rows.length;
  const matching = rows.filter((row) => matches(row, query));
  const submitted = count('submitted');
  const windowSoFar = new Date(Math.min(now.getTime(), round.closesAt.getTime()));
  return {
    year: round.year,
    areasTotal,
    totals: { invited, notStarted: count('not_started'), draft: count('draft'), submitted, responseRate: invited ? submitted / invited : 0 },
    organisations: matching.slice(query.offset, query.offset + query.limit).map(toMonitorOrganisation),
    matching: matching.length,
    timeline: cumulativeTimeline(rows, round.opensAt, windowSoFar),
  };
}

// The survey is Swedish: a day is a day in Stockholm. sv-SE formats dates as YYYY-MM-DD.
const DAY_KEY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayKey = (date: Date) => DAY_KEY.format(date);
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

/** Calendar days from one key to another, stepping in UTC so daylight saving cannot skip or repeat a day. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${first}T12:00:00Z`); days.length < MAX_DAYS; day = new Date(day.getTime() + DAY_MS)) {
    const key = day.toISOString().slice(0, 10);
    if (key > last) break;
    days.push(key);
  }
  return days;
}

/**
 * At the end of each day of the window so far: responses started, of those
 * still drafts, and submitted — counted as the totals count them, so the last
 * point equals the tiles. A response started when it was created or, if earlier,
 * when it was submitted (an imported response is created on import but was
 * started before its submission time); a reopened one counts as a draft again.
 * Events outside the window (imports, late changes) count on its first or last day.
 */
export function cumulativeTimeline(events: Pick<Progress, 'status' | 'startedAt' | 'submittedAt'>[], from: Date, to: Date): TimelinePoint[] {
  if (to < from) return [];
  const days = daysBetween(dayKey(from), dayKey(to));
  const [first, last] = [days[0]!, days.at(-1)!];
  const clampedDay = (date: Date) => {
    const key = dayKey(date);
    return key < first ? first : key > last ? last : key;
  };
  const startedDays: string[] = [];
  const submittedDays: string[] = [];
  for (const event of events) {
    if (event.status === 'not_started') continue;
    const submittedAt = event.status === 'submitted' ? (event.submittedAt ?? event.startedAt) : null;
    const startedAt = earliest(event.startedAt, submittedAt);
    if (!startedAt) continue;
    startedDays.push(clampedDay(startedAt));
    if (submittedAt) submittedDays.push(clampedDay(submittedAt));
  }
  const started = tally(startedDays);
  const submitted = tally(submittedDays);
  let startedSoFar = 0;
  let submittedSoFar = 0;
  return days.map((date) => {
    startedSoFar += started.get(date) ?? 0;
    submittedSoFar += submitted.get(date) ?? 0;
    return { date, started: startedSoFar, draft: startedSoFar - submittedSoFar, submitted: submittedSoFar };
  });
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a < b ? a : b;
}

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
