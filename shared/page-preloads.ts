import { paths, surveyPatterns, type ClientRoutePattern } from './client-routes';
import { chosenOrganisation, ORGANISATION_PARAM } from './readable-organisations';

/**
 * What each page needs before it can show itself, for the server to name in
 * the page's HTML (server/http/page-html.ts, docs/decisions/0031): the page's
 * module (a path under web/, as Vite's build manifest names it; its chunk, the
 * chunks and styles it imports statically come from the manifest), the lazy
 * translation namespaces its route loads with it (routes.tsx `page(load,
 * namespaces)`), and the API requests it makes first whose address the page's
 * own address decides.
 *
 * The route table (web/src/app/routes.tsx) is the client's: this table must
 * say the same, and test/page-preloads.test.ts fails when a route's module or
 * namespaces differ, or a page is missing here (the type requires every
 * pattern). Read by the server only: it never enters the client's bundle.
 */
export type PagePreload = {
  /** The page module, from web/ (`src/pages/…`). */
  module: string;
  /** Lazy namespaces the route loads beside the module, in the order routes.tsx names them. */
  namespaces: readonly string[];
  /**
   * The page's first GET requests (path and query), exactly as the page's fetch asks for them (a preload is
   * used only when the address matches), given the address, the reader's language and which organisations the
   * signed-in reader reads: asked only for a reader with a complete session.
   */
  data?: (page: PreloadPage) => readonly string[];
};

/** What a page's first requests may depend on. */
export type PreloadPage = {
  /** The address's path parameters (`:year`, `:organisationId`). */
  params: Readonly<Record<string, string>>;
  /** The address's query string (a URLSearchParams: shared/ has neither DOM nor Node types). */
  search: { get(name: string): string | null };
  language: PreloadLanguage;
  /** The organisations the signed-in reader reads, in the order the client offers them (shared/readable-organisations.ts). */
  organisations: ReadonlyMap<number, string>;
};

/** The languages a page can be preloaded for: Swedish, the default and fallback, and English. */
export type PreloadLanguage = 'sv' | 'en';

/** The language a page is preloaded for: English when the language cookie (shared/language.ts) says so, else Swedish. */
export const preloadLanguage = (cookie: string | undefined): PreloadLanguage => (cookie === 'en' ? 'en' : 'sv');

/** A whole number in a path parameter, or undefined: nothing else goes into a preloaded address. */
const wholeNumber = (value: string | undefined) => (value !== undefined && /^[1-9][0-9]{0,8}$/.test(value) ? value : undefined);

/**
 * The survey's response and the round's questions (the form and the review start from both: useSurveyLoad),
 * in the reader's language, as the page asks for them.
 */
function surveyData({ params, language }: PreloadPage): readonly string[] {
  const year = wholeNumber(params.year);
  const organisationId = wholeNumber(params.organisationId);
  if (!year || !organisationId) return [];
  return [`/api/rounds/${year}/organisations/${organisationId}/response`, `/api/rounds/${year}/questions?lang=${language}`];
}

/**
 * The latest results of the organisation the results page shows first (its link's `?organisation=` when the reader
 * reads it, else the reader's first), as the page asks for them (useOrganisationResults without a year). Only the
 * server, having looked the session up, knows whose they are (docs/decisions/0036).
 */
function resultsData({ search, language, organisations }: PreloadPage): readonly string[] {
  const organisationId = chosenOrganisation(organisations, search.get(ORGANISATION_PARAM));
  return organisationId === undefined ? [] : [`/api/organisations/${organisationId}/results?lang=${language}`];
}

