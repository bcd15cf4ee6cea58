import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '#web/api/client';
import { useSession } from '#web/auth/session';
import { currentSessionOwner, onSessionEnd, surveyDraftKey } from '#web/auth/sessionBoundary';
import { DraftStore } from './draftStore';
import { surveyApi, surveyQueries, useSurveyResponse, type SurveyRef } from './surveyApi';

// One store per person, round and organisation, kept across the survey and
// review pages so that unsaved work and its save queue survive navigation.
// When the person changes (logout, another login here or in another tab),
// every store stops: no timer may send their edits with someone else's session.
const stores = new Map<string, DraftStore>();
onSessionEnd(() => {
  for (const store of stores.values()) store.dispose();
  stores.clear();
});

const sessionChanged = () => new ApiError(401, 'session_changed', 'Someone else is logged in now.');

function storeFor(ref: SurveyRef, userId: number, onStale: () => void): DraftStore {
  const key = surveyDraftKey(userId, ref.year, ref.organisationId);
  let store = stores.get(key);
  if (!store) {
    // Checked before every save, retries included: the cookie may already be another person's.
    const save = (areaKey: string, body: Parameters<typeof surveyApi.saveArea>[2]) =>
      currentSessionOwner() === userId ? surveyApi.saveArea(ref, areaKey, body) : Promise.reject(sessionChanged());
    store = new DraftStore(key, save, onStale);
    stores.set(key, store);
  }
  return store;
}

/** The year and organisation from the address; NaN when malformed (the API then answers 400/404). */
export function useSurveyRef(): SurveyRef {
  const params = useParams();
  return { year: Number(params.year), organisationId: Number(params.organisationId) };
}

/** The response from the server, and the draft store that autosaves the person's edits to it. */
export function useSurveyDraft(ref: SurveyRef) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  const query = useSurveyResponse(ref);
  const [store] = useState(() =>
    storeFor(ref, user?.id ?? 0, () => void queryClient.invalidateQueries({ queryKey: surveyQueries.response(ref).queryKey })),
  );
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    if (query.data) store.load(query.data);
  }, [query.data, store]);

  useEffect(() => {
    const retry = () => store.retryNow();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [store]);

  return { store, state, query };
}
