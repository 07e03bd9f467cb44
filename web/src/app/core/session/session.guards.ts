import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { RedirectCommand, Router } from '@angular/router';
import { SessionStore } from './session.store';

/** Where a signed-in person without the needed role is shown 「このページを見る権限がありません」. */
export const NO_ACCESS_PATH = '/no-access';

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

/**
 * A page for some roles only. Not logged in: the login page, then back here. Logged in without
 * the role: the plain 「権限がありません」 page, shown at the address asked for (the address bar
 * keeps it, so the person can tell a colleague which page they could not open).
 */
function roleGuard(allowed: (session: SessionStore) => boolean): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.whenKnown();
    if (!session.signedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return allowed(session) || new RedirectCommand(router.parseUrl(NO_ACCESS_PATH), { skipLocationChange: true });
  };
}

/** Staff pages (住民の一覧, 代理登録, 住民の詳細): コーディネーター and 管理者. */
export const staffGuard: CanActivateFn = roleGuard((session) => session.isStaff());

/** 監査ログ: 管理者 only. */
export const adminGuard: CanActivateFn = roleGuard((session) => session.isAdmin());
