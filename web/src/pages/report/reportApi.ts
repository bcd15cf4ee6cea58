import { queryOptions } from '@tanstack/react-query';
import { answer, api, done } from '#web/api/client';
// Types only: the server validates its answers.
import type { Report, ReportArea, ReportCounty } from '#shared/api/reports';

export type { Report, ReportArea, ReportCounty };

export const reportKeys = { report: (year: number, preview: boolean) => ['report', year, preview ? 'preview' : 'public'] as const };

/** The published report (anyone), or the preview of a closed round (analysts, administrators: the same figures). */
export const reportQuery = (year: number, preview: boolean) =>
  queryOptions({
    queryKey: reportKeys.report(year, preview),
    queryFn: ({ signal }) =>
      preview
        ? answer(api.GET('/api/reports/{year}/preview', { params: { path: { year } }, signal }))
        : answer(api.GET('/api/reports/{year}', { params: { path: { year } }, signal })),
    retry: false,
  });

export const saveCommentary = (year: number, section: string, body: string) =>
  done(api.PUT('/api/reports/{year}/commentary/{section}', { params: { path: { year, section } }, body: { body } }));
