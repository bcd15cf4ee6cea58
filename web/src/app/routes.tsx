import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole, RequireSession } from '#web/auth/guards';
import { SIGNED_IN_ROUTE } from '#web/auth/session';
import { AppLayout } from '#web/layout/AppLayout';
import { loadNamespaces } from '#web/i18n/index';
import { RouteErrorPage } from '#web/layout/RouteErrorPage';
import type { ClientRoutePattern } from '#shared/client-routes';
import { navigationItemFor } from './navigation';
import { paths, surveyPaths } from './paths';

/**
 * A route whose page module (default export) is loaded on first visit: each
 * page is its own chunk. `namespaces` names lazy translation namespaces (see
 * i18n/index.ts) to load alongside it.
 */
const page =
  (load: () => Promise<{ default: ComponentType }>, namespaces: readonly string[] = []) =>
  async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: module.default };
  };

/**
 * The shape of the route table as far as paths go: only patterns from
 * shared/client-routes.ts (which the server also answers 200 for) or the
 * catch-all, so the two cannot drift apart.
 */
type RoutePaths = { path?: ClientRoutePattern | '*'; children?: readonly RoutePaths[]; [key: string]: unknown };

/**
 * The route table. To add a page: add its path to shared/client-routes.ts, its module under
 * pages/<feature>/, a route here (under the guard for the roles that may see
 * it; RequireSession for any logged-in user), the same module and namespaces in
 * shared/page-preloads.ts (the server preloads them with the page's HTML;
 * test/page-preloads.test.ts checks the two agree), and a navigation item in
 * navigation.ts if it belongs in the menu.
 */
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, lazy: page(() => import('#web/pages/start/StartPage')) },
      { path: paths.login, lazy: page(() => import('#web/pages/auth/LoginPage'), ['federation']) },
      { path: paths.forgotPassword, lazy: page(() => import('#web/pages/auth/ForgotPasswordPage')) },
      { path: paths.resetPassword, lazy: page(() => import('#web/pages/auth/ResetPasswordPage')) },
      { path: paths.acceptInvitation, lazy: page(() => import('#web/pages/auth/AcceptInvitationPage'), ['access']) },
      { path: paths.federationRefused, lazy: page(() => import('#web/pages/auth/FederationRefusedPage'), ['federation']) },
      { path: paths.registration, lazy: page(() => import('#web/pages/registration/RegisterPage'), ['registration']) },
      { path: paths.openData, lazy: page(() => import('#web/pages/open-data/OpenDataPage'), ['openData']) },
      { path: paths.report, lazy: page(() => import('#web/pages/report/ReportPage'), ['report']) },
      // Reached with a session still waiting for its second factor, so outside RequireSession (docs/decisions/0024).
      { path: paths.mfaChallenge, lazy: page(() => import('#web/pages/mfa/MfaChallengePage'), ['mfa']) },
      { path: paths.mfaSetup, lazy: page(() => import('#web/pages/mfa/MfaSetupPage'), ['mfa']) },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireSession />,
        children: [{ path: paths.account, lazy: page(() => import('#web/pages/account/AccountPage'), ['account', 'mfa']) }],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={navigationItemFor(paths.survey).roles} />,
        children: [
          { path: paths.survey, lazy: page(() => import('#web/pages/survey/SurveyPage'), ['survey']) },
          { path: surveyPaths.formPattern, lazy: page(() => import('#web/pages/survey/SurveyFormPage'), ['survey', 'plan']) },
          { path: surveyPaths.reviewPattern, lazy: page(() => import('#web/pages/survey/ReviewPage'), ['survey']) },
        ],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={navigationItemFor(paths.results).roles} />,
        children: [
          { path: paths.results, lazy: page(() => import('#web/pages/results/ResultsPage'), ['results', 'plan']) },
          { path: paths.plan, lazy: page(() => import('#web/pages/plan/PlanPage'), ['plan']) },
        ],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={['respondent', 'viewer', 'auditor', 'admin']} />,
        children: [{ path: paths.auditRegister, lazy: page(() => import('#web/pages/audits/AuditRegisterPage'), ['auditRegister', 'plan']) }],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={['respondent', 'viewer']} />,
        children: [
          { path: paths.organisation, lazy: page(() => import('#web/pages/organisation/OrganisationPage'), ['access']) },
          { path: paths.group, lazy: page(() => import('#web/pages/organisation/GroupPage'), ['access']) },
        ],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={navigationItemFor(paths.national).roles} />,
        children: [{ path: paths.national, lazy: page(() => import('#web/pages/national/NationalPage'), ['national', 'plan']) }],
      },
      {
        handle: SIGNED_IN_ROUTE,
        element: <RequireRole roles={navigationItemFor(paths.admin).roles} />,
        children: [
          { path: paths.admin, lazy: page(() => import('#web/pages/admin/AdminPage')) },
          { path: paths.adminUsers, lazy: page(() => import('#web/pages/admin/UsersPage'), ['mfa', 'rounds']) },
          { path: paths.adminOrganisations, lazy: page(() => import('#web/pages/admin/OrganisationsPage')) },
          { path: paths.adminOutbox, lazy: page(() => import('#web/pages/admin/OutboxPage')) },
          { path: paths.adminAudit, lazy: page(() => import('#web/pages/admin/AuditPage')) },
          { path: paths.adminRounds, lazy: page(() => import('#web/pages/admin/rounds/RoundsPage'), ['rounds', 'admin']) },
          { path: paths.adminRound, lazy: page(() => import('#web/pages/admin/rounds/RoundPage'), ['rounds', 'admin']) },
          {
            path: paths.adminIdentityProviders,
            lazy: page(() => import('#web/pages/admin/identity-providers/IdentityProvidersPage'), ['federation', 'admin']),
          },
          { path: paths.adminBankVersions, lazy: page(() => import('#web/pages/admin/rounds/BankVersionsPage'), ['rounds', 'admin', 'bankEditor']) },
        ],
      },
      { path: '*', lazy: page(() => import('#web/pages/NotFoundPage')) },
    ],
  },
] satisfies RoutePaths[];
