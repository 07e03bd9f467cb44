import type { Routes } from '@angular/router';

/**
 * /staff/requests/:id/matching: マッチング for one request. The parent route (app.routes.ts) lets in
 * コーディネーター and 管理者 only; the API limits each coordinator to their centers' requests.
 */
export const staffMatchingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.matchingConsole',
    loadComponent: () => import('./feature/matching-console.page').then((m) => m.MatchingConsolePage),
  },
];

/** /offers/respond?token=…&answer=…: the 打診 mail's link, without logging in. */
export const offerResponseRoutes: Routes = [
  // The mail's link always carries /respond: /offers alone is no page (it would otherwise show an empty one).
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.notFound',
    loadComponent: () => import('../not-found/not-found.page').then((m) => m.NotFoundPage),
  },
  {
    path: 'respond',
    title: 'titles.offerRespond',
    loadComponent: () => import('./feature/offer-respond.page').then((m) => m.OfferRespondPage),
  },
];

/** /me/requests-for-you: the volunteer's own (the parent route needs a login). */
export const requestsForYouRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.requestsForYou',
    loadComponent: () => import('./feature/requests-for-you.page').then((m) => m.RequestsForYouPage),
  },
];

/** /me/matches: the volunteer's own matches (the parent route needs a login). */
export const myMatchesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.myMatches',
    loadComponent: () => import('./feature/my-matches.page').then((m) => m.MyMatchesPage),
  },
];
