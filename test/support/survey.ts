import type { FastifyInstance } from 'fastify';
import { changeRoundState, createRound } from '#server/rounds/service';
import { organisationIdByCode } from './auth';
import { SYSTEM_ACTOR } from '#server/audit/actor';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An open round whose window spans now, with the organisations (by code) invited to it. */
export async function openRoundWithInvitations(app: FastifyInstance, year: number, organisationCodes: string[]): Promise<number> {
  const now = Date.now();
  const round = await createRound(app.db, { year, opensAt: new Date(now - DAY_MS), closesAt: new Date(now + 30 * DAY_MS) }, SYSTEM_ACTOR);
  await changeRoundState(app.db, year, 'open', SYSTEM_ACTOR);
  for (const code of organisationCodes) {
    await app.db
      .insertInto('round_invitation')
      .values({ round_id: round.id, organisation_id: await organisationIdByCode(app, code) })
      .execute();
  }
  return round.id;
}

export async function closeRound(app: FastifyInstance, year: number): Promise<void> {
  await changeRoundState(app.db, year, 'closed', SYSTEM_ACTOR);
}

export const responseUrl = (year: number, organisationId: number) => `/api/rounds/${year}/organisations/${organisationId}/response`;

/** Area keys of the 2019 bank with a follow-up option valid for each. */
export const ANSWERABLE_AREAS: { key: string; option: string }[] = [
  { key: 'ciso', option: '50to74' },
  { key: 'management', option: 'partial' },
  { key: 'action_plan', option: 'full' },
  { key: 'risk', option: 'improving' },
  { key: 'classification', option: 'started' },
  { key: 'incidents', option: 'full' },
  { key: 'continuity', option: 'partial' },
  { key: 'awareness', option: 'full' },
  { key: 'procurement', option: 'started' },
  { key: 'follow_up', option: 'partial' },
];
