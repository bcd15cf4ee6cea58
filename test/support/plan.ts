import type { ActionStatus } from '#shared/api/improvement';
import type { Db } from '#server/db/sql';
import { insertAction } from '#server/improvement/repository';

type PlanAction = {
  organisationId: number;
  createdBy: number;
  title: string;
  areaKey?: string;
  plannedInYear?: number;
  status?: ActionStatus;
  responsible?: string;
};

/** An action of the organisation's own in its plan (no guidance level, no due date, no evidence); its id. */
export function insertPlanAction(db: Db, { areaKey = 'risk', plannedInYear = 2025, status = 'planned', responsible = '', ...action }: PlanAction) {
  return insertAction(db, { ...action, areaKey, plannedInYear, status, responsible, guidanceTargetLevel: null, dueOn: null, evidence: '' });
}
