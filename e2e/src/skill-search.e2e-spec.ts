import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type AreaSummary, DayPeriod, type SaveSkillProfileRequest, SkillLevel } from '@tsunagu/contracts';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF, logIn, signUpVerifiedResident, uniqueEmail } from './support/accounts';
import { accessibilityViolations, hasHorizontalScroll, launchBrowser, PHONE } from './support/browser';
import { field } from './support/forms';
import { BASE_URL } from './support/stack';

/** An unsafe API call with the CSRF header the web client sends (PUT and DELETE; POST is in support/accounts). */
async function apiSend(request: APIRequestContext, method: 'PUT' | 'DELETE', path: string, data?: unknown): Promise<unknown> {
  await request.get(`${BASE_URL}/api/health`);
  const csrf = (await request.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await request.fetch(`${BASE_URL}${path}`, { method, data, headers: { 'x-xsrf-token': csrf } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

/** Three random hiragana, so this run's volunteer is told apart from earlier runs' in the same database. */
function kanaToken(): string {
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';
  const bytes = randomUUID().replace(/-/g, '');
  return Array.from({ length: 3 }, (_, i) => kana[parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % kana.length]).join('');
}

/**
 * 特技バンク, through the real stack at phone width: a resident registers 草むしり; a coordinator
 * searching 草取り finds them with the reason shown and exports the CSV; the public listing shows the
 * skill without the person's name or email; a visitor asks the center about it after logging in, and
 * the coordinator sees the request draft. axe finds nothing on any page.
 */
describe('特技バンク: search, public listing and asking the center', () => {
  let browser: Browser;
  let volunteer: BrowserContext;
  const token = kanaToken();
  const name = `草野 ${token}`;
  const nickname = `庭のみどり${token}`;
  const ownWords = `草むしりが得意です（${token}）`;
  const email = uniqueEmail('midori');
  const askMessage = `庭の草取りをお願いできないでしょうか。（${token}）`;

  beforeAll(async () => {
    browser = await launchBrowser();
    volunteer = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    await signUpVerifiedResident(volunteer, { name, nameKana: `くさの ${token}`, email });
    const areas = (await (await volunteer.request.get(`${BASE_URL}/api/areas`)).json()) as AreaSummary[];
    const profile: SaveSkillProfileRequest = {
      skills: [{ categoryCode: 'garden-work', ownWords, level: SkillLevel.Experienced }],
      qualifications: [],
      languages: ['ja'],
      weeklySlots: [{ day: 'sat', period: DayPeriod.Morning }],
      datesOff: [],
      homeAreaId: areas[0].id,
      areaIds: [areas[0].id],
      inPerson: true,
      online: false,
      transport: [],
      insurance: null,
      publicListing: true,
      nickname,
      step: 5,
      submit: true,
    };
    await apiSend(volunteer.request, 'PUT', '/api/me/skill-profile', profile);
  });

  afterAll(async () => {
    // The volunteer deletes their registration, so runs do not pile up in the e2e database.
    await apiSend(volunteer.request, 'DELETE', '/api/me').catch(() => undefined);
    await browser.close();
  });

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP', acceptDownloads: true });
    return { context, page: await context.newPage() };
  }
  const expectAccessible = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  };

  it('a coordinator searching 草取り finds the volunteer who wrote 草むしり, with the reason, and exports the CSV', async () => {
    const { context, page } = await newPage();
    await logIn(page, DEMO_STAFF.wardCoordinator);
    await page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '特技バンクの検索' }).click();
    await page.getByRole('heading', { level: 1, name: '特技バンクの検索' }).waitFor();
    await expectAccessible(page);

    await field(page, 'ことば').fill('草取り');
    await page.getByRole('button', { name: '検索する' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '草取り');
    const card = page.getByRole('article', { name });
    await card.waitFor();
    // できること: the category in words and the person's own words.
    const skills = card.getByRole('definition').filter({ hasText: ownWords });
    await expect(skills.textContent()).resolves.toContain('庭仕事');
    // Why this person matched, in words: 草取り is another word for 庭仕事, which they wrote as 草むしり.
    const reasons = card.getByRole('list', { name: 'この方が見つかった理由' });
    await expect(reasons.textContent()).resolves.toContain('草取り');
    await expect(card.getByText('未加入、または期限切れ', { exact: false }).count()).resolves.toBe(1);
    await expectAccessible(page);

    // The search is in the address: reloading shows the same results.
    await page.reload();
    await page.getByRole('article', { name }).waitFor();
    await expect(field(page, 'ことば').inputValue()).resolves.toBe('草取り');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain(name);
    await page.getByText(`「${download.suggestedFilename()}」を保存しました。`).waitFor();

    await page.getByRole('link', { name: '登録者数を見る' }).click();
    await page.getByRole('heading', { level: 1, name: '登録者数（特技バンク）' }).waitFor();
    const table = page.getByRole('table', { name: /センター別の登録者数/ });
    await table.waitFor();
    await expect(table.getByRole('columnheader').first().textContent()).resolves.toContain('センター');
    await expect(table.getByRole('rowheader', { name: '合計（重複なし）' }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await page.getByLabel('地区別').check();
    await page.getByRole('button', { name: '表示する' }).click();
    await page.getByRole('table', { name: /地区別の登録者数/ }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the public listing shows the skill without the name or email, and a visitor asks the center about it', async () => {
    const { context, page } = await newPage();
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '特技バンク' }).click();
    await page.getByRole('heading', { level: 1, name: '特技バンク' }).waitFor();
    await page.getByText('個人情報は表示しません').waitFor();
    await expectAccessible(page);

    await field(page, 'ことば').fill('草むしり');
    await page.getByRole('button', { name: 'この条件で表示する' }).click();
    const card = page.getByRole('article', { name: nickname });
    await card.waitFor();
    await expect(card.getByText(ownWords).count()).resolves.toBe(1);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain(name);
    expect(text).not.toContain(`くさの ${token}`);
    expect(text).not.toContain(email);
    await expectAccessible(page);

    // Not logged in: the login page first, then back to the form.
    await card.getByRole('link', { name: /この方にお願いしたいことをセンターに相談する/ }).click();
    await page.waitForURL('**/login?**');
    const asker = await browser.newContext();
    const askerEmail = uniqueEmail('asker');
    const { password } = await signUpVerifiedResident(asker, { name: '相談 する子', nameKana: 'そうだん するこ', email: askerEmail });
    await asker.close();
    await field(page, 'メールアドレス').fill(askerEmail);
    await field(page, 'パスワード').fill(password);
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.waitForURL('**/skills/*/ask');
    await page.getByRole('heading', { level: 1, name: 'センターに相談する' }).waitFor();
    await page.getByText(`相談する相手：${nickname}`).waitFor();
    await expectAccessible(page);

    // Sending nothing says what to fix.
    await page.getByRole('button', { name: 'センターに相談する' }).click();
    await page.getByRole('link', { name: 'お願いしたいことを入力してください。' }).waitFor();
    await expectAccessible(page);

    await field(page, 'お願いしたいこと').fill(askMessage);
    await page.getByRole('button', { name: 'センターに相談する' }).click();
    await page.waitForURL('**/skills/*/ask/done');
    await page.getByRole('heading', { level: 1, name: 'ご相談を受け付けました' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the coordinator sees the enquiry among the request drafts', async () => {
    const { context, page } = await newPage();
    await logIn(page, DEMO_STAFF.wardCoordinator);
    // The old address of the drafts list leads to the 下書き filter of 依頼の一覧.
    await page.goto(`${BASE_URL}/staff/requests/drafts`);
    await page.waitForURL('**/staff/requests?status=draft');
    await page.getByRole('heading', { level: 1, name: '依頼の一覧' }).waitFor();
    await page.getByRole('link', { name: '下書き', exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
    const row = page.getByRole('row').filter({ hasText: '相談 する子' }).filter({ hasText: nickname });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('下書き');
    await expectAccessible(page);
    await context.close();
  });
});
