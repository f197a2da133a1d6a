import { Route } from '@angular/router';
import { identityRoutes } from '@market/web/identity';
import { ShellLayout, notFoundRoute, shellRoutes } from '@market/web/shell';

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [...shellRoutes, ...identityRoutes, ...notFoundRoute],
  },
];
