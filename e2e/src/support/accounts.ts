import { randomUUID } from 'node:crypto';
import { ConsentPurpose, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { field } from './forms';
import { waitForMail } from './mail-catcher';
import { BASE_URL } from './stack';

/** Demo staff made by the demo data (see api/src/demo-data); one password for all. */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';
export const DEMO_STAFF = {
  admin: 'admin@tsunagu.example',
  wardCoordinator: 'ward@tsunagu.example',
  /** 青葉地区ボランティアセンター */
  aobaCoordinator: 'aoba@tsunagu.example',
  /** 川辺地区ボランティアセンター */
  kawabeCoordinator: 'kawabe@tsunagu.example',
} as const;

export const uniqueEmail = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@example.jp`;

/** Logs in through the login page, as a person would. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await field(page, 'メールアドレス').fill(email);
  await field(page, 'パスワード').fill(password);
  await page.getByRole('button', { name: 'ログインする' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The CSRF header the web client sends with an unsafe call (any GET sets the cookie it copies). */
async function csrfHeader(request: APIRequestContext): Promise<Record<string, string>> {
  await request.get(`${BASE_URL}/api/health`);
  const state = await request.storageState();
  return { 'x-xsrf-token': state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '' };
}

/** An unsafe API call from the browser context, with the CSRF header the web client would send. */
export async function apiPost(request: APIRequestContext, path: string, data: unknown): Promise<unknown> {
  const response = await request.post(`${BASE_URL}${path}`, { data, headers: await csrfHeader(request) });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

export async function apiPut(request: APIRequestContext, path: string, data: unknown): Promise<unknown> {
  const response = await request.put(`${BASE_URL}${path}`, { data, headers: await csrfHeader(request) });
  if (!response.ok()) throw new Error(`PUT ${path} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

export async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${BASE_URL}${path}`);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The password of every resident signUpVerifiedResident makes. */
export const RESIDENT_PASSWORD = 'sakura-no-hana-2026';

/**
 * A resident who signed up and opened the mailed link, logged in on `context`. The sign-up pages
 * themselves are covered by sign-up.e2e-spec; other journeys start from a ready account.
 */
export async function signUpVerifiedResident(
  context: BrowserContext,
  person: { name: string; nameKana?: string; email?: string },
): Promise<{ email: string; password: string }> {
  const email = person.email ?? uniqueEmail('resident');
  const password = RESIDENT_PASSWORD;
  await apiPost(context.request, '/api/accounts', {
    email,
    password,
    name: person.name,
    nameKana: person.nameKana,
    locale: 'ja',
    consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
  });
  const mail = await waitForMail(email);
  const token = /token=([\w-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`The verification mail had no link:\n${mail.text}`);
  await apiPost(context.request, '/api/accounts/verify-email', { token });
  await apiPost(context.request, '/api/sessions', { email, password });
  return { email, password };
}
