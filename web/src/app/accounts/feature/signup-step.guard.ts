import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AccountsStore } from '../data-access/accounts.store';
import { firstIncompleteStep, SIGNUP_STEP_PATHS, type SignupStep } from '../util/signup-draft';

/**
 * A signup step (or the confirmation, `data.step` 'confirm') opens only when the steps before it
 * are done; otherwise the person is taken to the first one with something missing. After a reload
 * the draft is empty (it is never stored), so they start again at step 1.
 */
export const signupStepGuard: CanActivateFn = (route) => {
  const step = route.data['step'] as SignupStep | 'confirm';
  const missing = firstIncompleteStep(inject(AccountsStore).draft(), step === 'confirm' ? undefined : step);
  return missing === null || inject(Router).parseUrl(SIGNUP_STEP_PATHS[missing]);
};
