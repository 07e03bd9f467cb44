import type { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from '../core/session/session.guards';
import { signupStepGuard } from './feature/signup-step.guard';

const signupStep = () => import('./feature/signup-step.page').then((m) => m.SignupStepPage);

/**
 * 新規登録, email verification, ログイン, password reset and マイページ. Titles are translation keys;
 * mailed links point at /verify-email?token=… and /password-reset/confirm?token=….
 */
export const accountRoutes: Routes = [
  {
    path: 'signup',
    canActivate: [signedOutGuard],
    children: [
      { path: '', pathMatch: 'full', title: 'titles.signupAccount', data: { step: 'account' }, loadComponent: signupStep },
      {
        path: 'name',
        title: 'titles.signupName',
        data: { step: 'name' },
        canActivate: [signupStepGuard],
        loadComponent: signupStep,
      },
      {
        path: 'consent',
        title: 'titles.signupConsent',
        data: { step: 'consent' },
        canActivate: [signupStepGuard],
        loadComponent: signupStep,
      },
      {
        path: 'confirm',
        title: 'titles.signupConfirm',
        data: { step: 'confirm' },
        canActivate: [signupStepGuard],
        loadComponent: () => import('./feature/signup-confirm.page').then((m) => m.SignupConfirmPage),
      },
      {
        path: 'sent',
        title: 'titles.signupSent',
        loadComponent: () => import('./feature/signup-sent.page').then((m) => m.SignupSentPage),
      },
    ],
  },
  {
    path: 'verify-email',
    title: 'titles.verifyEmail',
    loadComponent: () => import('./feature/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'login',
    title: 'titles.login',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./feature/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'password-reset',
    pathMatch: 'full',
    title: 'titles.passwordReset',
    loadComponent: () => import('./feature/password-reset.page').then((m) => m.PasswordResetPage),
  },
  {
    path: 'password-reset/confirm',
    title: 'titles.passwordResetConfirm',
    loadComponent: () => import('./feature/password-reset-confirm.page').then((m) => m.PasswordResetConfirmPage),
  },
  {
    path: 'me',
    title: 'titles.me',
    canActivate: [signedInGuard],
    loadComponent: () => import('./feature/me.page').then((m) => m.MePage),
  },
];
