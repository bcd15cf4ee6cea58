import { paths, surveyPatterns } from '#shared/client-routes';

/** Every page's address lives in shared/client-routes.ts, so the server knows which addresses are pages. */
export { paths };

/** One round's administration page. */
export const adminRoundPath = (year: number) => paths.adminRound.replace(':year', String(year));

/** The national report of a year. */
export const reportPath = (year: number) => paths.report.replace(':year', String(year));

/** One organisation's survey of one year, and its review page. */
export const surveyPaths = {
  form: (year: number, organisationId: number) => `${paths.survey}/${year}/${organisationId}`,
  review: (year: number, organisationId: number) => `${paths.survey}/${year}/${organisationId}/granska`,
  /** Route patterns for the route table. */
  formPattern: surveyPatterns.form,
  reviewPattern: surveyPatterns.review,
} as const;

const NEXT_PARAM = 'nasta';

/** The login address that brings the user back to `returnTo` afterwards. */
export function loginPathReturningTo(returnTo: string): string {
  if (returnTo === paths.start) return paths.login;
  return `${paths.login}?${new URLSearchParams({ [NEXT_PARAM]: returnTo })}`;
}

/** Where to go after login: only same-site paths, so the parameter cannot send users elsewhere. */
export function returnPathFrom(search: URLSearchParams): string {
  const next = search.get(NEXT_PARAM);
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.start;
  return next;
}
