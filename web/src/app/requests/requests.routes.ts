import { inject } from '@angular/core';
import { Router, type Routes } from '@angular/router';
import { IntakeStore } from './data-access/intake.store';
import { requestDetailResolver } from './data-access/request-detail.store';
import { RequestFormStore } from './data-access/request-form.store';
import { requestStepGuard } from './feature/request-step.guard';

const stepPage = () => import('./feature/request-step.page').then((m) => m.RequestStepPage);
const confirmPage = () => import('./feature/request-confirm.page').then((m) => m.RequestConfirmPage);

/** The steps of the request form after the first, then the confirmation (each flow's base route holds the first). */
function requestSteps(titles: { schedule: string; place: string; confirm: string }): Routes {
  return [
    { path: 'schedule', title: titles.schedule, data: { step: 'schedule' }, canActivate: [requestStepGuard], loadComponent: stepPage },
    { path: 'place', title: titles.place, data: { step: 'place' }, canActivate: [requestStepGuard], loadComponent: stepPage },
    { path: 'confirm', title: titles.confirm, data: { step: 'confirm' }, canActivate: [requestStepGuard], loadComponent: confirmPage },
  ];
}

/**
 * /requests/…: a member's 依頼 — the list of their groups' and their own requests, 新しい依頼 (for
 * an approved group), a request's page, and changing a draft. The parent route (app.routes.ts)
 * needs a login; the API decides what each person may see. Each form flow's route provides its
 * own RequestFormStore, so its draft is kept apart. Titles are translation keys.
 */
export const myRequestRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.myRequests',
    loadComponent: () => import('./feature/my-requests.page').then((m) => m.MyRequestsPage),
  },
  {
    path: 'new',
    data: { requestFlow: 'new' },
    providers: [RequestFormStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.requestContent',
        data: { step: 'content' },
        canActivate: [requestStepGuard],
        loadComponent: stepPage,
      },
      ...requestSteps({ schedule: 'titles.requestSchedule', place: 'titles.requestPlace', confirm: 'titles.requestConfirm' }),
      {
        path: 'done',
        title: 'titles.requestDone',
        loadComponent: () => import('./feature/request-done.page').then((m) => m.RequestDonePage),
      },
    ],
  },
  {
    path: ':id/edit',
    data: { requestFlow: 'edit' },
    providers: [RequestFormStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.requestEdit',
        data: { step: 'content' },
        canActivate: [requestStepGuard],
        loadComponent: stepPage,
      },
      ...requestSteps({ schedule: 'titles.requestEdit', place: 'titles.requestEdit', confirm: 'titles.requestEdit' }),
    ],
  },
  {
    path: ':id',
    title: 'titles.requestDetail',
    data: { audience: 'member' },
    resolve: { request: requestDetailResolver },
    loadComponent: () => import('./feature/request-detail.page').then((m) => m.RequestDetailPage),
  },
];

/**
 * /staff/requests/…: 依頼の一覧 with status filters (下書き included: the old /staff/requests/drafts
 * leads there), 電話・窓口で受けた依頼, a request's page with its moves, and changing a request.
 * The parent route (app.routes.ts) lets in コーディネーター and 管理者 only; the match console
 * (/staff/requests/:id/matching) is routed before this one.
 */
export const staffRequestRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.staffRequests',
    data: { wide: true },
    loadComponent: () => import('./feature/staff-requests.page').then((m) => m.StaffRequestsPage),
  },
  {
    // The drafts list that came first: bookmarks keep working.
    path: 'drafts',
    redirectTo: () => inject(Router).createUrlTree(['/staff/requests'], { queryParams: { status: 'draft' } }),
  },
  {
    path: 'intake',
    data: { requestFlow: 'intake' },
    providers: [RequestFormStore, IntakeStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.intakeRequester',
        data: { step: 'requester' },
        canActivate: [requestStepGuard],
        loadComponent: stepPage,
      },
      {
        path: 'content',
        title: 'titles.intakeContent',
        data: { step: 'content' },
        canActivate: [requestStepGuard],
        loadComponent: stepPage,
      },
      ...requestSteps({ schedule: 'titles.intakeSchedule', place: 'titles.intakePlace', confirm: 'titles.intakeConfirm' }),
    ],
  },
  {
    path: ':id/edit',
    data: { requestFlow: 'staff-edit' },
    providers: [RequestFormStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.requestEdit',
        data: { step: 'content' },
        canActivate: [requestStepGuard],
        loadComponent: stepPage,
      },
      ...requestSteps({ schedule: 'titles.requestEdit', place: 'titles.requestEdit', confirm: 'titles.requestEdit' }),
    ],
  },
  {
    path: ':id',
    title: 'titles.requestDetail',
    data: { audience: 'staff' },
    resolve: { request: requestDetailResolver },
    loadComponent: () => import('./feature/request-detail.page').then((m) => m.RequestDetailPage),
  },
];
