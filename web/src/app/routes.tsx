import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/guards';
import { AppLayout } from '../layout/AppLayout';
import { RouteErrorPage } from '../layout/RouteErrorPage';
import { navigationItemFor } from './navigation';
import { paths } from './paths';

/** A route whose page module (default export) is loaded on first visit: each page is its own chunk. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

/**
 * The route table. To add a page: add its path to paths.ts, its module under
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
      { path: paths.registration, lazy: page(() => import('../pages/registration/RegisterPage')) },
      {
        element: <RequireRole roles={navigationItemFor(paths.survey).roles} />,
        children: [{ path: paths.survey, lazy: page(() => import('../pages/survey/SurveyPage')) }],
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
          { path: paths.adminRounds, lazy: page(() => import('../pages/admin/rounds/RoundsPage')) },
          { path: paths.adminRound, lazy: page(() => import('../pages/admin/rounds/RoundPage')) },
          { path: paths.adminBankVersions, lazy: page(() => import('../pages/admin/rounds/BankVersionsPage')) },
        ],
      },
      { path: '*', lazy: page(() => import('../pages/NotFoundPage')) },
    ],
  },
];
