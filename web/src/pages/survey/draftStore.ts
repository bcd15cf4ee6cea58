import { ApiError, NETWORK_ERROR_STATUS } from '#web/api/client';
import { loadErrorMessages } from '#web/api/errorMessagesLoader';
import { areaProgress, normaliseAnswer, type AnswerFields, type AreaProgress } from '#shared/api/response-rules';
import type { SaveAreaBody, SaveAreaResult, StoredAnswer, SurveyResponse, VersionConflictDetails } from '#shared/api/responses';

export type AreaValues = AnswerFields;

/** An edit not yet acknowledged by the server, and the server answer it was made on. */
type PendingEdit = { draft: AreaValues; base: AreaValues; confirmCarriedOver: boolean };

export type Conflict = { theirs: StoredAnswer | null };
export type FieldIssue = { field: string; message: string };
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'stopped';

export type DraftState = {
  /** The response as the server last told us; answers and version follow every acknowledged save. */
  response: SurveyResponse | null;
  edits: Readonly<Record<string, PendingEdit>>;
  conflicts: Readonly<Record<string, Conflict>>;
  invalid: Readonly<Record<string, FieldIssue[]>>;
  status: SaveStatus;
  /** Why saving stopped (an error code such as round_closed), when status is 'stopped'. */
  stopReason: string | null;
  lastSavedAt: Date | null;
};

export type SaveTransport = (areaKey: string, body: SaveAreaBody) => Promise<SaveAreaResult>;

const EMPTY: AreaValues = { main: null, followup: null, comment: null };
const DEBOUNCE_MS = 700;
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export const valuesOf = (answer: StoredAnswer | null | undefined): AreaValues =>
  answer ? { main: answer.main, followup: answer.followup, comment: answer.comment } : EMPTY;

/** What the page shows for an area: the unsaved edit, or the server's answer. */
export const displayedValues = (state: DraftState, areaKey: string): AreaValues =>
  state.edits[areaKey]?.draft ?? valuesOf(state.response?.answers[areaKey]);

/** Carried over from last year and not yet confirmed or changed; an unsaved change or confirmation already counts. */
export const isCarriedOver = (state: DraftState, areaKey: string): boolean =>
  Boolean(state.response?.answers[areaKey]?.carriedOver) && !state.edits[areaKey];

/** Where the area stands as the page shows it: answered, to confirm (carried over), or unanswered. */
export const displayedProgress = (state: DraftState, areaKey: string): AreaProgress =>
  areaProgress({ ...displayedValues(state, areaKey), carriedOver: isCarriedOver(state, areaKey) });

export const sameValues = (a: AreaValues, b: AreaValues) =>
  a.main === b.main && a.followup === b.followup && (a.comment ?? null) === (b.comment ?? null);

/**
 * The survey's unsaved work and its autosave. Every edit is kept in
 * localStorage until the server acknowledges it, so a network error, a closed
 * tab or a reload loses nothing. Saves go one at a time on the response
 * version; a stale save (409) is re-sent on the new version only when nobody
 * else changed that same area, otherwise the person chooses (never a silent
 * overwrite).
 */
export class DraftStore {
  private state: DraftState;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Per area, what the last save sent whose answer never came (a network failure): the server may have stored it. */
  private readonly unanswered = new Map<string, PendingEdit>();
  /** Set when the person's session ended: nothing more is sent, scheduled or stored. */
  private disposed = false;

