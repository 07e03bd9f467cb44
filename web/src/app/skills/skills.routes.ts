import type { Route, Routes } from '@angular/router';
import { skillFlowGuard } from './feature/skill-flow';
import { SKILL_STEPS, stepNumberOf } from './util/skill-draft';

const stepPage = () => import('./feature/skill-step.page').then((m) => m.SkillStepPage);
const finishedPage = () => import('./feature/skill-finished.page').then((m) => m.SkillFinishedPage);

/** The pages after the first, the same for the resident and for 代理入力. Titles are translation keys. */
const flowPages: Route[] = [
  ...SKILL_STEPS.map((step): Route => ({
    path: `step/${stepNumberOf(step)}`,
    title: `titles.skillSteps.${step}`,
    data: { step },
    canActivate: [skillFlowGuard],
    loadComponent: stepPage,
  })),
  {
    path: 'confirm',
    title: 'titles.skillConfirm',
    data: { step: 'confirm' },
    canActivate: [skillFlowGuard],
    loadComponent: () => import('./feature/skill-confirm.page').then((m) => m.SkillConfirmPage),
  },
  { path: 'done', title: 'titles.skillDone', data: { finished: 'done' }, canActivate: [skillFlowGuard], loadComponent: finishedPage },
  { path: 'saved', title: 'titles.skillSaved', data: { finished: 'saved' }, canActivate: [skillFlowGuard], loadComponent: finishedPage },
];

/**
 * /me/skills/…: 特技バンクへの登録 by the resident (the parent route in app.routes.ts lets in anyone
 * logged in). The first page shows where the registration stands and starts or resumes it.
 */
export const mySkillRoutes: Routes = [
  {
    path: '',
    data: { skillFlow: 'self' },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.mySkills',
        loadComponent: () => import('./feature/skills-overview.page').then((m) => m.SkillsOverviewPage),
      },
      ...flowPages,
    ],
  },
];

/**
 * /staff/people/:id/skills/…: a coordinator fills in the same steps for a person (代理入力). The
 * first page asks why the record is opened (kept in the 監査ログ) before showing anything.
 */
export const personSkillRoutes: Routes = [
  {
    path: '',
    data: { skillFlow: 'person' },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.personSkills',
        loadComponent: () => import('./feature/skills-overview.page').then((m) => m.SkillsOverviewPage),
      },
      ...flowPages,
    ],
  },
];
