import type { ConsentPurpose } from './consent';
import type { Locale } from './locale';

/** What a person may do; coordinators are scoped to centers, the others to themselves. */
export enum Role {
  Resident = 'resident',
  OrganisationMember = 'organisation-member',
  CompanyMember = 'company-member',
  Coordinator = 'coordinator',
  Admin = 'admin',
}

export const PASSWORD_LIMITS = { minLength: 10, maxLength: 128 } as const;

export interface ConsentGrant {
  purpose: ConsentPurpose;
  /** The version of the wording the person was shown. */
  version: string;
}

/** 新規登録: a resident signs up; the account works once the mailed link is opened. */
export interface SignUpRequest {
  email: string;
  password: string;
  name: string;
  /** ふりがな; needed only when the name has kanji. */
  nameKana?: string;
  locale: Locale;
  /** Must include the current account-registration purposes; the others are optional. */
  consents: ConsentGrant[];
}

export interface VerifyEmailRequest {
  token: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

export interface RoleGrantSummary {
  role: Role;
  centerId: string | null;
  centerNameJa: string | null;
  centerNameEn: string | null;
}

/** The logged-in person, as the web app shows them (GET /api/me). */
export interface Viewer {
  accountId: string;
  email: string;
  name: string;
  locale: Locale;
  roles: RoleGrantSummary[];
}

/** The CSRF scheme: the API sets this readable cookie; unsafe requests echo it in the header. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
export const SESSION_COOKIE = 'tsunagu_session';
