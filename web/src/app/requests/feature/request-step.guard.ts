import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/session/session.store';
import { todayInJapan } from '../../shared/util/calendar-date';
import { IntakeStore } from '../data-access/intake.store';
import { RequestFormStore } from '../data-access/request-form.store';
import { RequestsApiService } from '../data-access/requests-api.service';
import { intakeProblems } from '../util/intake-draft';
import { emptyRequestDraft, firstIncompleteRequestStep, REQUEST_STEPS, type RequestStep } from '../util/request-draft';
import { canEditFields } from '../util/request-status';
import { type FlowStep, flowKey, flowStepPath, requestFlowOf } from './request-flow';

/**
 * A step of the request form (or its confirmation, `data.step` 'confirm') opens only when the
 * steps before it are done; otherwise the person is taken to the first one with something
 * missing. Changing a saved request loads it into the form first (and only a request that may
 * still be changed). After a reload the draft is empty (it is never stored), so they start again.
 */
export const requestStepGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const viewer = inject(SessionStore).viewer();
  const store = inject(RequestFormStore);
  const flow = requestFlowOf(route);
  const key = flowKey(flow);

  if (flow.requestId !== null) {
    if (!store.isPreparedFor(viewer, key) || store.editing()?.id !== flow.requestId) {
      const request = await firstValueFrom(inject(RequestsApiService).detail(flow.requestId)).catch(() => null);
      if (!request || !canEditFields(request.status, flow.audience)) return router.parseUrl(flow.home);
      store.prepare(viewer, key, () => emptyRequestDraft());
      store.startEditing(request);
    }
  } else {
    store.prepare(viewer, key, () => emptyRequestDraft());
  }

  const step = route.data['step'] as FlowStep | 'confirm';
  if (flow.kind === 'intake') {
    const intake = inject(IntakeStore);
    intake.prepare(viewer);
    if (step !== 'requester' && intakeProblems(intake.draft(), todayInJapan()).length > 0)
      return router.parseUrl(flowStepPath(flow, 'requester'));
    if (step === 'requester') return true;
  }
  const before = step === 'confirm' ? undefined : (step as RequestStep);
  if (before !== undefined && !REQUEST_STEPS.includes(before)) return true;
  const missing = firstIncompleteRequestStep(store.draft(), { today: todayInJapan(), audience: flow.audience }, before);
  return missing === null || router.parseUrl(flowStepPath(flow, missing));
};
