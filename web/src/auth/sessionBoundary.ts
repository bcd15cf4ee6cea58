/**
 * What a person leaves in this browser must not outlive their session: on a
 * shared computer the next person must never have the previous person's
 * unsaved survey edits sent with their own session. Features that keep such
 * state register here; logging out, logging in as someone else, or another
 * tab doing so ends it all.
 */

/** The survey's unsaved edits in localStorage: `mognad.survey.<userId>.<year>.<organisationId>`. */
export const SURVEY_DRAFT_PREFIX = 'mognad.survey.';
export const surveyDraftKey = (userId: number, year: number, organisationId: number) => `${SURVEY_DRAFT_PREFIX}${userId}.${year}.${organisationId}`;

/** Who this browser's session belongs to, as last seen by any tab; other tabs watch it. */
const SESSION_OWNER_KEY = 'mognad.session.owner';

const endListeners = new Set<() => void>();
let knownOwner: number | null | undefined;

/** Registers what to forget when the session's person changes (timers, in-memory stores); returns the unregister. */
export function onSessionEnd(listener: () => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

/** The person the session in this browser belongs to now, as this tab and the others last saw it. */
export function currentSessionOwner(): number | null {
  const stored = readOwner();
  return stored === undefined ? (knownOwner ?? null) : stored;
}

/**
 * Tells the boundary who is logged in now (null: nobody). When that is not
 * the person before, everything registered is forgotten and the survey
 * drafts of everyone else are removed from localStorage.
 */
export function sessionOwnerIs(userId: number | null) {
  const previous = knownOwner;
  knownOwner = userId;
  writeOwner(userId);
  if (previous !== undefined && previous !== userId) endSession();
  // Nobody logged in (a session that expired) keeps the drafts: their owner may log in again.
  if (userId !== null) removeDraftsExcept(userId);
}

/** Logging out: forget at once, before the server has even answered. */
export function endSessionNow() {
  knownOwner = null;
  writeOwner(null);
  endSession();
  removeDraftsExcept(null);
}

/** Another tab logged in or out: this tab forgets too, and asks who is logged in now. */
export function watchOtherTabs(onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== SESSION_OWNER_KEY && event.key !== null) return;
    const owner = readOwner() ?? null;
    if (knownOwner !== undefined && owner === knownOwner) return;
    knownOwner = owner;
    endSession();
    removeDraftsExcept(owner);
    onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

function endSession() {
  for (const listener of [...endListeners]) listener();
}

function removeDraftsExcept(userId: number | null) {
  try {
    const keep = userId === null ? null : `${SURVEY_DRAFT_PREFIX}${userId}.`;
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i));
    for (const key of keys) {
      if (key?.startsWith(SURVEY_DRAFT_PREFIX) && (keep === null || !key.startsWith(keep))) window.localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: nothing was kept there either.
  }
}

function readOwner(): number | null | undefined {
  try {
    const value = window.localStorage.getItem(SESSION_OWNER_KEY);
    if (value === null) return undefined;
    return value === '' ? null : Number(value);
  } catch {
    return undefined;
  }
}

function writeOwner(userId: number | null) {
  try {
    window.localStorage.setItem(SESSION_OWNER_KEY, userId === null ? '' : String(userId));
  } catch {
    // Storage blocked: other tabs cannot be told; each still checks its own session.
  }
}
