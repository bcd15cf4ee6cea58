/**
 * Every page's address, in one place: the client's route table, links and
 * redirects use these (web/src/app/paths.ts), and the server answers 404 for
 * any other page address (server/app.ts). Plain strings, no imports: it lands
 * in the client's entry chunk.
 */
export const paths = {
  start: '/',
  login: '/logga-in',
  forgotPassword: '/glomt-losenord',
  resetPassword: '/aterstall-losenord',
  acceptInvitation: '/inbjudan',
  /** Where a federated sign-in that found no account (or was refused) ends (server/federation/urls.ts links here). */
  federationRefused: '/inloggning-nekad',
  account: '/konto',
  survey: '/enkat',
  results: '/resultat',
  /** One organisation's action plan (issue 17). */
  plan: '/handlingsplan',
  national: '/nationellt',
  /** The national report of a published round (public; analysts and administrators preview a closed one). */
  report: '/rapport/:year',
  admin: '/administration',
  adminUsers: '/administration/anvandare',
  adminOrganisations: '/administration/organisationer',
  adminOutbox: '/administration/utkorg',
  adminAudit: '/administration/logg',
  adminRounds: '/administration/omgangar',
  adminRound: '/administration/omgangar/:year',
  adminBankVersions: '/administration/fragebanker',
  /** One organisation's register of external audit recommendations. */
  auditRegister: '/revision/:organisationId',
  adminIdentityProviders: '/administration/identitetsleverantorer',
  /** The organisation's own page: its auditors (revisorer) and access log (?id= picks one of several). */
  organisation: '/organisation',
  /** A kommun and the organisations it is a group of, side by side (?id= picks the kommun). */
  group: '/organisation/grupp',
  /** The registration link mailed with a round invitation (server/round-admin/registration-tokens.ts links here). */
  registration: '/registrera',
  /** Open data: the published rounds' files and the catalogue (public; the files are the server's, under it). */
  openData: '/oppna-data',
  /** After the password: the second factor (docs/decisions/0024). */
  mfaChallenge: '/logga-in/tvastegsverifiering',
  /** Setting up a second factor: required roles are led here; others come from the account page. */
  mfaSetup: '/tvastegsverifiering',
} as const;

/** Route patterns of one organisation's survey of one year and its review page. */
export const surveyPatterns = {
  form: `${paths.survey}/:year/:organisationId`,
  review: `${paths.survey}/:year/:organisationId/granska`,
} as const;

/** A pattern the client's route table may use; routes.tsx accepts no other. */
export type ClientRoutePattern = (typeof paths)[keyof typeof paths] | (typeof surveyPatterns)[keyof typeof surveyPatterns];

export const clientRoutePatterns: readonly ClientRoutePattern[] = [...Object.values(paths), ...Object.values(surveyPatterns)];

const segmentsOf = (pathname: string) => pathname.split('/').filter((segment) => segment !== '');

/**
 * The client's route pattern at `pathname` (no query string) and its `:name`
 * parameters, or undefined. Matches as React Router does: case-insensitive, a
 * trailing slash ignored, a `:name` segment matching any one non-empty
 * segment; where two patterns match, the one with more fixed segments.
 */
export function matchClientRoute(pathname: string): { pattern: ClientRoutePattern; params: Record<string, string> } | undefined {
  const segments = segmentsOf(pathname);
  let best: { pattern: ClientRoutePattern; params: Record<string, string>; fixed: number } | undefined;
  for (const pattern of clientRoutePatterns) {
    const patternSegments = segmentsOf(pattern);
    if (patternSegments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let fixed = 0;
    let matches = true;
    patternSegments.forEach((segment, index) => {
      const actual = segments[index]!;
      if (segment.startsWith(':')) params[segment.slice(1)] = actual;
      else if (segment.toLowerCase() === actual.toLowerCase()) fixed += 1;
      else matches = false;
    });
    if (matches && (!best || fixed > best.fixed)) best = { pattern, params, fixed };
  }
  return best && { pattern: best.pattern, params: best.params };
}

/** Whether the client has a page at `pathname` (no query string): see matchClientRoute. */
export function isClientRoute(pathname: string): boolean {
  return matchClientRoute(pathname) !== undefined;
}