  constructor(
    private readonly storageKey: string,
    private readonly save: SaveTransport,
    /** Called when the server reports changes we have not seen (someone else saved): refetch the response. */
    private readonly onStale: () => void,
  ) {
    this.state = {
      response: null,
      edits: readStoredEdits(storageKey),
      conflicts: {},
      invalid: {},
      status: 'idle',
      stopReason: null,
      lastSavedAt: null,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(changes: Partial<DraftState>) {
    if (this.disposed) return;
    this.state = { ...this.state, ...changes };
    if ('edits' in changes) writeStoredEdits(this.storageKey, this.state.edits);
    for (const listener of this.listeners) listener();
  }

  valuesFor(areaKey: string): AreaValues {
    return displayedValues(this.state, areaKey);
  }

  /**
   * Takes the server's response; an older one than we hold (a refetch that
   * raced a save) is ignored unless `replace` says the server just answered a
   * submit, reopen or carry-over.
   */
  load(response: SurveyResponse, options: { replace?: boolean } = {}) {
    const current = this.state.response;
    if (current && !options.replace && response.version < current.version) return;
    const stopped = !response.canWrite || response.status === 'submitted';
    this.set({
      response,
      status: stopped && this.hasUnsaved() ? 'stopped' : this.state.status === 'stopped' && !stopped ? 'idle' : this.state.status,
      stopReason: stopped ? stopReasonOf(response) : null,
    });
    if (!stopped) this.scheduleFlush(0);
  }

  edit(areaKey: string, values: AreaValues, options: { confirmCarriedOver?: boolean } = {}) {
    const draft = normaliseAnswer(values);
    const existing = this.state.edits[areaKey];
    const base = existing?.base ?? valuesOf(this.state.response?.answers[areaKey]);
    const confirmCarriedOver = Boolean(options.confirmCarriedOver || existing?.confirmCarriedOver);
    const edits = { ...this.state.edits };
    if (sameValues(draft, base) && !confirmCarriedOver) delete edits[areaKey];
    else edits[areaKey] = { draft, base, confirmCarriedOver };
    const { [areaKey]: _resolved, ...invalid } = this.state.invalid;
    this.set({ edits, invalid, status: this.state.status === 'stopped' ? 'stopped' : 'pending' });
    this.scheduleFlush(options.confirmCarriedOver ? 0 : DEBOUNCE_MS);
  }

  /** The person's choice in a conflict: re-save theirs on the new version, or drop it for the other's. */
  resolve(areaKey: string, choice: 'mine' | 'theirs') {
    const { [areaKey]: conflict, ...conflicts } = this.state.conflicts;
    if (!conflict) return;
    const edits = { ...this.state.edits };
    const edit = edits[areaKey];
    if (choice === 'theirs' || !edit) delete edits[areaKey];
    else edits[areaKey] = { ...edit, base: valuesOf(conflict.theirs) };
    this.set({ edits, conflicts });
    this.scheduleFlush(0);
  }

  discardUnsaved() {
    this.set({ edits: {}, conflicts: {}, invalid: {}, status: 'idle' });
  }

  hasUnsaved(): boolean {
    return Object.keys(this.state.edits).length > 0;
  }

  /** Saves everything now (before submitting); resolves when nothing more can be sent. */
  async flushNow(): Promise<void> {
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    await this.flush();
  }

  retryNow() {
    this.failures = 0;
    void this.flushNow();
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
  }

  private scheduleFlush(delay: number) {
    if (this.disposed) return;
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.flush(), delay);
  }

  private async flush(): Promise<void> {
    // One flush at a time: saves must chain on the version the previous one returned.
    while (this.flushing) await this.flushing;
    this.flushing = this.sendAll().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private nextSendable(): string | undefined {
    const { edits, conflicts, invalid } = this.state;
    return Object.keys(edits).find((key) => !conflicts[key] && !invalid[key]);
  }

  private async sendAll(): Promise<void> {
    const response = this.state.response;
    if (this.disposed || !response || !response.canWrite || response.status === 'submitted') return;
    for (let key = this.nextSendable(); key !== undefined; key = this.nextSendable()) {
      const proceed = await this.sendOne(key);
      if (!proceed || this.disposed) return;
    }
    if (this.state.status === 'saving' || this.state.status === 'pending' || this.state.status === 'retrying') {
      this.set({ status: this.hasUnsaved() ? 'pending' : 'saved' });
    }
  }

  /** Sends one area's edit; false when saving has to pause (network down, round closed). */
  private async sendOne(areaKey: string): Promise<boolean> {
    const edit = this.onServerCopy(areaKey);
    if (!edit) return true;
    const response = this.state.response!;
    const server = response.answers[areaKey] ?? null;
    if (!sameValues(edit.base, valuesOf(server))) {
      this.set({ conflicts: { ...this.state.conflicts, [areaKey]: { theirs: server } } });
      return true;
    }
    this.set({ status: 'saving' });
    try {
      const body = { version: response.version, ...edit.draft, ...(edit.confirmCarriedOver && { confirmCarriedOver: true }) };
      this.acknowledge(areaKey, edit, await this.save(areaKey, body));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === NETWORK_ERROR_STATUS) this.unanswered.set(areaKey, edit);
      return await this.handleFailure(areaKey, error);
    }
  }

  /**
   * The area's edit, checked against the server's answer first. A save whose answer never came may have been stored
   * (the connection dropped after the server stored it); its retry then comes back as a 409 carrying the person's own
   * answer, which is not somebody else's change to choose from. Undefined when the server already holds the edit
   * (dropped as saved); rebased on the server's answer when that answer is what the lost save sent, so what was typed
   * since goes on top of it.
   */
  private onServerCopy(areaKey: string): PendingEdit | undefined {
    const edit = this.state.edits[areaKey]!;
    const server = this.state.response!.answers[areaKey];
    if (server && holds(server, edit)) {
      this.unanswered.delete(areaKey);
      const { [areaKey]: _saved, ...edits } = this.state.edits;
      this.set({ edits, lastSavedAt: new Date() });
      return undefined;
    }
    const sent = this.unanswered.get(areaKey);
    if (!server || !sent || !holds(server, sent)) return edit;
    this.unanswered.delete(areaKey);
    const rebased = { ...edit, base: valuesOf(server) };
    this.set({ edits: { ...this.state.edits, [areaKey]: rebased } });
    return rebased;
  }

  private acknowledge(areaKey: string, sent: PendingEdit, result: SaveAreaResult) {
    this.unanswered.delete(areaKey);
    this.failures = 0;
    const response = this.state.response!;
    const answers = { ...response.answers, [areaKey]: result.answer };
    const edits = { ...this.state.edits };
    const current = edits[areaKey];
    // The person may have typed on while the save was under way: keep that, on top of what was saved.
    if (current === sent || (current && sameValues(current.draft, sent.draft) && current.confirmCarriedOver === sent.confirmCarriedOver)) {
      delete edits[areaKey];
    } else if (current) {
      edits[areaKey] = { ...current, base: valuesOf(result.answer), confirmCarriedOver: false };
    }
    this.set({ response: { ...response, version: result.version, status: result.status, answers }, edits, lastSavedAt: new Date() });
  }

  private async handleFailure(areaKey: string, error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError) || error.status === NETWORK_ERROR_STATUS || error.status >= 500 || error.status === 429) {
      this.scheduleRetry();
      return false;
    }
    if (error.code === 'version_conflict') {
      const conflict = error.detailsFor('version_conflict');
      if (conflict) this.takeServerAnswer(areaKey, conflict);
      this.onStale();
      return true;
    }
    if (error.status === 400) {
      // In the user's words from each issue's rule, never the server's English message. The rules' texts are a lazy
      // module, loaded by the API client before this error was thrown; should it still fail to load, try again later.
      const messages = await loadErrorMessages().catch(() => undefined);
      if (!messages) {
        this.scheduleRetry();
        return false;
      }
      const { describeRule, validationIssues } = messages;
      const refused = validationIssues(error).map((issue) => ({ field: issue.field, message: describeRule(issue) }));
      const issues = refused.length ? refused : [{ field: 'body', message: describeRule({ field: 'body', rule: 'custom', message: '' }) }];
      this.set({ invalid: { ...this.state.invalid, [areaKey]: issues }, status: 'pending' });
      return true;
    }
    this.set({ status: 'stopped', stopReason: error.status === 401 ? 'unauthorized' : error.code });
    this.onStale();
    return false;
  }

  /** A 409 tells us the current version and that area's answer: the next attempt compares with it. */
  private takeServerAnswer(areaKey: string, details: VersionConflictDetails) {
    const response = this.state.response!;
    const answers = { ...response.answers };
    if (details.serverAnswer) answers[areaKey] = details.serverAnswer;
    else delete answers[areaKey];
    this.set({ response: { ...response, version: details.currentVersion, answers } });
  }

  private scheduleRetry() {
    if (this.disposed) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!;
    this.failures += 1;
    this.set({ status: 'retrying' });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }
}

/** Whether the stored answer is what the edit saves (a confirmation of a carried-over answer included). */
function holds(answer: StoredAnswer, edit: PendingEdit): boolean {
  return sameValues(edit.draft, valuesOf(answer)) && !(edit.confirmCarriedOver && answer.carriedOver);
}

function stopReasonOf(response: SurveyResponse): string {
  if (response.status === 'submitted') return 'response_submitted';
  if (!response.invited) return 'not_invited';
  if (!response.acceptingAnswers)
    return new Date(response.closesAt) <= new Date() || response.roundState !== 'open' ? 'round_closed' : 'round_not_open';
  return 'other';
}

function readStoredEdits(key: string): Record<string, PendingEdit> {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(key) ?? '{}');
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, PendingEdit>) : {};
  } catch {
    return {};
  }
}

function writeStoredEdits(key: string, edits: Readonly<Record<string, PendingEdit>>) {
  try {
    if (Object.keys(edits).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(edits));
  } catch {
    // Storage full or blocked: the edits still live in memory and are being saved.
  }
}
