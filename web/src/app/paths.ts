/** Every page's address, in one place: routes, links and redirects use these. */
export const paths = {
  start: '/',
  login: '/logga-in',
  forgotPassword: '/glomt-losenord',
  resetPassword: '/aterstall-losenord',
  acceptInvitation: '/inbjudan',
  account: '/konto',
  survey: '/enkat',
  results: '/resultat',
  national: '/nationellt',
  admin: '/administration',
  adminUsers: '/administration/anvandare',
  adminOrganisations: '/administration/organisationer',
  adminOutbox: '/administration/utkorg',
  adminAudit: '/administration/logg',
  adminRounds: '/administration/omgangar',
  adminRound: '/administration/omgangar/:year',
  adminBankVersions: '/administration/fragebanker',
  /** The registration link mailed with a round invitation (server/round-admin REGISTRATION_PATH). */
  registration: '/registrera',
} as const;

/** One round's administration page. */
export const adminRoundPath = (year: number) => paths.adminRound.replace(':year', String(year));

/** One organisation's survey of one year, and its review page. */
export const surveyPaths = {
  form: (year: number, organisationId: number) => `${paths.survey}/${year}/${organisationId}`,
  review: (year: number, organisationId: number) => `${paths.survey}/${year}/${organisationId}/granska`,
  /** Route patterns for the route table. */
  formPattern: `${paths.survey}/:year/:organisationId`,
  reviewPattern: `${paths.survey}/:year/:organisationId/granska`,
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
