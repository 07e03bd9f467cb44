import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import { type Locale, SKILL_PROFILE_LIMITS } from '@tsunagu/contracts';
import { LANGUAGES, QUALIFICATIONS } from '@tsunagu/matching';
import type { UiMessage } from '../../shared/ui/ui-message';
import { SkillProfileStore, type SkillSubject } from '../data-access/skill-profile.store';
import { INSURANCE_PLANS } from '../util/insurance';
import { categoryLabel } from '../../shared/util/taxonomy-labels';
import {
  firstIncompleteStep,
  SKILL_LEVELS,
  SKILL_STEPS,
  type SkillProblem,
  type SkillProblemKey,
  type SkillStep,
  stepNumberOf,
  TRANSPORTS,
} from '../util/skill-draft';

/**
 * The registration flow runs in two places with the same pages: the resident's own
 * (/me/skills/…) and a coordinator's 代理入力 (/staff/people/:id/skills/…). The route's data says
 * which (`skillFlow`), and every path of the flow is built from its base.
 */
export type SkillFlowKind = 'self' | 'person';

export interface SkillFlow {
  kind: SkillFlowKind;
  subject: SkillSubject;
  /** '/me/skills' or '/staff/people/<id>/skills'. */
  base: string;
}

export function flowOf(route: ActivatedRouteSnapshot): SkillFlow {
  const kind = route.pathFromRoot.map((r) => r.data['skillFlow'] as SkillFlowKind | undefined).find(Boolean) ?? 'self';
  if (kind === 'self') return { kind, subject: { kind: 'self' }, base: '/me/skills' };
  const personId = route.pathFromRoot.map((r) => r.paramMap.get('id')).find((id) => id !== null) ?? '';
  return { kind, subject: { kind: 'person', personId }, base: `/staff/people/${encodeURIComponent(personId)}/skills` };
}

export const stepPath = (flow: SkillFlow, step: SkillStep): string => `${flow.base}/step/${stepNumberOf(step)}`;
export const confirmPath = (flow: SkillFlow): string => `${flow.base}/confirm`;
export const donePath = (flow: SkillFlow): string => `${flow.base}/done`;
export const savedPath = (flow: SkillFlow): string => `${flow.base}/saved`;
/** Where the person goes after the flow: マイページ, or the person's record for staff. */
export const homePath = (flow: SkillFlow): string =>
  flow.subject.kind === 'self' ? '/me' : `/staff/people/${encodeURIComponent(flow.subject.personId)}`;

/** The step names for tsu-step-progress, in order. */
export const STEP_NAME_KEYS = SKILL_STEPS.map((step) => `skills.steps.${step}`);

/**
 * A step (data.step), the confirmation (data.step 'confirm') or the done/saved pages open only
 * with the profile at hand: the resident's is fetched here; a coordinator who reloaded is sent
 * back to the flow's first page, which asks the reason again. A step opens only when the steps
 * before it are complete; otherwise the first one with a gap opens.
 */
export const skillFlowGuard: CanActivateFn = async (route) => {
  const store = inject(SkillProfileStore);
  const router = inject(Router);
  const flow = flowOf(route);
  if (flow.subject.kind === 'self') {
    const outcome = await store.loadMine(true);
    if (outcome.kind !== 'loaded') return router.parseUrl(flow.base);
  } else if (!store.isReady(flow.subject)) {
    return router.parseUrl(flow.base);
  }
  const step = route.data['step'] as SkillStep | 'confirm' | undefined;
  if (step === undefined) return true;
  const missing = firstIncompleteStep(store.draft(), step === 'confirm' ? undefined : step);
  return missing === null || router.parseUrl(stepPath(flow, missing));
};

// ---------------------------------------------------------------------------------------------
// Where each problem is shown and what it says
// ---------------------------------------------------------------------------------------------

export const skillWordsId = 'skill-words';
export const entryTitleId = (code: string) => `skill-${code}-title`;
export const ownWordsId = (code: string) => `skill-${code}-words`;
export const levelId = (code: string, level: string) => `skill-${code}-level-${level}`;
export const areaId = (id: string) => `skill-area-${id}`;

/** The control the error summary takes the person to, for each problem. */
export function controlIdOf(key: SkillProblemKey, firstAreaId: string | null): string {
  const [kind, code] = key.split(':');
  switch (kind) {
    case 'skills':
      return skillWordsId;
    case 'level':
      return levelId(code, SKILL_LEVELS[0]);
    case 'ownWords':
      return ownWordsId(code);
    case 'qualifications':
      return `skill-qualification-${QUALIFICATIONS[0].code}`;
    case 'languages':
      return `skill-language-${LANGUAGES[0].code}`;
    case 'datesOff':
      return 'skill-date-off';
    case 'homeAreaId':
      return 'skill-home-area';
    case 'howToHelp':
      return 'skill-in-person';
    case 'areaIds':
      return firstAreaId ? areaId(firstAreaId) : 'skill-home-area';
    case 'transport':
      return `skill-transport-${TRANSPORTS[0]}`;
    case 'insured':
      return 'skill-insured-yes';
    case 'insurancePlan':
      return `skill-insurance-plan-${INSURANCE_PLANS[0]}`;
    case 'insuranceFiscalYear':
      return 'skill-insurance-year';
    case 'insuranceCoverStart':
      return 'skill-insurance-start';
    default:
      return 'skill-nickname';
  }
}

/** 「「庭仕事」のどのくらいできるかを選んでください。」 and the like, in the reader's language. */
export function problemMessage(problem: SkillProblem, lang: Locale): UiMessage {
  const [kind, code] = problem.key.split(':');
  const limits = SKILL_PROFILE_LIMITS;
  const max: Partial<Record<string, number>> = {
    skills: limits.maxSkills,
    ownWords: limits.ownWordsMaxLength,
    qualifications: limits.maxQualifications,
    languages: limits.maxLanguages,
    datesOff: limits.maxDatesOff,
    areaIds: limits.maxAreas,
    nickname: limits.nicknameMaxLength,
  };
  return {
    key: `skills.errors.${kind}.${problem.kind}`,
    params: { max: max[kind], category: code ? categoryLabel(code, lang) : undefined },
  };
}
