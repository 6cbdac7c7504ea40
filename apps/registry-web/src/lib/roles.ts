/** The roles a session can carry (the API's token claims); shown as codes, never translated. */
export const ROLES = ['POLICE_REGIONAL', 'POLICE_NATIONAL', 'MUNICIPALITY', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const POLICE_ROLES: readonly Role[] = ['POLICE_REGIONAL', 'POLICE_NATIONAL'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

/** Where a role starts after signing in. */
export function homePathOf(roles: readonly Role[]): string {
  if (hasAnyRole(roles, POLICE_ROLES)) return '/cases';
  if (roles.includes('MUNICIPALITY')) return '/clearance';
  if (roles.includes('AUDITOR')) return '/audit';
  return '/login';
}

export interface NavItem {
  path: string;
  /** common namespace key of the link text */
  labelKey: 'nav.cases' | 'nav.alerts' | 'nav.overrides' | 'nav.statistics' | 'nav.clearance' | 'nav.audit';
  roles: readonly Role[];
}

/** Role-based navigation: what each role is shown; the API decides what each role may do. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/cases', labelKey: 'nav.cases', roles: POLICE_ROLES },
  { path: '/alerts', labelKey: 'nav.alerts', roles: POLICE_ROLES },
  { path: '/overrides', labelKey: 'nav.overrides', roles: ['POLICE_NATIONAL'] },
  { path: '/statistics', labelKey: 'nav.statistics', roles: POLICE_ROLES },
  { path: '/clearance', labelKey: 'nav.clearance', roles: ['MUNICIPALITY'] },
  { path: '/audit', labelKey: 'nav.audit', roles: ['AUDITOR'] },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}
