import type { Routes } from '@angular/router';

/** /admin/audit-log: 監査ログ. The parent route (app.routes.ts) lets in 管理者 only. */
export const auditRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.auditLog',
    data: { wide: true },
    loadComponent: () => import('./feature/audit-log.page').then((m) => m.AuditLogPage),
  },
];
