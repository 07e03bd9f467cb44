import { randomInt } from 'node:crypto';
import {
  type CenterSummary,
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  type DuplicateCheckResult,
  type PersonSummary,
} from '@tsunagu/contracts';
import type { Browser, Page } from 'playwright-core';
import { apiPost, DEMO_STAFF, logIn, uniqueEmail } from './support/accounts';
import { accessibilityViolations, DESKTOP, launchBrowser, PHONE } from './support/browser';
import { field } from './support/forms';
import { waitForMail } from './support/mail-catcher';
import { BASE_URL } from './support/stack';

/**
 * 「ご本人がログインして使えるようにする」, through the real stack: a coordinator opens the record
 * of a person registered by proxy (giving 「その他」 with their own words as the reason), mails
 * them an invitation; the person opens the link from the mail catcher, sets a password, logs in
 * and finds their name on マイページ.
 */
describe('a proxy-registered person starts using their own account', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

  it('the coordinator invites by email; the person sets a password from the mail and logs in', async () => {
    const staff = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
    const page = await staff.newPage();
    await logIn(page, DEMO_STAFF.aobaCoordinator);

    // The person came to the counter last week (proxy registration itself is covered elsewhere).
    const centers = (await (await staff.request.get(`${BASE_URL}/api/centers`)).json()) as CenterSummary[];
    const aoba = centers.find((center) => center.nameJa === '青葉地区ボランティアセンター') as CenterSummary;
    const name = '川村 ハツエ';
    const check = {
      name,
      nameKana: 'かわむら はつえ',
      birthDate: `194${randomInt(10)}-0${1 + randomInt(9)}-1${randomInt(10)}`,
      phone: `03-${1000 + randomInt(9000)}-${1000 + randomInt(9000)}`,
    };
    // Earlier runs against the same database registered other people of this name: they are acknowledged as others.
    const { candidates } = (await apiPost(staff.request, '/api/people/duplicate-check', check)) as DuplicateCheckResult;
    const person = (await apiPost(staff.request, '/api/people', {
      ...check,
      contactMethod: ContactMethod.Phone,
      centerId: aoba.id,
      consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
      acknowledgedDuplicateIds: candidates.map((candidate) => candidate.personId),
    })) as PersonSummary;

    // 「その他」 needs the coordinator's own words.
    await page.goto(`${BASE_URL}/staff/people/${person.id}`);
    await page.getByRole('heading', { level: 1, name: '住民の詳細' }).waitFor();
    await page.getByLabel('その他', { exact: true }).check();
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('link', { name: '「その他」を選んだときは、閲覧する理由を入力してください。' }).waitFor();
    await expectAccessible(page);
    const note = 'ご本人からログインの方法について相談があったため';
    await field(page, 'その他の理由').fill(note);
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('heading', { name: `${name} さん` }).waitFor();
    await page.getByText(`閲覧の理由「その他：${note}」で表示しています。`).waitFor();

    const claim = page.getByRole('region', { name: 'ご本人がログインして使えるようにする' });
    await claim.waitFor();
    await expectAccessible(page);

    // An address another account already uses: the API's message appears at the field.
    await field(claim, 'ご本人のメールアドレス').fill(DEMO_STAFF.kawabeCoordinator);
    await claim.getByRole('button', { name: 'メールを送る' }).click();
    await claim.getByText('このメールアドレスは、すでに別のアカウントで使われています。').waitFor();
    await expectAccessible(page);

    const email = uniqueEmail('hatsue');
    await field(claim, 'ご本人のメールアドレス').fill(email);
    await claim.getByRole('button', { name: 'メールを送る' }).click();
    await claim.getByText(`${email} に、パスワードを設定するためのメールを送りました。リンクの有効期限は72時間です。`).waitFor();
    await page.getByText('あり（ご本人がログインできます）').waitFor();
    await expectAccessible(page);
    await staff.close();

    // The person, on their phone, opens the mail.
    const mail = await waitForMail(email, 20_000, (m) => m.subject.includes('ご自身でのご利用'));
    const link = /https?:\/\/\S+\/password-reset\/confirm\?token=[\w-]+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`The invitation had no link:\n${mail.text}`);
    expect(mail.text).toContain('72');

    const own = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    const phone = await own.newPage();
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: '新しいパスワードの設定' }).waitFor();
    await expectAccessible(phone);
    const password = 'hatsue-no-niwa-2026';
    await field(phone, '新しいパスワード').fill(password);
    await field(phone, '新しいパスワード（確認のため、もう一度）').fill(password);
    await phone.getByRole('button', { name: 'パスワードを設定する' }).click();
    await phone.waitForURL('**/login');

    await logIn(phone, email, password);
    await phone.goto(`${BASE_URL}/me`);
    await phone.getByRole('heading', { level: 1, name: 'マイページ' }).waitFor();
    await phone.getByText(`${name} さん、こんにちは。`).waitFor();
    await expectAccessible(phone);
    await own.close();
  });
});
