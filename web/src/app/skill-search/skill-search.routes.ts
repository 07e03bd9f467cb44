import type { Routes } from '@angular/router';

/**
 * /staff/skills: 特技バンクの検索. The parent route (app.routes.ts) lets in コーディネーター and
 * 管理者 only; the API limits each coordinator to the volunteers of the centers they cover.
 */
export const skillSearchRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.skillSearch',
    loadComponent: () => import('./feature/skill-search.page').then((m) => m.SkillSearchPage),
  },
];
