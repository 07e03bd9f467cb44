import type { Routes } from '@angular/router';
import { signedInGuard } from '../core/session/session.guards';

/**
 * /skills/…: the public 特技バンク (anyone), and 「センターに相談する」 about a listed skill (logged
 * in; others log in first and come back). Titles are translation keys.
 */
export const skillListingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.skillListing',
    loadComponent: () => import('./feature/skill-listing.page').then((m) => m.SkillListingPage),
  },
  {
    path: ':listingId/ask',
    pathMatch: 'full',
    title: 'titles.skillAsk',
    canActivate: [signedInGuard],
    loadComponent: () => import('./feature/ask.page').then((m) => m.SkillAskPage),
  },
  {
    path: ':listingId/ask/done',
    title: 'titles.skillAskDone',
    canActivate: [signedInGuard],
    loadComponent: () => import('./feature/ask-done.page').then((m) => m.SkillAskDonePage),
  },
];
