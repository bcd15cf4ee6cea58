import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ANSWER_TIME_LIMIT_MS, ApiError, NETWORK_ERROR_STATUS, answer, api, isRetryableError } from '#web/api/client';
import { registerCalls } from '#web/pages/audits/auditsApi';
import { planApi } from '#web/pages/plan/planApi';
import { surveyApi } from '#web/pages/survey/surveyApi';

// The client's i18n module marks the page's language on <html> when it loads: give it a document first.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

/** A fetch the server never answers: it ends only when its signal aborts, with the signal's reason, as browsers do. */
function unansweredFetch() {
  const calls: { url: string; method: string }[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET' });
    return new Promise<Response>((_, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error), { once: true });
    });
  });
  return { fetch, calls };
}

/** Whether the promise has ended by now (after the microtasks the fake timers let run). */
async function settledState(promise: Promise<unknown>): Promise<'pending' | 'resolved' | 'rejected'> {
  const state = promise.then(
    () => 'resolved' as const,
    () => 'rejected' as const,
  );
  return Promise.race([state, new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')))]);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // AbortSignal.timeout runs on the platform's own clock, which the fake timers do not move: one on theirs instead.
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
    return controller.signal;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the API client gives up on an answer that never begins', () => {
  test('a read with no answer within the limit fails as a network failure, which is asked again', async () => {
    vi.stubGlobal('fetch', unansweredFetch().fetch);
    const read = answer(api.GET('/api/my/rounds'));
    const failure = read.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(ANSWER_TIME_LIMIT_MS - 1);
    expect(await settledState(read)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const error = await failure;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: NETWORK_ERROR_STATUS, code: 'network_error' });
    expect(isRetryableError(error)).toBe(true);
  });

  test('a read the caller cancels ends as a cancellation, not a network failure, and leaves no timer', async () => {
    vi.stubGlobal('fetch', unansweredFetch().fetch);
    const caller = new AbortController();
    const read = answer(api.GET('/api/my/rounds', { signal: caller.signal }));
    const failure = read.catch((error: unknown) => error);
    caller.abort();
    const error = await failure;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  test('a read answered in time gives its answer; one whose body is cut off fails as a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify([]), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    await expect(answer(api.GET('/api/my/rounds'))).resolves.toEqual([]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('[{"year": 20', { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    await expect(answer(api.GET('/api/my/rounds'))).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS, code: 'network_error' });
  });

  test('a write is not cut off (submitting may take long and must not be sent twice), except those whose outcome is read back', async () => {
    const { fetch, calls } = unansweredFetch();
    vi.stubGlobal('fetch', fetch);
    const ref = { year: 2026, organisationId: 1 };
    const submit = answer(
      api.POST('/api/rounds/{year}/organisations/{organisationId}/response/submit', { params: { path: ref }, body: { version: 3 } }),
    );
    const save = surveyApi.saveArea(ref, 'policy', { version: 3, main: 'no', followup: null, comment: null });
    const saveFailure = save.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(ANSWER_TIME_LIMIT_MS);
    expect(calls.map((call) => call.method)).toEqual(['POST', 'PUT']);
    expect(await saveFailure).toMatchObject({ status: NETWORK_ERROR_STATUS });
    await vi.advanceTimersByTimeAsync(10 * ANSWER_TIME_LIMIT_MS);
    expect(await settledState(submit)).toBe('pending');
  });

  test('the action plan’s and the audit register’s writes give up too: the pages read back one whose outcome is unknown', async () => {
    const { fetch, calls } = unansweredFetch();
    vi.stubGlobal('fetch', fetch);
    const change = planApi.update(1, 7, { version: 2, title: 'Riskanalys', responsible: '', dueOn: null, status: 'planned', evidence: '' });
    const audit = registerCalls.createAudit({
      organisationId: 1,
      body: { title: 'Granskning', auditorFirm: 'KPMG', auditedOn: '2025-04-10', reportReference: '' },
    });
    const failures = Promise.all([change, audit].map((write) => write.catch((error: unknown) => error)));
    await vi.advanceTimersByTimeAsync(ANSWER_TIME_LIMIT_MS);
    expect(calls.map((call) => call.method)).toEqual(['PUT', 'POST']);
    for (const error of await failures) expect(error).toMatchObject({ status: NETWORK_ERROR_STATUS, code: 'network_error' });
  });
});
