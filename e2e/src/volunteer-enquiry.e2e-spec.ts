import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { waitForMail } from './support/mail-catcher';
import { BASE_URL } from './support/stack';

describe('「ボランティアに興味がある」: a visitor enquires and gets the thank-you mail', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  beforeEach(async () => {
    context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const expectAccessible = async () => expect(await accessibilityViolations(page)).toEqual([]);
  /** Waits for the page's h1 (translations load after the first paint). */
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const uniqueEmail = () => `e2e.${randomUUID().slice(0, 8)}@example.jp`;

  it('goes from the home page to the form, in Japanese, with a skip link and no axe violations', async () => {
    await page.goto(`${BASE_URL}/`);
    await heading('ボランティアセンターのご案内');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect(page.title()).resolves.toContain('つなぐ');
    await expectAccessible();

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('本文へ移動');

    await page.getByRole('link', { name: 'お問い合わせフォームへ進む' }).click();
    await page.waitForURL('**/volunteer/enquiry');
    await heading('ボランティアに興味がある方へ');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await smallTouchTargets(page)).toEqual([]);
    await expectAccessible();
  });

  it('lists every problem at the top, focused, each linked to its field, and keeps what was typed', async () => {
    await page.goto(`${BASE_URL}/volunteer/enquiry`);
    await heading('ボランティアに興味がある方へ');
    await page.getByLabel('お名前').fill('つなぐ 花子');
    await page.getByLabel('メールアドレス').fill('hanako@');
    await page.getByRole('button', { name: '送信する' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const items = await summary.getByRole('link').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining(['ふりがなを入力してください。', 'メールアドレスを正しい形で入力してください。例：hanako@example.jp']),
    );
    await summary.getByRole('link', { name: 'ふりがなを入力してください。' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await page.getByLabel('ふりがな').getAttribute('id'));
    await expect(page.getByLabel('お名前').inputValue()).resolves.toBe('つなぐ 花子');
    expect(await page.getByLabel('メールアドレス').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
  });

  it('sends the enquiry, shows the confirmation page, and the mail arrives in the mail catcher', async () => {
    const email = uniqueEmail();
    await page.goto(`${BASE_URL}/volunteer/enquiry`);
    await heading('ボランティアに興味がある方へ');
    await page.getByLabel('お名前').fill('つなぐ 花子');
    await page.getByLabel('ふりがな').fill('ツナグ ハナコ');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('やってみたいこと').fill('草むしりと、高齢の方の話し相手をしてみたいです。');
    await page.getByLabel('お住まいの地区').selectOption({ label: '桜台小学校区' });
    await page.getByLabel('上記の内容に同意します').check();
    await page.getByRole('button', { name: '送信する' }).click();

    await page.waitForURL('**/volunteer/enquiry/thanks');
    await heading('お問い合わせを受け付けました');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expectAccessible();

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('【つなぐ区ボランティアセンター】お問い合わせを受け付けました');
    expect(mail.text).toContain('つなぐ 花子 様');
    expect(mail.text).toContain('草むしりと、高齢の方の話し相手をしてみたいです。');
    expect(mail.text).toContain('桜台小学校区');
  });

  it('works in English at desktop width, and the mail comes in English', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${BASE_URL}/volunteer/enquiry`);
    await heading('ボランティアに興味がある方へ');
    await page.getByRole('button', { name: 'English' }).click();
    await heading('Interested in volunteering?');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expectAccessible();

    const email = uniqueEmail();
    // No kanji in the name, so no ふりがな is needed.
    await page.getByRole('textbox', { name: /^Name/ }).fill('Maria Santos');
    await page.getByLabel('Email address', { exact: false }).fill(email);
    await page.getByLabel('What you would like to do', { exact: false }).fill('Teaching English to children.');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Send' }).click();

    await page.waitForURL('**/volunteer/enquiry/thanks');
    await expectAccessible();
    const mail = await waitForMail(email);
    expect(mail.subject).toBe('[Tsunagu Volunteer Center] We have received your enquiry');
    expect(mail.text).toContain('Dear Maria Santos,');
  });

  it('shows a plain page for an address that does not exist', async () => {
    await page.goto(`${BASE_URL}/no-such-page`);
    await heading('ページが見つかりません');
    await expectAccessible();
  });
});
