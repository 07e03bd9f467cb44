import type { Routes } from '@angular/router';

/**
 * /staff/skills/figures: 登録者数. The parent route (app.routes.ts) lets in コーディネーター and
 * 管理者 only; the API counts the centers each coordinator covers.
 */
export const skillFiguresRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.skillFigures',
    data: { wide: true },
    loadComponent: () => import('./feature/skill-figures.page').then((m) => m.SkillFiguresPage),
  },
];
