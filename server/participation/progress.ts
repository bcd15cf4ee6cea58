import type { OrganisationType } from '#shared/api/organisations';
import type { ResponseProgress } from '#shared/api/round-admin';
import type { Db } from '#server/db/sql';
import { listResponseStatus } from '#server/results/repository';
import { listMonitorDetails } from './monitor-repository';

/** One invited organisation's progress in a round, as the monitor and the reminders see it. */
export type Progress = {
  id: number;
  code: string;
  name: string;
  type: OrganisationType;
  countyCode: string | null;
  contactEmail: string | null;
  status: ResponseProgress;
  areasAnswered: number;
  startedAt: Date | null;
  submittedAt: Date | null;
  lastActivityAt: Date | null;
  lastActivityBy: string | null;
  lastReminderAt: Date | null;
  respondents: number;
};

const asDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));

/**
 * The results engineer's status list (one definition of not started / draft /
 * submitted for the whole app) joined with the administrator's details.
 */
export async function loadProgress(db: Db, roundId: number): Promise<Progress[]> {
  const [statuses, details] = await Promise.all([listResponseStatus(db, roundId, {}), listMonitorDetails(db, roundId)]);
  const detailsById = new Map(details.map((d) => [d.id, d]));
  return statuses.map((row) => {
    const detail = detailsById.get(row.id);
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      type: detail?.type ?? 'kommun',
      countyCode: row.county_code,
      contactEmail: detail?.contact_email ?? null,
      status: row.status,
      areasAnswered: row.areas_answered,
      startedAt: asDate(detail?.started_at),
      submittedAt: asDate(row.submitted_at),
      lastActivityAt: asDate(row.last_activity_at),
      lastActivityBy: detail?.updated_by_name ?? null,
      lastReminderAt: asDate(detail?.last_reminder_at),
      respondents: detail?.respondents ?? 0,
    };
  });
}
