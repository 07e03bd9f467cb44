import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Router } from '@angular/router';
import { SessionStore } from './session.store';

/** Pages for a logged-in person: anyone else goes to the login page, and comes back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenKnown();
  return session.signedIn() || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Log in and sign up are for people who are not logged in: the others go to マイページ. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenKnown();
  return !session.signedIn() || router.createUrlTree(['/me']);
};
