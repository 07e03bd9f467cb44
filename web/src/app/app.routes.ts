import type { Routes } from '@angular/router';
import { adminGuard, NO_ACCESS_PATH, signedInGuard, staffGuard } from './core/session/session.guards';

/** Route titles are translation keys (see TranslatedTitleStrategy). One lazy chunk per domain. */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.home',
    loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
  },
  {
    path: 'volunteer',
    loadChildren: () => import('./enquiries/enquiries.routes').then((m) => m.enquiryRoutes),
  },
  {
    // 特技バンクの代理入力: コーディネーター and 管理者; before staff/people, which would match first.
    path: 'staff/people/:id/skills',
    canActivate: [staffGuard],
    loadChildren: () => import('./skills/skills.routes').then((m) => m.personSkillRoutes),
  },
  {
    // 特技バンクへの登録 (the resident's own): anyone logged in; before the account pages' /me.
    path: 'me/skills',
    canActivate: [signedInGuard],
    loadChildren: () => import('./skills/skills.routes').then((m) => m.mySkillRoutes),
  },
  {
    // 住民の一覧, 代理登録, 住民の詳細: コーディネーター and 管理者.
    path: 'staff/people',
    canActivate: [staffGuard],
    loadChildren: () => import('./people/people.routes').then((m) => m.peopleRoutes),
  },
  {
    // 名簿の取り込み (特技バンク): コーディネーター and 管理者; before any other staff/skills route.
    path: 'staff/skills/import',
    canActivate: [staffGuard],
    loadChildren: () => import('./skill-import/skill-import.routes').then((m) => m.skillImportRoutes),
  },
  {
    // 登録者数 (特技バンク): コーディネーター and 管理者; before staff/skills, which would match first.
    path: 'staff/skills/figures',
    canActivate: [staffGuard],
    loadChildren: () => import('./skill-figures/skill-figures.routes').then((m) => m.skillFiguresRoutes),
  },
  {
    // 特技バンクの検索: コーディネーター and 管理者.
    path: 'staff/skills',
    canActivate: [staffGuard],
    loadChildren: () => import('./skill-search/skill-search.routes').then((m) => m.skillSearchRoutes),
  },
  {
    // マッチング (候補の方と打診) for one request: コーディネーター and 管理者; before any other staff/requests route.
    path: 'staff/requests/:id/matching',
    canActivate: [staffGuard],
    loadChildren: () => import('./matching/matching.routes').then((m) => m.staffMatchingRoutes),
  },
  {
    // 依頼の一覧 (下書き included; /staff/requests/drafts leads there), 電話・窓口で受けた依頼, 依頼の詳細:
    // コーディネーター and 管理者.
    path: 'staff/requests',
    canActivate: [staffGuard],
    loadChildren: () => import('./requests/requests.routes').then((m) => m.staffRequestRoutes),
  },
  {
    // 団体の依頼 (a member's list, 新しい依頼, 依頼の詳細): anyone logged in; the API decides what they see.
    path: 'requests',
    canActivate: [signedInGuard],
    loadChildren: () => import('./requests/requests.routes').then((m) => m.myRequestRoutes),
  },
  {
    // 活動の実績: コーディネーター and 管理者.
    path: 'staff/activities',
    canActivate: [staffGuard],
    loadChildren: () => import('./activities/activities.routes').then((m) => m.activityRoutes),
  },
  {
    // 打診のメールのリンク (引き受ける / 今回は見送る): no login, the token is the key.
    path: 'offers',
    loadChildren: () => import('./matching/matching.routes').then((m) => m.offerResponseRoutes),
  },
  {
    // あなたへのおすすめの依頼: anyone logged in; before the account pages' /me.
    path: 'me/requests-for-you',
    canActivate: [signedInGuard],
    loadChildren: () => import('./matching/matching.routes').then((m) => m.requestsForYouRoutes),
  },
  {
    // あなたのマッチング: anyone logged in; before the account pages' /me.
    path: 'me/matches',
    canActivate: [signedInGuard],
    loadChildren: () => import('./matching/matching.routes').then((m) => m.myMatchesRoutes),
  },
  {
    // 特技バンク (public listing) and 「センターに相談する」 (its child routes carry signedInGuard).
    path: 'skills',
    loadChildren: () => import('./skill-listing/skill-listing.routes').then((m) => m.skillListingRoutes),
  },
  {
    // 監査ログ: 管理者 only.
    path: 'admin/audit-log',
    canActivate: [adminGuard],
    loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    // 団体・企業の登録申請: anyone logged in (the child routes carry signedInGuard).
    path: 'organisations',
    loadChildren: () => import('./organisations/organisations.routes').then((m) => m.organisationRoutes),
  },
  {
    // 登録申請の審査: コーディネーター and 管理者.
    path: 'staff/organisations',
    canActivate: [staffGuard],
    loadChildren: () => import('./organisations/organisations.routes').then((m) => m.organisationReviewRoutes),
  },
  {
    // センターと地区の管理, 職員の登録: 管理者 only (after admin/audit-log, which matches first).
    path: 'admin',
    canActivate: [adminGuard],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    // Shown (at the address asked for) to a logged-in person without the role a page needs.
    path: NO_ACCESS_PATH.slice(1),
    title: 'titles.noAccess',
    loadComponent: () => import('./no-access/no-access.page').then((m) => m.NoAccessPage),
  },
  {
    // /signup, /login, /verify-email, /password-reset, /me: the account pages, one lazy chunk.
    path: '',
    loadChildren: () => import('./accounts/accounts.routes').then((m) => m.accountRoutes),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
