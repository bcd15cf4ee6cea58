import type { TFunction } from 'i18next';
import type { AreaProgress } from '#shared/api/response-rules';
import { displayedProgress, displayedValues, type DraftState } from './draftStore';

/** The areas grouped by where they stand as the page shows them (unsaved edits included). */
export function groupByProgress<A extends { key: string }>(state: DraftState, areas: readonly A[]): Record<AreaProgress, A[]> {
  const groups: Record<AreaProgress, A[]> = { answered: [], to_confirm: [], unanswered: [] };
  for (const area of areas) groups[displayedProgress(state, area.key)].push(area);
  return groups;
}

/** "4 av 10 områden besvarade", with how many carried-over answers wait for confirmation when any do. */
export function progressText(t: TFunction<'survey'>, counts: { answered: number; toConfirm: number; total: number }): string {
  const { answered, toConfirm, total } = counts;
  return toConfirm > 0 ? t('progress.withToConfirm', { answered, total, count: toConfirm }) : t('progress.answered', { answered, total });
}

/**
 * Where an area stands as the area navigation shows it: the progress rule of
 * response-rules.ts, with "yes" still lacking its follow-up told apart from
 * not answered at all.
 */
export type AreaNavState = AreaProgress | 'followup_missing';

export function areaNavState(state: DraftState, areaKey: string): AreaNavState {
  const progress = displayedProgress(state, areaKey);
  if (progress === 'unanswered' && displayedValues(state, areaKey).main === 'yes') return 'followup_missing';
  return progress;
}
