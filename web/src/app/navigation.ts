import type { AccessRole } from '#web/auth/session';
import { paths } from './paths';

export type NavigationItem = {
  path: string;
  /** Key in the common namespace. */
  labelKey: 'nav.survey' | 'nav.results' | 'nav.national' | 'nav.admin';
  /** Key in the start namespace: what the start page says about the link. */
  descriptionKey: 'links.survey' | 'links.results' | 'links.national' | 'links.admin';
  /** Who sees the link; the route itself is guarded with the same roles in routes.tsx. */
  roles: readonly AccessRole[];
};

/** The primary navigation, in order. A user sees the items one of their roles allows. */
export const navigationItems: readonly NavigationItem[] = [
  { path: paths.survey, labelKey: 'nav.survey', descriptionKey: 'links.survey', roles: ['respondent'] },
  { path: paths.results, labelKey: 'nav.results', descriptionKey: 'links.results', roles: ['respondent', 'viewer', 'auditor'] },
  { path: paths.national, labelKey: 'nav.national', descriptionKey: 'links.national', roles: ['analyst', 'admin'] },
  { path: paths.admin, labelKey: 'nav.admin', descriptionKey: 'links.admin', roles: ['admin'] },
];

export function navigationItemFor(path: string): NavigationItem {
  const item = navigationItems.find((candidate) => candidate.path === path);
  if (!item) throw new Error(`No navigation item for ${path}`);
  return item;
}
