import type { Routes } from '@angular/router';

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
