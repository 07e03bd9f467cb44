import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, PHONE } from './support/browser';
import { waitForMail } from './support/mail-catcher';
import { BASE_URL } from './support/stack';

type FocusTarget = { label: string } | { button: string } | { checkbox: true };

/** Presses Tab until the focused element is the target, as a keyboard user would. */
async function tabTo(page: Page, target: FocusTarget, maxTabs = 60): Promise<void> {
  for (let tab = 0; tab < maxTabs; tab++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return false;
      if ('button' in wanted) return el.tagName === 'BUTTON' && (el.textContent ?? '').includes(wanted.button);
      if ('checkbox' in wanted) return el.type === 'checkbox';
      return Array.from(el.labels ?? []).some((label) => (label.textContent ?? '').includes(wanted.label));
    }, target);
    if (reached) return;
  }
  throw new Error(`Could not reach ${JSON.stringify(target)} with the Tab key.`);
}

describe('新規登録: a resident signs up with the keyboard alone and verifies by the mailed link', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const expectAccessible = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const typeInto = async (label: string, text: string) => {
    await tabTo(page, { label });
    await page.keyboard.type(text);
  };
  const pressButton = async (button: string) => {
    await tabTo(page, { button });
    await page.keyboard.press('Enter');
  };

  it('signs up in steps, confirms, opens the mailed link, and is logged in', async () => {
    const email = `signup.${randomUUID().slice(0, 8)}@example.jp`;
    await page.goto(`${BASE_URL}/signup`);
    await heading('新規登録');
    await expectAccessible();

    await typeInto('メールアドレス', email);
    await typeInto('パスワード', 'sakura-no-hana-2026');
    await pressButton('次へ進む');

    await page.waitForURL('**/signup/name');
    await expectAccessible();
    await typeInto('お名前', '高橋 はる');
    await typeInto('ふりがな', 'たかはし はる');
    await pressButton('次へ進む');

    await page.waitForURL('**/signup/consent');
    await expectAccessible();
    await tabTo(page, { checkbox: true });
    await page.keyboard.press('Space');
    await pressButton('次へ進む');

    await page.waitForURL('**/signup/confirm');
    await expectAccessible();
    await expect(page.getByText(email).count()).resolves.toBeGreaterThan(0);
    await pressButton('この内容で登録する');

    await page.waitForURL('**/signup/sent');
    await expectAccessible();

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('【つなぐ】メールアドレスの確認をお願いします');
    const link = /https?:\/\/\S+\/verify-email\?token=\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link as string);
    await page.getByRole('heading', { name: 'メールアドレスを確認しました' }).waitFor();
    await expectAccessible();

    await page.goto(`${BASE_URL}/me`);
    await heading('マイページ');
    await expect(page.getByText('高橋 はる さん、こんにちは。').count()).resolves.toBe(1);
    await expect(page.getByText('住民').count()).resolves.toBeGreaterThan(0);
    await expectAccessible();
  });
});
