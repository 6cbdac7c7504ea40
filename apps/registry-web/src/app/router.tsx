import { lazy } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { POLICE_ROLES } from '../lib/roles';
import { AppProviders } from './providers';
import { ProtectedLayout } from './protected-layout';
import { RequireRole } from './require-role';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';

// One chunk per page: the map (the largest piece) loads only with a case.
const CasesRoute = lazy(() => import('./routes/cases'));
const CaseDetailRoute = lazy(() => import('./routes/case-detail'));
const AlertsRoute = lazy(() => import('./routes/alerts'));
const OverridesRoute = lazy(() => import('./routes/overrides'));
const StatisticsRoute = lazy(() => import('./routes/statistics'));
const ClearanceRoute = lazy(() => import('./routes/clearance'));
const AuditRoute = lazy(() => import('./routes/audit'));

function Root() {
  return (
    <AppProviders>
      <Outlet />
    </AppProviders>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/login', element: <LoginRoute /> },
      {
        element: <ProtectedLayout />,
        children: [
          { path: '/cases', element: <RequireRole roles={POLICE_ROLES}>{<CasesRoute />}</RequireRole> },
          { path: '/cases/:id', element: <RequireRole roles={POLICE_ROLES}>{<CaseDetailRoute />}</RequireRole> },
          { path: '/alerts', element: <RequireRole roles={POLICE_ROLES}>{<AlertsRoute />}</RequireRole> },
          { path: '/overrides', element: <RequireRole roles={['POLICE_NATIONAL']}>{<OverridesRoute />}</RequireRole> },
          { path: '/statistics', element: <RequireRole roles={POLICE_ROLES}>{<StatisticsRoute />}</RequireRole> },
          { path: '/clearance', element: <RequireRole roles={['MUNICIPALITY']}>{<ClearanceRoute />}</RequireRole> },
          { path: '/audit', element: <RequireRole roles={['AUDITOR']}>{<AuditRoute />}</RequireRole> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
