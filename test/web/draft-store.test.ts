import { afterEach, beforeAll, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import type { SaveAreaBody, SaveAreaResult, StoredAnswer, SurveyResponse } from '#shared/api/responses';
import { ApiError, NETWORK_ERROR_STATUS } from '#web/api/client';
import { loadErrorMessages } from '#web/api/errorMessagesLoader';
import { DraftStore, type AreaValues } from '#web/pages/survey/draftStore';

// The survey's autosave without a browser: a fake server behind the transport, fake timers, an in-memory localStorage.

// The store reaches the client's i18n module (through the API client), which marks the page's language on
// <html> when it loads: give it a document before the imports run.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

const STORAGE_KEY = 'mognad.draft.test';
const DEBOUNCE_MS = 700;

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

type Call = { areaKey: string; body: SaveAreaBody };
type Failure = ApiError | Error;

/** A response's server side: a version that grows with every save, answers per area, and failures on demand. */
class FakeServer {
  version = 0;
  answers: Record<string, StoredAnswer> = {};
  calls: Call[] = [];
  /** Saves under way at once, at most: the store must never send the next before the last is answered. */
  mostInFlight = 0;
  private inFlight = 0;
  private failures: Failure[] = [];
  private held: { release: () => void } | null = null;

  failNext(...failures: Failure[]) {
    this.failures.push(...failures);
  }

  /** The next save is stored, but its answer never reaches the browser (the connection drops): a network error. */
  loseNextAnswer() {
    this.answerLost = true;
  }
  private answerLost = false;

  /** The next save waits until release() is called, so a test can act while it is under way. */
  holdNext(): { release: () => void } {
    const hold = { release: () => undefined as void };
    this.held = hold;
    return hold;
  }

  /** Someone else saves an area: the version moves on. */
  saveAsSomeoneElse(areaKey: string, values: AreaValues) {
    this.version += 1;
    this.answers[areaKey] = stored(values);
  }

  transport = async (areaKey: string, body: SaveAreaBody): Promise<SaveAreaResult> => {
    this.calls.push({ areaKey, body });
    this.inFlight += 1;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      return await this.answer(areaKey, body);
    } finally {
      this.inFlight -= 1;
    }
  };

  private async answer(areaKey: string, body: SaveAreaBody): Promise<SaveAreaResult> {
    const hold = this.held;
    this.held = null;
    if (hold) await new Promise<void>((resolve) => (hold.release = resolve));
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (body.version !== this.version) {
      const serverAnswer = this.answers[areaKey] ?? null;
      throw new ApiError(409, 'version_conflict', 'stale', {
        currentVersion: this.version,
        areaKey,
        serverAnswer,
      });
    }
    this.version += 1;
    this.answers[areaKey] = stored(body);
    if (this.answerLost) {
      this.answerLost = false;
      throw new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'connection dropped');
    }
    return {
      version: this.version,
      status: 'draft',
      areaKey,
      answer: this.answers[areaKey],
    };
  }

  response(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
    return {
      year: 2026,
      organisation: { id: 1, code: '0182', name: 'Nacka' },
      status: this.version === 0 ? 'not_started' : 'draft',
      version: this.version,
      roundState: 'open',
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2099-01-01T00:00:00.000Z',
      invited: true,
      acceptingAnswers: true,
      canWrite: true,
      submittedAt: null,
      submittedBy: null,
      updatedAt: null,
      answers: { ...this.answers },
      submissions: [],
      carryOverFromYear: null,
      scoringRule: { targetLevel: 3, areas: {} },
      ...overrides,
    };
  }
}

const stored = (values: AreaValues & { confirmCarriedOver?: boolean }, carriedOver = false): StoredAnswer => ({
  main: values.main,
  followup: values.followup,
  comment: values.comment,
  carriedOver,
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: { id: 1, name: 'Demo' },
});

const yes = (followup: string | null = null, comment: string | null = null): AreaValues => ({ main: 'yes', followup, comment });
const no: AreaValues = { main: 'no', followup: null, comment: null };

let storage: MemoryStorage;
let server: FakeServer;
let onStale: Mock<() => void>;
const stores: DraftStore[] = [];

function newStore(): DraftStore {
  const store = new DraftStore(STORAGE_KEY, server.transport, onStale);
  stores.push(store);
  return store;
}

