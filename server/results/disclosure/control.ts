import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { SessionUser } from '#shared/api/auth';
import type { Db } from '#server/db/sql';
import { hasRole } from '#server/auth/guard';
import type { RoundRecord } from '#server/rounds/repository';
import { readRoundStamp, type RoundStamp } from '#server/results/cache';
import { DisclosurePattern, type Figure, type Member, type SuppressedReason, type ViewFilters } from './engine';
import { loadMembers } from './population';

declare module 'fastify' {
  interface FastifyInstance {
    disclosure: DisclosureControl;
  }
}

/**
 * Who receives the figures (interfaces §6):
 * - `full`: administrators on screen — they can read every response anyway;
 * - `outsider`: analysts, threshold N;
 * - `member`: whoever is (or may be) a member of a counted organisation —
 *   respondents and viewers, analysts who also hold such a role, and the
 *   public: their own organisation must not count towards the threshold
 *   (rule 3), so every figure also passes at N + 1.
 * Aggregate exports and reports are never `full`.
 */
export type Audience = 'full' | 'outsider' | 'member';

/** Why a view's figure is withheld, or null when it may be shown. */
export type Decide = (view: ViewFilters, figure: Figure) => SuppressedReason | null;

const SHOW_ALL: Decide = () => null;
/** During the window only response status is shown: no answer figure moves while people answer (rule 4). */
const OPEN_ROUND: Decide = (_view, figure) => (figure.kind === 'responses' ? null : 'open_round');

export function audienceOf(user: SessionUser | null, output: 'screen' | 'export'): Audience {
  if (output === 'screen' && hasRole(user, 'admin')) return 'full';
  const member = !user || user.roles.some((role) => role.organisationId !== null);
  return member ? 'member' : 'outsider';
}

/**
 * The one place that decides which figures may leave the server. Patterns
 * are computed per round and threshold on first use and kept while the
 * round's results revisions stand.
 */
export class DisclosureControl {
  readonly threshold: number;
  readonly #patterns = new LRUCache<string, Promise<DisclosurePattern>>({ max: 32 });
  readonly #population = new LRUCache<string, Promise<Member[]>>({ max: 16 });
  readonly #log: (error: unknown) => void;

  constructor(threshold: number, log: (error: unknown) => void) {
    this.threshold = threshold;
    this.#log = log;
  }

  /** `stamp`: the round's revisions when the caller has just read them (one query fewer). */
  async decider(db: Db, round: RoundRecord, audience: Audience, stamp?: RoundStamp): Promise<Decide> {
    if (audience === 'full') return SHOW_ALL;
    if (round.state === 'draft' || round.state === 'open') return OPEN_ROUND;
    const thresholds = audience === 'member' ? [this.threshold + 1, this.threshold] : [this.threshold];
    // Outside an open round every change to what a pattern reads, draft answers included, bumps the round's revision.
    const { round: revision, global } = stamp ?? (await readRoundStamp(db, round.id));
    const version = `${revision}:${global}`;
    const patterns = await Promise.all(thresholds.map((threshold) => this.#pattern(db, round.id, version, threshold)));
    return (view, figure) => {
      try {
        for (const pattern of patterns) {
          const reason = pattern.decide(view, figure);
          if (reason) return reason;
        }
        return null;
      } catch (error) {
        // Fail closed: a figure the rules cannot clear is withheld.
        this.#log(error);
        return 'differencing';
      }
    };
  }

  #pattern(db: Db, roundId: number, version: string, threshold: number): Promise<DisclosurePattern> {
    const key = `${roundId}:${version}:${threshold}`;
    let pattern = this.#patterns.get(key);
    if (!pattern) {
      pattern = this.#members(db, roundId, version).then((members) => new DisclosurePattern(members, threshold));
      pattern.catch(() => this.#patterns.delete(key));
      this.#patterns.set(key, pattern);
    }
    return pattern;
  }

  /** The round's members, read once for all thresholds of one version. */
  #members(db: Db, roundId: number, version: string): Promise<Member[]> {
    const key = `${roundId}:${version}`;
    let members = this.#population.get(key);
    if (!members) {
      members = loadMembers(db, roundId);
      members.catch(() => this.#population.delete(key));
      this.#population.set(key, members);
    }
    return members;
  }
}

export const disclosurePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorate(
      'disclosure',
      new DisclosureControl(app.config.suppressionThreshold, (error) => app.log.error({ err: error }, 'disclosure control failed')),
    );
  },
  { name: 'disclosure' },
);
