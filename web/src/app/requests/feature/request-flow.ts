import type { ActivatedRouteSnapshot } from '@angular/router';
import type { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import { REQUEST_STEPS, type RequestAudience, type RequestStep } from '../util/request-draft';
import { INTAKE_PROGRESS_KEYS, MEMBER_PROGRESS_KEYS } from '../util/request-fields';

/**
 * The request form runs in four places with the same step pages (the route's `data.requestFlow`
 * says which):
 * - `new`: a member posts for their group, /requests/new/…;
 * - `intake`: a coordinator takes a request by phone or at the counter, /staff/requests/intake/…,
 *   with a first step for who asked;
 * - `edit`: a member changes their draft, /requests/:id/edit/…;
 * - `staff-edit`: a coordinator fills in or corrects a request, /staff/requests/:id/edit/….
 */
export type RequestFlowKind = 'new' | 'intake' | 'edit' | 'staff-edit';

/** A step of a flow: the request's steps, and for the intake 「依頼する方」 first. */
export type FlowStep = 'requester' | RequestStep;

export interface RequestFlow {
  kind: RequestFlowKind;
  audience: RequestAudience;
  /** The request being changed (edit flows). */
  requestId: string | null;
  /** Where the first step lives; the others are `${base}/<step>`. */
  base: string;
  steps: readonly FlowStep[];
  /** Names for tsu-step-progress, the confirmation last. */
  progressKeys: readonly string[];
  /** Where 「やめる」 and the end of the flow lead. */
  home: string;
}

export function requestFlowOf(route: ActivatedRouteSnapshot): RequestFlow {
  const kind = route.pathFromRoot.map((r) => r.data['requestFlow'] as RequestFlowKind | undefined).find(Boolean) ?? 'new';
  const requestId = route.pathFromRoot.map((r) => r.paramMap.get('id')).find((id) => id !== null) ?? null;
  const id = encodeURIComponent(requestId ?? '');
  switch (kind) {
    case 'intake':
      return {
        kind,
        audience: 'staff',
        requestId: null,
        base: '/staff/requests/intake',
        steps: ['requester', ...REQUEST_STEPS],
        progressKeys: INTAKE_PROGRESS_KEYS,
        home: '/staff/requests',
      };
    case 'staff-edit':
      return {
        kind,
        audience: 'staff',
        requestId,
        base: `/staff/requests/${id}/edit`,
        steps: REQUEST_STEPS,
        progressKeys: MEMBER_PROGRESS_KEYS,
        home: `/staff/requests/${id}`,
      };
    case 'edit':
      return {
        kind,
        audience: 'member',
        requestId,
        base: `/requests/${id}/edit`,
        steps: REQUEST_STEPS,
        progressKeys: MEMBER_PROGRESS_KEYS,
        home: `/requests/${id}`,
      };
    default:
      return {
        kind: 'new',
        audience: 'member',
        requestId: null,
        base: '/requests/new',
        steps: REQUEST_STEPS,
        progressKeys: MEMBER_PROGRESS_KEYS,
        home: '/requests',
      };
  }
}

export const flowStepPath = (flow: RequestFlow, step: FlowStep): string => (step === flow.steps[0] ? flow.base : `${flow.base}/${step}`);
export const flowConfirmPath = (flow: RequestFlow): string => `${flow.base}/confirm`;
/** The key a flow's draft is kept under (a draft of another request being changed is another draft). */
export const flowKey = (flow: RequestFlow): string => `${flow.kind}:${flow.requestId ?? ''}`;

/** The flow's step names for tsu-step-progress, translated (`lang` only makes a computed follow a switch). */
export function progressNamesOf(flow: RequestFlow, lang: Locale, transloco: TranslocoService): string[] {
  return flow.progressKeys.map((key) => transloco.translate(key, {}, lang));
}
