import { randomUUID } from 'node:crypto';
import {
  type ActivityFiguresRow,
  type AreaSummary,
  type CenterSummary,
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  type DuplicateCheckRequest,
  type DuplicateCheckResult,
  InsurancePlan,
  type PersonSummary,
  type ProxyRegistrationRequest,
  type SaveSkillProfileRequest,
  SkillLevel,
} from '@tsunagu/contracts';
import type { APIRequestContext, Browser, Locator, Page } from 'playwright-core';
import { apiGet, apiPost, apiPut, signUpVerifiedResident } from './accounts';
import { japaneseDate, todayInJapan } from './dates';
import { field } from './forms';
import { attachmentsOf, type CaughtMail, waitForMail } from './mail-catcher';
import { BASE_URL } from './stack';

/**
 * Steps the match journeys share (matching.e2e-spec for a group's request, requests.e2e-spec for
 * a phone request): volunteers made through the API, the console's cards, the confirmation mail,
 * the activity form and 青葉's 活動の実績.
 */

export const AOBA_CENTER = '青葉地区ボランティアセンター';

/** Three random hiragana, so this run's people are told apart from anyone else's. */
export function kanaToken(): string {
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';
  const bytes = randomUUID().replace(/-/g, '');
  return Array.from({ length: 3 }, (_, i) => kana[parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % kana.length]).join('');
}

export async function areaNamed(nameJa: string): Promise<AreaSummary> {
  const areas = (await (await fetch(`${BASE_URL}/api/areas`)).json()) as AreaSummary[];
  const area = areas.find((a) => a.nameJa === nameJa);
  if (!area) throw new Error(`The demo data has no ${nameJa}.`);
  return area;
}

export async function centerNamed(nameJa: string): Promise<CenterSummary> {
  const centers = (await (await fetch(`${BASE_URL}/api/centers`)).json()) as CenterSummary[];
  const center = centers.find((c) => c.nameJa === nameJa);
  if (!center) throw new Error(`The demo data has no ${nameJa}.`);
  return center;
}

export interface Volunteer {
  name: string;
  kana: string;
  email: string;
  /** The skill in their own words. */
  words: string;
}

/** Where and when a volunteer can help, and whether they hold this fiscal year's insurance. */
export interface VolunteerProfile {
  categoryCode: string;
  areaId: string;
  slots: SaveSkillProfileRequest['weeklySlots'];
  insured: boolean;
}

/** A complete skills-bank registration with one skill, in the person's own words. */
function skillProfileBody(words: string, profile: VolunteerProfile): SaveSkillProfileRequest {
  const today = todayInJapan();
  const [year, month] = today.split('-').map(Number);
  return {
    skills: [{ categoryCode: profile.categoryCode, ownWords: words, level: SkillLevel.Experienced }],
    qualifications: [],
    languages: ['ja'],
    weeklySlots: profile.slots,
    datesOff: [],
    homeAreaId: profile.areaId,
    areaIds: [profile.areaId],
    inPerson: true,
    online: false,
    transport: [],
    // The fiscal year runs April to March.
    insurance: profile.insured ? { plan: InsurancePlan.BasicA, fiscalYear: month >= 4 ? year : year - 1, coverStart: today } : null,
    publicListing: false,
    nickname: null,
    step: 5,
    submit: true,
  };
}

/** Signs the person up and registers them in the skills bank with one skill, through the API. */
export async function registerVolunteer(browser: Browser, person: Volunteer, profile: VolunteerProfile): Promise<void> {
  const context = await browser.newContext();
  await signUpVerifiedResident(context, { name: person.name, nameKana: person.kana, email: person.email });
  await apiPut(context.request, '/api/me/skill-profile', skillProfileBody(person.words, profile));
  await context.close();
}

/** Someone the center registers by proxy (代理登録): no account and no email, only a phone number. */
export interface ProxyVolunteer extends Omit<Volunteer, 'email'> {
  /** YYYY-MM-DD */
  birthDate: string;
  phone: string;
}

/**
 * 代理登録 and 代理入力 through the API, as the coordinator logged in on `coordinator` does them
 * on the staff pages (covered by people-and-permissions.e2e-spec and skills-registration.e2e-spec):
 * the person, to be reached by phone, with the purposes of use agreed on paper; then their skills.
 */
