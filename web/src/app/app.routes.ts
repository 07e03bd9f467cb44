import type { Routes } from '@angular/router';
import { adminGuard, NO_ACCESS_PATH, staffGuard } from './core/session/session.guards';

/** Route titles are translation keys (see TranslatedTitleStrategy). One lazy chunk per domain. */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.home',
    loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
  },
  {
    path: 'volunteer',
    loadChildren: () => import('./enquiries/enquiries.routes').then((m) => m.enquiryRoutes),
  },
  {
    // 住民の一覧, 代理登録, 住民の詳細: コーディネーター and 管理者.
    path: 'staff/people',
    canActivate: [staffGuard],
    loadChildren: () => import('./people/people.routes').then((m) => m.peopleRoutes),
  },
  {
    // 監査ログ: 管理者 only.
    path: 'admin/audit-log',
    canActivate: [adminGuard],
    loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    // 団体・企業の登録申請: anyone logged in (the child routes carry signedInGuard).
    path: 'organisations',
    loadChildren: () => import('./organisations/organisations.routes').then((m) => m.organisationRoutes),
  },
  {
    // 登録申請の審査: コーディネーター and 管理者.
    path: 'staff/organisations',
    canActivate: [staffGuard],
    loadChildren: () => import('./organisations/organisations.routes').then((m) => m.organisationReviewRoutes),
  },
  {
    // センターと地区の管理, 職員の登録: 管理者 only (after admin/audit-log, which matches first).
    path: 'admin',
    canActivate: [adminGuard],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    // Shown (at the address asked for) to a logged-in person without the role a page needs.
    path: NO_ACCESS_PATH.slice(1),
    title: 'titles.noAccess',
    loadComponent: () => import('./no-access/no-access.page').then((m) => m.NoAccessPage),
  },
  {
    // /signup, /login, /verify-email, /password-reset, /me: the account pages, one lazy chunk.
    path: '',
    loadChildren: () => import('./accounts/accounts.routes').then((m) => m.accountRoutes),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
