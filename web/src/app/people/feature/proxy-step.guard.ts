import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../../core/session/session.store';
import { todayInJapan } from '../../shared/util/calendar-date';
import { ProxyRegistrationStore } from '../data-access/proxy-registration.store';
import { firstIncompleteProxyStep, PROXY_STEP_PATHS, type ProxyStep } from '../util/proxy-draft';

/**
 * A 代理登録 step (or the confirmation, `data.step` 'confirm') opens only when the steps before it
 * are done; otherwise the coordinator is taken to the first one with something missing. After a
 * reload the draft is empty (it is never stored), so they start again at step 1.
 */
export const proxyStepGuard: CanActivateFn = (route) => {
  const store = inject(ProxyRegistrationStore);
  store.prepareFor(inject(SessionStore).viewer());
  const step = route.data['step'] as ProxyStep | 'confirm';
  const missing = firstIncompleteProxyStep(store.draft(), todayInJapan(), step === 'confirm' ? undefined : step);
  return missing === null || inject(Router).parseUrl(PROXY_STEP_PATHS[missing]);
};
