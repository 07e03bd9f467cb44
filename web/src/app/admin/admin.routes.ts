import type { Routes } from '@angular/router';

/**
 * /admin/…: the 管理者's pages (センターと地区の管理, 職員の登録). The parent route (app.routes.ts)
 * lets in 管理者 only. Titles are translation keys.
 */
export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'centers' },
  {
    path: 'centers',
    title: 'titles.adminCenters',
    loadComponent: () => import('./feature/centers.page').then((m) => m.AdminCentersPage),
  },
  {
    path: 'staff',
    title: 'titles.adminStaff',
    data: { wide: true },
    loadComponent: () => import('./feature/staff.page').then((m) => m.AdminStaffPage),
  },
];