export const pagePreloads: Readonly<Record<ClientRoutePattern, PagePreload>> = {
  [paths.start]: { module: 'src/pages/start/StartPage.tsx', namespaces: [] },
  [paths.login]: { module: 'src/pages/auth/LoginPage.tsx', namespaces: ['federation'] },
  [paths.forgotPassword]: { module: 'src/pages/auth/ForgotPasswordPage.tsx', namespaces: [] },
  [paths.resetPassword]: { module: 'src/pages/auth/ResetPasswordPage.tsx', namespaces: [] },
  [paths.acceptInvitation]: { module: 'src/pages/auth/AcceptInvitationPage.tsx', namespaces: ['access'] },
  [paths.federationRefused]: { module: 'src/pages/auth/FederationRefusedPage.tsx', namespaces: ['federation'] },
  [paths.registration]: { module: 'src/pages/registration/RegisterPage.tsx', namespaces: ['registration'] },
  [paths.openData]: { module: 'src/pages/open-data/OpenDataPage.tsx', namespaces: ['openData'] },
  [paths.report]: { module: 'src/pages/report/ReportPage.tsx', namespaces: ['report'] },
  [paths.mfaChallenge]: { module: 'src/pages/mfa/MfaChallengePage.tsx', namespaces: ['mfa'] },
  [paths.mfaSetup]: { module: 'src/pages/mfa/MfaSetupPage.tsx', namespaces: ['mfa'] },
  [paths.account]: { module: 'src/pages/account/AccountPage.tsx', namespaces: ['account', 'mfa'] },
  [paths.survey]: { module: 'src/pages/survey/SurveyPage.tsx', namespaces: ['survey'] },
  [surveyPatterns.form]: { module: 'src/pages/survey/SurveyFormPage.tsx', namespaces: ['survey', 'plan'], data: surveyData },
  [surveyPatterns.review]: { module: 'src/pages/survey/ReviewPage.tsx', namespaces: ['survey'], data: surveyData },
  [paths.results]: { module: 'src/pages/results/ResultsPage.tsx', namespaces: ['results', 'plan'], data: resultsData },
  [paths.plan]: { module: 'src/pages/plan/PlanPage.tsx', namespaces: ['plan'] },
  [paths.auditRegister]: { module: 'src/pages/audits/AuditRegisterPage.tsx', namespaces: ['auditRegister', 'plan'] },
  [paths.organisation]: { module: 'src/pages/organisation/OrganisationPage.tsx', namespaces: ['access'] },
  [paths.group]: { module: 'src/pages/organisation/GroupPage.tsx', namespaces: ['access'] },
  // The rounds and the filters' choices come before the figures (nationalView.ts): both before the page's chunk has run.
  // The improvement figures' texts (plan) load with the page: a part that waited for them when shown hid the whole page.
  [paths.national]: {
    module: 'src/pages/national/NationalPage.tsx',
    namespaces: ['national', 'plan'],
    data: () => ['/api/rounds', '/api/results/filter-options'],
  },
  [paths.admin]: { module: 'src/pages/admin/AdminPage.tsx', namespaces: [] },
  [paths.adminUsers]: { module: 'src/pages/admin/UsersPage.tsx', namespaces: ['mfa', 'rounds'] },
  [paths.adminOrganisations]: { module: 'src/pages/admin/OrganisationsPage.tsx', namespaces: [] },
  [paths.adminOutbox]: { module: 'src/pages/admin/OutboxPage.tsx', namespaces: [] },
  [paths.adminAudit]: { module: 'src/pages/admin/AuditPage.tsx', namespaces: [] },
  [paths.adminRounds]: { module: 'src/pages/admin/rounds/RoundsPage.tsx', namespaces: ['rounds', 'admin'] },
  [paths.adminRound]: { module: 'src/pages/admin/rounds/RoundPage.tsx', namespaces: ['rounds', 'admin'] },
  [paths.adminIdentityProviders]: { module: 'src/pages/admin/identity-providers/IdentityProvidersPage.tsx', namespaces: ['federation', 'admin'] },
  [paths.adminBankVersions]: { module: 'src/pages/admin/rounds/BankVersionsPage.tsx', namespaces: ['rounds', 'admin', 'bankEditor'] },
};

/** Every page asks who is signed in first (web/src/main.tsx): its answer decides what the page shows. */
export const SESSION_PRELOAD = '/api/auth/me';
