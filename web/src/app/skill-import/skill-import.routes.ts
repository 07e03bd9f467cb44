import type { Routes } from '@angular/router';

/**
 * /staff/skills/import: 名簿の取り込み. The parent route (app.routes.ts) lets in コーディネーター and
 * 管理者 only; the API checks the center. Titles are translation keys.
 */
export const skillImportRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.skillImport',
    loadComponent: () => import('./feature/skill-import.page').then((m) => m.SkillImportPage),
  },
];
