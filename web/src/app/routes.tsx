import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole, RequireSession } from '../auth/guards';
import { AppLayout } from '../layout/AppLayout';
import { loadNamespaces } from '../i18n';
import { RouteErrorPage } from '../layout/RouteErrorPage';
import type { ClientRoutePattern } from '../../../shared/client-routes';
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
 * it; RequireSession for any logged-in user), and a navigation item in
 * navigation.ts if it belongs in the menu.
 */
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, lazy: page(() => import('../pages/start/StartPage')) },
      { path: paths.login, lazy: page(() => import('../pages/auth/LoginPage')) },
      { path: paths.forgotPassword, lazy: page(() => import('../pages/auth/ForgotPasswordPage')) },
      { path: paths.resetPassword, lazy: page(() => import('../pages/auth/ResetPasswordPage')) },
      { path: paths.acceptInvitation, lazy: page(() => import('../pages/auth/AcceptInvitationPage')) },
      { path: paths.registration, lazy: page(() => import('../pages/registration/RegisterPage'), ['registration']) },
      {
        element: <RequireSession />,
        children: [{ path: paths.account, lazy: page(() => import('../pages/account/AccountPage'), ['account']) }],
      },
      {
        element: <RequireRole roles={navigationItemFor(paths.survey).roles} />,
        children: [
          { path: paths.survey, lazy: page(() => import('../pages/survey/SurveyPage'), ['survey']) },
          { path: surveyPaths.formPattern, lazy: page(() => import('../pages/survey/SurveyFormPage'), ['survey']) },
          { path: surveyPaths.reviewPattern, lazy: page(() => import('../pages/survey/ReviewPage'), ['survey']) },
        ],
      },
      {
        element: <RequireRole roles={navigationItemFor(paths.results).roles} />,
        children: [{ path: paths.results, lazy: page(() => import('../pages/results/ResultsPage')) }],
      },
      {
        element: <RequireRole roles={navigationItemFor(paths.national).roles} />,
        children: [{ path: paths.national, lazy: page(() => import('../pages/national/NationalPage')) }],
      },
      {
        element: <RequireRole roles={navigationItemFor(paths.admin).roles} />,
        children: [
          { path: paths.admin, lazy: page(() => import('../pages/admin/AdminPage')) },
          { path: paths.adminUsers, lazy: page(() => import('../pages/admin/UsersPage')) },
          { path: paths.adminOrganisations, lazy: page(() => import('../pages/admin/OrganisationsPage')) },
          { path: paths.adminOutbox, lazy: page(() => import('../pages/admin/OutboxPage')) },
          { path: paths.adminAudit, lazy: page(() => import('../pages/admin/AuditPage')) },
          { path: paths.adminRounds, lazy: page(() => import('../pages/admin/rounds/RoundsPage'), ['rounds', 'admin']) },
          { path: paths.adminRound, lazy: page(() => import('../pages/admin/rounds/RoundPage'), ['rounds', 'admin']) },
          { path: paths.adminBankVersions, lazy: page(() => import('../pages/admin/rounds/BankVersionsPage'), ['rounds', 'admin', 'bankEditor']) },
        ],
      },
      { path: '*', lazy: page(() => import('../pages/NotFoundPage')) },
    ],
  },
] satisfies RoutePaths[];
