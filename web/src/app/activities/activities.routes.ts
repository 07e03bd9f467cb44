import type { Routes } from '@angular/router';

/**
 * /staff/activities/figures: 活動の実績. The parent route (app.routes.ts) lets in コーディネーター and
 * 管理者 only; the API counts the centers each coordinator covers.
 */
export const activityRoutes: Routes = [
  // The staff menu links to figures; /staff/activities alone would otherwise show an empty page.
  { path: '', pathMatch: 'full', redirectTo: 'figures' },
  {
    path: 'figures',
    title: 'titles.activityFigures',
    data: { wide: true },
    loadComponent: () => import('./feature/activity-figures.page').then((m) => m.ActivityFiguresPage),
  },
];
