import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF, logIn, signUpVerifiedResident, uniqueEmail } from './support/accounts';
import { field } from './support/forms';
import { accessibilityViolations, DESKTOP, launchBrowser, PHONE } from './support/browser';
import { waitForMail } from './support/mail-catcher';
import { BASE_URL } from './support/stack';

/**
 * People and permissions, through the real stack: proxy registration by a district coordinator,
 * another district's coordinator refused, an NPO applying and approved (with its mail), and a
 * resident downloading and deleting their data.
 */
describe('people and permissions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function newPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', acceptDownloads: true });
    return { context, page: await context.newPage() };
  }
  const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

  let proxyPersonUrl = '';

  it('a district coordinator registers an 82-year-old without email by proxy', async () => {
    const { context, page } = await newPage();
    await logIn(page, DEMO_STAFF.aobaCoordinator);

    await page.goto(`${BASE_URL}/staff/people/new`);
    await page.getByRole('heading', { level: 1, name: '代理登録' }).waitFor();
    await expectAccessible(page);
    await field(page, 'お名前').fill('山田 トメ');
    await field(page, 'ふりがな').fill('ヤマダ トメ');
    // 和暦 as on a paper form: read back as the Western date before it is saved.
    await field(page, '生年月日').fill('昭和19年4月1日');
    await page.getByText('1944年4月1日', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: '次へ進む' }).click();

    await page.waitForURL('**/staff/people/new/contact');
    await expectAccessible(page);
    await page.getByLabel('電話（職員がお電話します）').check();
    await field(page, '電話番号').fill('03-3456-7890');
    await page.getByRole('button', { name: '次へ進む' }).click();

    await page.waitForURL('**/staff/people/new/consent');
    await expectAccessible(page);
    await page.locator('#proxy-consent-registration').check();
    await page.getByRole('button', { name: '次へ進む' }).click();

    await page.waitForURL('**/staff/people/new/confirm');
    await page.getByText('1944年4月1日').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'この内容で登録する' }).click();

    await page.waitForURL('**/staff/people/new/done');
    await page.getByText('山田 トメ さんを登録しました。').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: '山田 トメ さんの登録内容を見る' }).click();
    await page.waitForURL(/\/staff\/people\/[0-9a-f-]{36}$/);
    proxyPersonUrl = page.url();
    await page.getByLabel('活動の調整').check();
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('heading', { name: '山田 トメ さん' }).waitFor();
    await expect(page.getByText('03-3456-7890').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('電話（職員がお電話します）').count()).resolves.toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it("another district's coordinator is refused that person, in the page and in the API", async () => {
    expect(proxyPersonUrl).not.toBe('');
    const { context, page } = await newPage(PHONE);
    await logIn(page, DEMO_STAFF.kawabeCoordinator);

    const personId = proxyPersonUrl.split('/').pop() as string;
    const api = await context.request.get(`${BASE_URL}/api/people/${personId}?reason=coordination`);
    expect(api.status()).toBe(403);
    expect(JSON.stringify(await api.json())).not.toContain('03-3456-7890');

    await page.goto(proxyPersonUrl);
    await page.getByLabel('活動の調整').check();
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('alert').getByText('この方は、あなたが担当するセンターの登録ではありません。').waitFor();
    await expect(page.getByText('03-3456-7890').count()).resolves.toBe(0);
    await expectAccessible(page);

    // Nor does the person appear in this coordinator's list.
    await page.goto(`${BASE_URL}/staff/people`);
    await page.getByRole('heading', { level: 1, name: '住民の一覧' }).waitFor();
    await expect(page.getByText('山田 トメ').count()).resolves.toBe(0);
    await context.close();
  });

  it('an NPO applies, the coordinator approves, and the mail reaches the applicant', async () => {
    const applicant = await newPage(PHONE);
    const { email } = await signUpVerifiedResident(applicant.context, { name: '青葉 一郎', nameKana: 'あおば いちろう' });
    const page = applicant.page;

    await page.goto(`${BASE_URL}/organisations/apply`);
    await page.getByRole('heading', { level: 1, name: '団体・企業の登録申請' }).waitFor();
    await expectAccessible(page);
    const orgName = `NPO法人 青葉みまもりの会 ${email.slice(9, 13)}`;
    await page.getByLabel('NPO法人').check();
    await field(page, '団体・企業の名前').fill(orgName);
    await field(page, '団体・企業の名前のふりがな').fill('あおばみまもりのかい');
    await field(page, '活動の内容').fill('一人暮らしの高齢の方の見守りと、地域の清掃をしています。');
    await field(page, '活動している地域のセンター').selectOption({ label: '青葉地区ボランティアセンター' });
    await field(page, '代表者のお名前').fill('青葉 一郎');
    await field(page, '電話番号').fill('03-1234-5678');
    await field(page, '団体・企業のメールアドレス').fill(uniqueEmail('info'));
    await page.getByRole('button', { name: '申請する' }).click();
    await page.waitForURL('**/organisations/apply/done');
    await page.getByText(`「${orgName}」の登録申請を受け付けました。ありがとうございます。`).waitFor();
    await expectAccessible(page);

    const coordinator = await newPage();
    await logIn(coordinator.page, DEMO_STAFF.aobaCoordinator);
    await coordinator.page.goto(`${BASE_URL}/staff/organisations`);
    await coordinator.page.getByRole('heading', { level: 1, name: '登録申請の審査' }).waitFor();
    const application = coordinator.page.locator('article, li, section').filter({ hasText: orgName }).last();
    await application.getByRole('button', { name: '承認する' }).click();
    await field(coordinator.page, '申請した方へのメッセージ').fill('ご登録ありがとうございます。よろしくお願いいたします。');
    await expectAccessible(coordinator.page);
    await coordinator.page.getByRole('button', { name: '承認する' }).last().click();
    await coordinator.page.getByText(`「${orgName}」を承認しました。`).waitFor();
    await expectAccessible(coordinator.page);

    const mail = await waitForMail(email, 20_000, (m) => m.subject.includes('承認'));
    expect(mail.text).toContain(orgName);
    expect(mail.text).toContain('ご登録ありがとうございます。よろしくお願いいたします。');

    await page.goto(`${BASE_URL}/me`);
    await page.getByText(orgName).first().waitFor();
    await expect(page.getByText('承認済み').count()).resolves.toBeGreaterThan(0);
    await applicant.context.close();
    await coordinator.context.close();
  });

  it('a resident downloads their data, then deletes their registration', async () => {
    const { context, page } = await newPage(PHONE);
    const { email, password } = await signUpVerifiedResident(context, { name: '佐藤 みどり', nameKana: 'さとう みどり' });

    await page.goto(`${BASE_URL}/me`);
    await page.getByRole('heading', { level: 1, name: 'マイページ' }).waitFor();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '自分のデータをダウンロード' }).click();
    const download = await downloading;
    const file = await download.path();
    const data = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'))) as {
      account: { email: string };
      person: { name: string };
      consents: { purpose: string }[];
    };
    expect(data.account.email).toBe(email);
    expect(data.person.name).toBe('佐藤 みどり');
    expect(data.consents.map((consent) => consent.purpose)).toContain('account-registration');

    await page.getByRole('button', { name: '登録を削除する' }).click();
    await page.getByRole('heading', { name: '本当に登録を削除しますか' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('上の内容を読み、登録を削除することに同意します').check();
    await page.getByRole('button', { name: '登録を削除する' }).last().click();
    await page.getByText('登録を削除しました').first().waitFor();

    // The account is gone: the same email and password no longer log in.
    const login = await context.request.post(`${BASE_URL}/api/sessions`, {
      data: { email, password },
      headers: { 'x-xsrf-token': (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' },
    });
    expect(login.status()).toBe(401);
    await context.close();
  });
});