/** Lets timers and the promise chains they start run to the end. */
const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

/** Saved, with no edit left unsaved and no conflict open (toMatchObject's `{}` would match any object). */
function expectAllSaved(store: DraftStore) {
  const { status, edits, conflicts } = store.getSnapshot();
  expect({ status, edits, conflicts }).toEqual({ status: 'saved', edits: {}, conflicts: {} });
}

// The error texts are a lazy module that the API client loads before a failed call's ApiError surfaces; the fake
// server throws its ApiErrors directly, so load it as the client would have (importing it takes real time, which
// the fake timers do not wait for).
beforeAll(async () => {
  await loadErrorMessages();
});

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
  server = new FakeServer();
  onStale = vi.fn<() => void>();
});

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('DraftStore autosave', () => {
  test('debounces typing into one save of the last values, then says saved', async () => {
    const store = newStore();
    store.load(server.response());
    store.edit('policy', yes(null, 'u'));
    store.edit('policy', yes(null, 'ut'));
    store.edit('policy', yes(null, 'utkast'));
    expect(store.getSnapshot().status).toBe('pending');
    await settle(DEBOUNCE_MS - 1);
    expect(server.calls).toHaveLength(0);
    await settle(1);
    expect(server.calls).toEqual([{ areaKey: 'policy', body: { version: 0, ...yes(null, 'utkast') } }]);
    expectAllSaved(store);
    expect(store.getSnapshot().response?.version).toBe(1);
    expect(store.getSnapshot().lastSavedAt).not.toBeNull();
  });

  test('saves areas one at a time, each on the version the previous save returned', async () => {
    const store = newStore();
    store.load(server.response());
    store.edit('policy', yes());
    store.edit('risk', no);
    store.edit('training', yes('partly'));
    await settle(DEBOUNCE_MS);
    expect(server.calls.map((c) => [c.areaKey, c.body.version])).toEqual([
      ['policy', 0],
      ['risk', 1],
      ['training', 2],
    ]);
    expect(server.version).toBe(3);
    expect(store.getSnapshot().status).toBe('saved');
  });

  test('an edit typed while its save is under way is kept and saved next, on top of the acknowledged one', async () => {
    const store = newStore();
    store.load(server.response());
    const hold = server.holdNext();
    store.edit('policy', yes(null, 'först'));
    await settle(DEBOUNCE_MS);
    expect(store.getSnapshot().status).toBe('saving');
    store.edit('policy', yes(null, 'först och sedan'));
    hold.release();
    await settle(DEBOUNCE_MS);
    expect(server.calls.map((c) => c.body.comment)).toEqual(['först', 'först och sedan']);
    expect(server.answers.policy?.comment).toBe('först och sedan');
    expectAllSaved(store);
  });

  test('never sends a second save while one is under way, even when another area’s timer or a submit asks', async () => {
    const store = newStore();
    store.load(server.response());
    const hold = server.holdNext();
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    store.edit('risk', no);
    await settle(DEBOUNCE_MS); // risk’s timer fires while policy’s save waits
    const submitting = store.flushNow();
    await settle(0);
    expect(server.calls).toHaveLength(1);
    hold.release();
    await settle(0);
    await submitting;
    expect(server.mostInFlight).toBe(1);
    expect(server.calls.map((c) => [c.areaKey, c.body.version])).toEqual([
      ['policy', 0],
      ['risk', 1],
    ]);
    expectAllSaved(store);
  });

  test('a stale save whose area nobody else touched is re-sent on the new version, and the page is told to refetch', async () => {
    const store = newStore();
    store.load(server.response());
    server.saveAsSomeoneElse('risk', no); // another person saved another area: version 1
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    expect(server.calls.map((c) => c.body.version)).toEqual([0, 1]);
    expect(server.answers.policy?.main).toBe('yes');
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().conflicts).toEqual({});
  });

  test('a stale save of an area someone else changed is never sent over theirs: the person chooses', async () => {
    const store = newStore();
    store.load(server.response());
    server.saveAsSomeoneElse('policy', no);
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    expect(server.calls).toHaveLength(1); // the 409, nothing more
    expect(server.answers.policy?.main).toBe('no');
    expect(store.getSnapshot().conflicts.policy?.theirs?.main).toBe('no');
    expect(store.valuesFor('policy').main).toBe('yes'); // the page still shows what the person chose

    store.resolve('policy', 'mine');
    await settle(0);
    expect(server.calls.at(-1)?.body).toMatchObject({
      version: 1,
      main: 'yes',
    });
    expect(server.answers.policy?.main).toBe('yes');
    expectAllSaved(store);
  });

  test('choosing theirs drops the own edit and sends nothing', async () => {
    const store = newStore();
    store.load(server.response());
    server.saveAsSomeoneElse('policy', no);
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    store.resolve('policy', 'theirs');
    await settle(0);
    expect(server.calls).toHaveLength(1);
    expect(store.getSnapshot().edits).toEqual({});
    expect(store.valuesFor('policy').main).toBe('no');
  });

  test('retries a network failure or 5xx with growing pauses, keeping the edit until it is acknowledged', async () => {
    const store = newStore();
    store.load(server.response());
    server.failNext(
      new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'down'),
      new ApiError(503, 'database_unavailable', 'down'),
      new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'down'),
    );
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    expect(store.getSnapshot().status).toBe('retrying');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toHaveProperty('policy');
    await settle(999);
    expect(server.calls).toHaveLength(1);
    await settle(1); // 1 s
    expect(server.calls).toHaveLength(2);
    await settle(1999);
    expect(server.calls).toHaveLength(2);
    await settle(1); // then 2 s
    expect(server.calls).toHaveLength(3);
    await settle(4000); // then 4 s, and the server is back
    expect(server.calls).toHaveLength(4);
    expectAllSaved(store);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('a save the server stored but whose answer was lost is not taken for somebody else’s change on the retry', async () => {
    const store = newStore();
    store.load(server.response());
    server.loseNextAnswer();
    store.edit('policy', yes('fully', 'sparat, svaret försvann'));
    await settle(DEBOUNCE_MS);
    expect(store.getSnapshot().status).toBe('retrying');
    await settle(1000); // the retry: a 409 that carries the person's own answer
    expect(server.calls.map((c) => c.body.version)).toEqual([0, 0]);
    expectAllSaved(store);
    expect(store.getSnapshot().response?.version).toBe(server.version);
    expect(store.valuesFor('policy')).toEqual(yes('fully', 'sparat, svaret försvann'));
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    // The next edit goes on the version the server has.
    store.edit('policy', yes('fully', 'och sedan'));
    await settle(DEBOUNCE_MS);
    expect(server.calls.at(-1)?.body.version).toBe(1);
    expect(server.answers.policy?.comment).toBe('och sedan');
    expectAllSaved(store);
  });

  test('"try again now" sends at once and starts the pauses over', async () => {
    const store = newStore();
    store.load(server.response());
    server.failNext(...Array.from({ length: 3 }, () => new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'down')));
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS + 1000 + 2000); // three failures: the next pause would be 4 s
    expect(server.calls).toHaveLength(3);
    store.retryNow();
    await settle(0);
    expect(server.calls).toHaveLength(4);
    expect(store.getSnapshot().status).toBe('saved');
  });

  test('keeps unsaved edits across a reload and sends them once the response is loaded', async () => {
    const first = newStore();
    first.load(server.response());
    server.failNext(new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'down'));
    first.edit('policy', yes('fully', 'sparas efter omladdning'));
    await settle(DEBOUNCE_MS);
    first.dispose(); // the tab closes

    const second = newStore();
    expect(second.valuesFor('policy')).toEqual(yes('fully', 'sparas efter omladdning'));
    expect(second.hasUnsaved()).toBe(true);
    second.load(server.response());
    await settle(0);
    expect(server.answers.policy).toMatchObject(yes('fully', 'sparas efter omladdning'));
    expect(second.hasUnsaved()).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('a refused area is marked with its field problems and the other areas are still saved', async () => {
    const store = newStore();
    store.load(server.response());
    server.failNext(
      new ApiError(400, 'validation_failed', 'bad', {
        issues: [{ field: 'body.followup', rule: 'invalid_value', message: 'unknown option' }],
      }),
    );
    store.edit('policy', yes('nonsense'));
    store.edit('risk', no);
    await settle(DEBOUNCE_MS);
    const [problem, ...more] = store.getSnapshot().invalid.policy ?? [];
    expect(more).toEqual([]);
    expect(problem?.field).toBe('body.followup');
    expect(problem?.message).not.toBe('unknown option'); // shown in the user's language, never the API's English
    expect(server.answers.risk?.main).toBe('no');
    expect(server.answers.policy).toBeUndefined();
    expect(store.hasUnsaved()).toBe(true);

    store.edit('policy', yes('fully')); // correcting it clears the problem and saves
    await settle(DEBOUNCE_MS);
    expect(store.getSnapshot().invalid).toEqual({});
    expect(server.answers.policy?.followup).toBe('fully');
  });

  test('stops, keeping the edit, when the round closes under the person, and says why', async () => {
    const store = newStore();
    store.load(server.response());
    server.failNext(new ApiError(409, 'round_closed', 'closed'));
    store.edit('policy', yes());
    store.edit('risk', no);
    await settle(DEBOUNCE_MS);
    expect(store.getSnapshot()).toMatchObject({
      status: 'stopped',
      stopReason: 'round_closed',
    });
    expect(server.calls).toHaveLength(1);
    expect(store.hasUnsaved()).toBe(true);
    expect(onStale).toHaveBeenCalled();
    await settle(60_000);
    expect(server.calls).toHaveLength(1); // no retries against a closed round
  });

  test('sends nothing for a submitted response, and reports the unsaved edit as stopped', async () => {
    const store = newStore();
    store.load(server.response());
    store.edit('policy', yes());
    store.load(server.response({ status: 'submitted', canWrite: false }), {
      replace: true,
    });
    await settle(DEBOUNCE_MS * 2);
    expect(server.calls).toHaveLength(0);
    expect(store.getSnapshot()).toMatchObject({
      status: 'stopped',
      stopReason: 'response_submitted',
    });
  });

  test('confirming a carried-over answer is sent at once with the confirmation', async () => {
    server.answers.policy = stored(yes('fully'), true);
    const store = newStore();
    store.load(server.response());
    store.edit('policy', yes('fully'), { confirmCarriedOver: true });
    await settle(0);
    expect(server.calls).toEqual([
      {
        areaKey: 'policy',
        body: { version: 0, ...yes('fully'), confirmCarriedOver: true },
      },
    ]);
  });

  test('an edit typed while a save was under way whose answer was lost is saved on top of it, with no conflict', async () => {
    const store = newStore();
    store.load(server.response());
    const hold = server.holdNext();
    server.loseNextAnswer();
    store.edit('policy', yes(null, 'första'));
    await settle(DEBOUNCE_MS);
    store.edit('policy', yes(null, 'första och andra'));
    hold.release();
    await settle(0);
    expect(store.getSnapshot().status).toBe('retrying');
    await settle(1000);
    expect(server.calls.map((c) => [c.body.version, c.body.comment])).toEqual([
      [0, 'första'],
      [0, 'första och andra'], // the 409: the server has the first, stored
      [1, 'första och andra'],
    ]);
    expectAllSaved(store);
    expect(server.answers.policy?.comment).toBe('första och andra');
  });

  test('a confirmation the server stored but whose answer was lost is not sent again as a conflict', async () => {
    server.answers.policy = stored(yes('fully'), true);
    const store = newStore();
    store.load(server.response());
    server.loseNextAnswer();
    store.edit('policy', yes('fully'), { confirmCarriedOver: true });
    await settle(0);
    await settle(1000);
    expect(server.calls).toHaveLength(2);
    expect(server.answers.policy?.carriedOver).toBe(false);
    expectAllSaved(store);
  });

  test('an older response from a refetch does not roll back what a save already acknowledged', async () => {
    const store = newStore();
    const stale = server.response();
    store.load(stale);
    store.edit('policy', yes());
    await settle(DEBOUNCE_MS);
    store.load(stale);
    expect(store.getSnapshot().response?.version).toBe(1);
    expect(store.valuesFor('policy').main).toBe('yes');
  });

  test('after dispose (the session ended) nothing is sent or stored', async () => {
    const store = newStore();
    store.load(server.response());
    store.edit('policy', yes());
    store.dispose();
    await settle(DEBOUNCE_MS * 2);
    expect(server.calls).toHaveLength(0);
    store.edit('risk', no);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).not.toHaveProperty('risk');
  });
});
