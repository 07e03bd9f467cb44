import type { Routes } from '@angular/router';
import { signedInGuard } from '../core/session/session.guards';

/**
 * /organisations/…: 団体・企業の登録申請, for anyone logged in (others log in first and come back).
 * Titles are translation keys.
 */
export const organisationRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'apply' },
  {
    path: 'apply',
    pathMatch: 'full',
    title: 'titles.organisationApply',
    canActivate: [signedInGuard],
    loadComponent: () => import('./feature/apply.page').then((m) => m.OrganisationApplyPage),
  },
  {
    path: 'apply/done',
    title: 'titles.organisationApplied',
    canActivate: [signedInGuard],
    loadComponent: () => import('./feature/apply-done.page').then((m) => m.OrganisationApplyDonePage),
  },
];

/**
 * /staff/organisations: 登録申請の審査. The parent route (app.routes.ts) lets in コーディネーター and
 * 管理者 only; the API limits each coordinator to the centers they cover.
 */
export const organisationReviewRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.organisationReview',
    loadComponent: () => import('./feature/review.page').then((m) => m.OrganisationReviewPage),
  },
];
