import type { Routes } from '@angular/router';
import { proxyStepGuard } from './feature/proxy-step.guard';

const proxyStep = () => import('./feature/proxy-step.page').then((m) => m.ProxyStepPage);

/**
 * /staff/people/…: staff work with residents' records (住民の一覧, 代理登録, 住民の詳細). The
 * parent route (app.routes.ts) lets in コーディネーター and 管理者 only. Titles are translation keys.
 */
export const peopleRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.people',
    data: { wide: true },
    loadComponent: () => import('./feature/people-list.page').then((m) => m.PeopleListPage),
  },
  {
    path: 'new',
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.proxyPerson',
        data: { step: 'person' },
        canActivate: [proxyStepGuard],
        loadComponent: proxyStep,
      },
      {
        path: 'contact',
        title: 'titles.proxyContact',
        data: { step: 'contact' },
        canActivate: [proxyStepGuard],
        loadComponent: proxyStep,
      },
      {
        path: 'consent',
        title: 'titles.proxyConsent',
        data: { step: 'consent' },
        canActivate: [proxyStepGuard],
        loadComponent: proxyStep,
      },
      {
        path: 'confirm',
        title: 'titles.proxyConfirm',
        data: { step: 'confirm' },
        canActivate: [proxyStepGuard],
        loadComponent: () => import('./feature/proxy-confirm.page').then((m) => m.ProxyConfirmPage),
      },
      {
        path: 'done',
        title: 'titles.proxyDone',
        loadComponent: () => import('./feature/proxy-done.page').then((m) => m.ProxyDonePage),
      },
    ],
  },
  {
    path: ':id',
    title: 'titles.personDetail',
    loadComponent: () => import('./feature/person-detail.page').then((m) => m.PersonDetailPage),
  },
];
