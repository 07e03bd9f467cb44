import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPost, DEMO_PASSWORD, DEMO_STAFF, logIn, signUpVerifiedResident, uniqueEmail } from './support/accounts';
import { accessibilityViolations, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { field } from './support/forms';
import { BASE_URL } from './support/stack';

/** Today in Japan, and the coming Saturday (next week's when today is Saturday, so 9:00 is never past). */
function comingSaturday(): { iso: string; words: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  const [year, month, day] = parts.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() + ((6 - date.getUTCDay() + 7) % 7 || 7));
  return {
    iso: date.toISOString().slice(0, 10),
    words: `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日（土）`,
  };
}

/**
 * 依頼 (requests), through the real stack at phone width: a member of an approved NPO posts a
 * request for 草取り on the coming Saturday morning and sees it waiting for the center (受付待ち);
 * a coordinator takes a phone request for an elderly resident with no account, registering her
 * by proxy in the same steps, and sees it accepted (受付済み). axe on every page visited.
 */
describe('requests', () => {
  let browser: Browser;
  const saturday = comingSaturday();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    return { context, page: await context.newPage() };
  }
  const expectAccessible = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
  };
  const next = (page: Page) => page.getByRole('button', { name: '次へ進む' }).click();

  /** An NPO in 青葉地区 applied by `member` and approved by the 青葉 coordinator, through the API. */
  async function approvedNpo(member: BrowserContext, name: string): Promise<void> {
    const centers = (await (await member.request.get(`${BASE_URL}/api/centers`)).json()) as { id: string; nameJa: string }[];
    const aoba = centers.find((center) => center.nameJa === '青葉地区ボランティアセンター');
    if (!aoba) throw new Error('The demo data has no 青葉地区ボランティアセンター.');
    const organisation = (await apiPost(member.request, '/api/organisations', {
      kind: 'npo',
      name,
      nameKana: 'あおばにわしごとのかい',
      centerId: aoba.id,
      representativeName: '青葉 次郎',
      phone: '03-1234-5678',
      email: uniqueEmail('npo'),
      description: '地域のお年寄りの暮らしを、庭仕事や買い物でお手伝いしています。',
    })) as { id: string };
    const staff = await browser.newContext();
    await apiPost(staff.request, '/api/sessions', { email: DEMO_STAFF.aobaCoordinator, password: DEMO_PASSWORD });
    await apiPost(staff.request, `/api/organisations/${organisation.id}/approve`, {});
    await staff.close();
  }

  it('a member of an approved NPO posts a request for 草取り on Saturday morning, and it waits for the center', async () => {
    const { context, page } = await newPage();
    await signUpVerifiedResident(context, { name: '青葉 次郎', nameKana: 'あおば じろう' });
    const npo = `NPO法人 青葉にわしごとの会 ${Date.now().toString(36)}`;
    await approvedNpo(context, npo);

    // The main menu offers 団体の依頼 to a member of an approved group.
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('link', { name: '団体の依頼' }).click();
    await page.waitForURL('**/requests');
    await page.getByRole('heading', { level: 1, name: '団体の依頼' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: '新しい依頼を出す' }).click();

    // 1/4 依頼の内容: the one approved group is the one that asks.
    await page.waitForURL('**/requests/new');
    await page.getByText('ステップ 1/4').waitFor();
    await page.getByText(npo).waitFor();
    await expectAccessible(page);
    // Nothing typed: the summary says what to fix, each linked to its field.
    await next(page);
    await page.getByRole('link', { name: '依頼のタイトルを入力してください。' }).waitFor();
    await page.getByRole('link', { name: '分野を1つ以上選んでください。' }).waitFor();
    await expectAccessible(page);
    await field(page, '依頼のタイトル').fill('高齢の方のお宅の草取り');
    await field(page, 'お願いしたいこと').fill('一人暮らしの方のお宅で、庭の草むしりを手伝ってくださる方を探しています。');
    await page.getByRole('button', { name: '「庭仕事」を追加する' }).click();
    await page.getByText('「庭仕事」を選んでいます').waitFor();
    await next(page);

    // 2/4 日時: 日時を決める, the coming Saturday, 9:00–11:00.
    await page.waitForURL('**/requests/new/schedule');
    await page.getByLabel('日時を決める').check();
    await field(page, '日にち').fill(saturday.iso);
    await page.getByText(saturday.words).waitFor();
    await field(page, '始まる時刻').fill('09:00');
    await field(page, '終わる時刻').fill('11:00');
    await expectAccessible(page);
    await next(page);

    // 3/4 場所と条件.
    await page.waitForURL('**/requests/new/place');
    await page.getByText('住所は、マッチングが決まった方にだけお知らせします。').waitFor();
    await field(page, '地区').selectOption({ label: '青葉小学校区' });
    await field(page, '活動する場所の住所').fill('つなぐ区青葉町1-2-3');
    await field(page, '必要な人数').fill('2');
    await field(page, '持ち物').fill('軍手、帽子、飲み物');
    await expectAccessible(page);
    await page.getByRole('button', { name: '入力内容を確認する' }).click();

    // 4/4 確認, then send.
    await page.waitForURL('**/requests/new/confirm');
    await page.getByText(`${saturday.words}9:00〜11:00`).waitFor();
    await page.getByText('庭仕事').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'この内容で依頼する' }).click();

    await page.waitForURL('**/requests/new/done');
    await page.getByRole('heading', { level: 1, name: '依頼を送りました' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'この依頼を見る' }).click();

    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /高齢の方のお宅の草取り/ }).waitFor();
    await page.getByText('受付待ち').first().waitFor();
    await page.getByText('つなぐ区青葉町1-2-3').waitFor();
    await expectAccessible(page);

    await page.goto(`${BASE_URL}/requests`);
    const card = page.getByRole('article', { name: '高齢の方のお宅の草取り' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('受付待ち');
    await context.close();
  });

  it('a coordinator takes a phone request for an elderly resident with no account, and it is accepted', async () => {
    const { context, page } = await newPage();
    await logIn(page, DEMO_STAFF.aobaCoordinator);
    const caller = `川村 キヨ${Date.now().toString(36).slice(-3)}`;

    await page.goto(`${BASE_URL}/staff/requests`);
    await page.getByRole('heading', { level: 1, name: '依頼の一覧' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: '電話・窓口で受けた依頼を入力する' }).click();

    // 1/5 依頼する方: a new person, registered by proxy in the same step.
    await page.waitForURL('**/staff/requests/intake');
    await page.getByText('ステップ 1/5').waitFor();
    await expectAccessible(page);
    await page.getByLabel('はじめての方（この場で代理登録します）').check();
    await field(page, 'お名前').fill(caller);
    await field(page, 'ふりがな').fill('かわむら きよ');
    await field(page, '生年月日').fill('昭和15年3月3日');
    await page.getByText('1940年3月3日').first().waitFor();
    await page.getByLabel('電話（職員がお電話します）').check();
    await field(page, '電話番号').fill('03-5555-0123');
    await page.locator('#intake-consent-registration').check();
    await expectAccessible(page);
    await next(page);

    // 2/5 依頼の内容.
    await page.waitForURL('**/staff/requests/intake/content');
    await field(page, '依頼のタイトル').fill('買い物の付き添い');
    await field(page, 'お願いしたいこと').fill('足が弱くなったので、近くのスーパーへの買い物に付き添ってほしいとのことです。');
    await page
      .getByRole('button', { name: /を追加する/ })
      .first()
      .click();
    await expectAccessible(page);
    await next(page);

    // 3/5 日時: every Saturday morning from the coming Saturday.
    await page.waitForURL('**/staff/requests/intake/schedule');
    await page.getByLabel('毎週').check();
    await page.getByLabel('土曜日の午前').check();
    await field(page, '始める日').fill(saturday.iso);
    await expectAccessible(page);
    await next(page);

    // 4/5 場所と条件, with a 要配慮個人情報 note and the person's consent.
    await page.waitForURL('**/staff/requests/intake/place');
    await field(page, '地区').selectOption({ label: '若葉台小学校区' });
    await field(page, '必要な人数').fill('1');
    await field(page, 'メモ').fill('足が不自由で、杖を使っています。');
    await page.getByRole('button', { name: '入力内容を確認する' }).click();
    await page.getByRole('link', { name: /ご本人の同意が必要です/ }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('ご本人から、健康や障害のメモを記録することの同意を得ました').check();
    await page.getByRole('button', { name: '入力内容を確認する' }).click();

    // 5/5 確認: no one like her yet, so she is registered with the request.
    await page.waitForURL('**/staff/requests/intake/confirm');
    await page.getByText('毎週 土曜日の午前').first().waitFor();
    await page.getByText('あなたが担当するセンターには、同じ方と思われる登録は見つかりませんでした。').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'この内容で受け付ける' }).click();

    await page.waitForURL(/\/staff\/requests\/[0-9a-f-]{36}$/);
    await page.getByText('依頼を受け付けました。').waitFor();
    await page.getByRole('heading', { level: 1, name: /買い物の付き添い/ }).waitFor();
    await page.getByText('受付済み').first().waitFor();
    await page.getByText('足が不自由で、杖を使っています。').waitFor();
    await page.getByText('要配慮個人情報').first().waitFor();
    await expectAccessible(page);

    // The list shows it among the accepted requests, under her name.
    await page.goto(`${BASE_URL}/staff/requests?status=open`);
    const row = page.getByRole('row').filter({ hasText: '買い物の付き添い' }).filter({ hasText: caller });
    await row.waitFor();
    await expectAccessible(page);

    // The new person has a record of her own, without an account.
    await page.goto(`${BASE_URL}/staff/people?q=${encodeURIComponent(caller)}`);
    await page.getByRole('link', { name: caller }).waitFor();
    await context.close();
  });
});
