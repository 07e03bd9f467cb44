import { Role } from '@tsunagu/contracts';
import type { Browser } from 'playwright-core';
import { apiPost, DEMO_STAFF, logIn, signUpVerifiedResident } from './support/accounts';
import { accessibilityViolations, DESKTOP, launchBrowser } from './support/browser';
import { BASE_URL } from './support/stack';

/**
 * 職員の登録: an admin who takes back their own admin role sees the header's 職員メニュー go at
 * once, without reloading the page, and is offered a way on.
 */
describe('an admin takes back their own admin role', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the staff menu disappears at once', async () => {
    // A second admin, made by the demo admin, so the demo admin keeps their role.
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
    const { email } = await signUpVerifiedResident(context, { name: '管理 二郎', nameKana: 'かんり じろう' });
    const demoAdmin = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
    await logIn(await demoAdmin.newPage(), DEMO_STAFF.admin);
    await apiPost(demoAdmin.request, '/api/staff-grants', { email, role: Role.Admin });
    await demoAdmin.close();

    const page = await context.newPage();
    await page.goto(`${BASE_URL}/admin/staff`);
    await page.getByRole('heading', { level: 1, name: '職員の登録' }).waitFor();
    const staffMenu = page.getByRole('navigation', { name: '職員メニュー' });
    await staffMenu.waitFor();

    await page
      .getByRole('row')
      .filter({ hasText: email })
      .getByRole('button', { name: /取り消す/ })
      .click();
    await page.getByText('これは、あなた自身の役割です。').waitFor();
    await page.locator('section.confirm').getByRole('button', { name: '取り消す' }).click();

    await page.getByText('あなた自身の管理者の役割を取り消しました。').waitFor();
    await staffMenu.waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${BASE_URL}/admin/staff`);
    await page.getByRole('link', { name: 'マイページへ' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
