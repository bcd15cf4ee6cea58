// Which of the pages' shared modules the build puts into one chunk (docs/decisions/0038).
//
// Left to itself, Rolldown gives every set of pages that share a module a chunk of its own. The national page then
// loaded 14 chunks besides its own, most under 1 kB, and the results page 16. Over HTTP/1.1 a phone fetches six at a
// time, each costing a round trip, and they all come before the page's first paint (the page's HTML preloads them,
// decision 0031). A family below is a few modules that the same pages load together; each family is one chunk.
// A page that uses one module of a family loads the whole family, so a family holds only what its pages nearly
// all use, and nothing the survey form's budget (150 kB) would pay for without using it.
import { existsSync } from 'node:fs';
import path from 'node:path';

const FAMILIES: Record<string, string[]> = {
  // The survey form, results and national pages and most others: the turns their sections render in, query states,
  // API error texts and date formats.
  'page-parts': [
    'web/src/components/SectionTurn.tsx',
    'web/src/components/turns.ts',
    'web/src/components/QueryError.tsx',
    'web/src/components/QueryStatus.tsx',
    'web/src/components/formatters.ts',
    'web/src/api/errorText.tsx',
    'web/src/pages/survey/format.ts',
  ],
  // The figures of the results, national, report and group pages: charts, tables, the page's contents, and the
  // lists the national filters offer. The admin pages' tables load it too (TableScroll).
  'report-parts': [
    'web/src/components/ChartTurn.tsx',
    'web/src/components/MiniLineChart.tsx',
    'web/src/components/HorizontalBars.tsx',
    'web/src/components/AreaTable.tsx',
    'web/src/components/TableScroll.tsx',
    'web/src/components/PageContents.tsx',
    'web/src/components/WithheldExplanation.tsx',
    'web/src/components/useHashTarget.ts',
    'web/src/components/charts.css',
    'web/src/components/area-table.css',
    'web/src/pages/roundsQuery.ts',
    'shared/api/organisation-types.ts',
    'shared/api/response-statuses.ts',
  ],
  // What the results page and the action plan share: the plan's section and items, the audit register's calls
  // they make, the confirmation, and the results' own query with its organisation choice.
  'plan-parts': [
    'web/src/pages/plan/PlanSection.tsx',
    'web/src/pages/plan/ActionItem.tsx',
    'web/src/pages/plan/LazyActionForm.tsx',
    'web/src/pages/audits/auditsApi.ts',
    'web/src/components/Confirm.tsx',
    'web/src/components/confirm.css',
    'web/src/pages/plan/plan.css',
    'web/src/pages/results/resultsApi.ts',
    'web/src/components/OrganisationSelect.tsx',
    'web/src/auth/readableOrganisations.ts',
    'shared/readable-organisations.ts',
  ],
  // The survey's pages (overview, form, review): the draft and its store, the survey's calls and its status.
  'survey-parts': [
    'web/src/pages/survey/SurveyLoad.tsx',
    'web/src/pages/survey/useSurveyDraft.ts',
    'web/src/pages/survey/useSurveyActions.ts',
    'web/src/pages/survey/LazyResponseHistory.tsx',
    'web/src/pages/survey/answerText.ts',
    'web/src/pages/survey/draftStore.ts',
    'web/src/pages/survey/surveyApi.ts',
    'web/src/pages/survey/progress.ts',
    'web/src/pages/survey/StatusBadge.tsx',
    'web/src/pages/survey/roundPhase.ts',
    'web/src/pages/survey/survey.css',
    'shared/api/response-rules.ts',
  ],
};

/**
 * Rolldown `codeSplitting` groups, one per family. Each captures exactly its listed modules, not what they import
 * (which stays where Rolldown puts it, shared or in the entry). A listed file that no longer exists fails the build, so
 * a rename cannot quietly undo a family.
 */
export function pageChunkGroups(repositoryRoot: string) {
  return Object.entries(FAMILIES).map(([name, files]) => {
    const modules = new Set(files.map((file) => path.resolve(repositoryRoot, file)));
    const missing = [...modules].filter((file) => !existsSync(file));
    if (missing.length > 0)
      throw new Error(`Chunk family ${name} lists files that do not exist (scripts/page-chunk-groups.ts): ${missing.join(', ')}`);
    return { name, test: (id: string) => modules.has(id), includeDependenciesRecursively: false };
  });
}