export async function registerVolunteerByProxy(
  coordinator: APIRequestContext,
  person: ProxyVolunteer,
  profile: VolunteerProfile & { centerId: string },
): Promise<PersonSummary> {
  const check: DuplicateCheckRequest = { name: person.name, nameKana: person.kana, birthDate: person.birthDate, phone: person.phone };
  const { candidates } = (await apiPost(coordinator, '/api/people/duplicate-check', check)) as DuplicateCheckResult;
  const registration: ProxyRegistrationRequest = {
    ...check,
    contactMethod: ContactMethod.Phone,
    centerId: profile.centerId,
    consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
    acknowledgedDuplicateIds: candidates.map((candidate) => candidate.personId),
  };
  const registered = (await apiPost(coordinator, '/api/people', registration)) as PersonSummary;
  await apiPut(coordinator, `/api/people/${registered.id}/skill-profile`, skillProfileBody(person.words, profile));
  return registered;
}

/** 青葉's four figures of this month, through the API: 活動につながった数, 支援実施回数, 依頼の受付数, マッチング数. */
export async function aobaFiguresFromApi(coordinator: APIRequestContext): Promise<number[]> {
  const aoba = await centerNamed(AOBA_CENTER);
  const month = todayInJapan().slice(0, 7);
  const rows = await apiGet<ActivityFiguresRow[]>(coordinator, `/api/activities/figures?from=${month}&to=${month}`);
  const row = rows.find((r) => r.centerId === aoba.id);
  if (!row) throw new Error(`No figures for ${AOBA_CENTER} in ${month}.`);
  return [row.connected, row.activities, row.requestsReceived, row.requestsMatched];
}

/** The same four as the coordinator reads them on 活動の実績 (this month's row of 青葉's table). */
export async function aobaFiguresOnPage(page: Page): Promise<number[]> {
  const month = Number(todayInJapan().slice(5, 7));
  await page.goto(`${BASE_URL}/staff/activities/figures`);
  await page.getByRole('heading', { level: 1, name: '活動の実績' }).waitFor();
  const table = page.getByRole('table', { name: new RegExp(`^${AOBA_CENTER} 令和\\d+年度（\\d+年度）の活動の実績`) });
  await table.waitFor();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^(\\d+年)?${month}月$`) }) });
  const cells = await row.getByRole('cell').allTextContents();
  return cells.map((text) => Number(text.trim()));
}

/** A card by its heading: a candidate or a match on the console (the person), a match on あなたのマッチング (the request). */
export function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

/** 「このマッチングを承認する」 on the person's match waiting for approval: the confirmation panel it opens. */
export async function openApproval(page: Page, name: string): Promise<Locator> {
  const match = card(page, name).filter({ hasText: '承認を待っています' });
  await match.getByRole('button', { name: 'このマッチングを承認する' }).click();
  const panel = page.getByRole('region', { name: `${name}さんとのマッチングを承認しますか` });
  await panel.waitFor();
  return panel;
}

/** 「連絡先を見る」 on an approved match's card: the text of 連絡先と場所. */
export async function shownContacts(approved: Locator): Promise<string> {
  await approved.getByRole('button', { name: '連絡先を見る' }).click();
  const contacts = approved.getByRole('region', { name: '連絡先と場所' });
  await contacts.waitFor();
  return (await contacts.textContent()) ?? '';
}

/** Whether the mail confirms a match for the request titled `title`. */
export function confirmsMatchOf(mail: CaughtMail, title: string): boolean {
  return mail.subject.includes('ボランティア活動が決まりました') && mail.subject.includes(title);
}

/**
 * The mail confirming the match for the request titled `title`, and the files attached to it.
 * `about`: words the mail must hold, to tell one match from another of the same request.
 */
export async function confirmationMail(
  address: string,
  title: string,
  about = '',
): Promise<{ text: string; files: { name: string; type: string }[] }> {
  const mail = await waitForMail(address, 20_000, (m) => confirmsMatchOf(m, title) && m.text.includes(about));
  return { text: mail.text, files: attachmentsOf(mail) };
}

/** What a confirmation carries: one calendar file. */
export const ONE_ICS_FILE = [
  expect.objectContaining({ name: expect.stringMatching(/\.ics$/), type: expect.stringContaining('text/calendar') }),
];

/** 「活動を記録する」 on an approved match's card: the form, titled for `who` (the volunteer on the console, the request on あなたのマッチング). */
export async function openActivityForm(page: Page, approved: Locator, who: string): Promise<Locator> {
  await approved.getByRole('button', { name: '活動を記録する' }).click();
  const form = page.getByRole('region', { name: `活動記録（${who}）` });
  await form.waitFor();
  return form;
}

/** Fills in an activity that took place (typed as a person would, 「2026年12月5日」) and saves it. */
export async function saveActivity(form: Locator, activity: { date: string; hours: string; notes: string }): Promise<void> {
  await field(form, '活動した日').fill(japaneseDate(activity.date));
  await form.getByLabel('活動した', { exact: true }).check();
  await field(form, '活動した時間').fill(activity.hours);
  await field(form, 'メモ').fill(activity.notes);
  await form.getByRole('button', { name: '活動記録を保存する' }).click();
}
