import { DayPeriod, WEEKDAYS } from '@tsunagu/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPost, DEMO_PASSWORD, DEMO_STAFF, logIn, RESIDENT_PASSWORD, signUpVerifiedResident, uniqueEmail } from './support/accounts';
import { accessibilityViolations, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { addDays, japaneseDate, todayInJapan, weekdayOf } from './support/dates';
import { field } from './support/forms';
import {
  aobaFiguresFromApi,
  aobaFiguresOnPage,
  AOBA_CENTER,
  areaNamed,
  card,
  centerNamed,
  confirmationMail,
  kanaToken,
  ONE_ICS_FILE,
  openActivityForm,
  openApproval,
  registerVolunteer,
  saveActivity,
  shownContacts,
  type Volunteer,
} from './support/matching';
import { BASE_URL } from './support/stack';

/** The coming Saturday in Japan (next week's when today is Saturday, so 9:00 is never past). */
function comingSaturday(): { iso: string; words: string } {
  const today = todayInJapan();
  const iso = addDays(today, (WEEKDAYS.indexOf('sat') - WEEKDAYS.indexOf(weekdayOf(today).code) + 7) % 7 || 7);
  return { iso, words: `${japaneseDate(iso)}（土）` };
}

/**
 * 依頼 (requests), through the real stack at phone width: a member of an approved NPO posts a
 * request for 草取り on the coming Saturday morning and sees it waiting for the center (受付待ち).
 * Then a phone request end to end: a coordinator takes one for an elderly resident with no
 * account, registering her by proxy in the same steps (受付済み); finds a volunteer among the
 * ranked candidates and records her agreement taken by phone; approves the match — told to phone
 * the resident, who has no email — and sees both sides' contacts; the volunteer gets the
 * confirmation with the .ics file and sees the resident's phone and address on あなたのマッチング;
 * she records the activity, the coordinator closes the request (完了) and 活動の実績 counts it.
 * axe on every page visited.
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
    const aoba = await centerNamed(AOBA_CENTER);
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

  describe('a phone request for an elderly resident with no account, end to end', () => {
    const token = kanaToken();
    const today = todayInJapan();
    // Every week on today's day of the week, from today: the first outing can be recorded today.
    const weekday = weekdayOf(today);
    const morning = `${weekday.ja}曜日の午前`;
    const caller = `川村 キヨ${token}`;
    const callerPhone = '03-5555-0123';
    const title = `買い物の付き添い（${token}）`;
    const address = `つなぐ区若葉台2-8-5（${token}）`;
    const volunteer: Volunteer = {
      name: `森下 さち${token}`,
      kana: `もりした さち${token}`,
      email: uniqueEmail('morishita'),
      words: `買い物の付き添いをしています（${token}）`,
    };
    let coordinator: { context: BrowserContext; page: Page };
    let requestUrl = '';
    let figuresBefore: number[] = [];

    beforeAll(async () => {
      // A volunteer for 買い物代行 in 若葉台, free on that morning and insured.
      const wakabadai = await areaNamed('若葉台小学校区');
      await registerVolunteer(browser, volunteer, {
        categoryCode: 'shopping-errands',
        areaId: wakabadai.id,
        slots: [{ day: weekday.code, period: DayPeriod.Morning }],
        insured: true,
      });
      coordinator = await newPage();
      await logIn(coordinator.page, DEMO_STAFF.aobaCoordinator);
      // The figures before this journey, so the last step can tell what it added.
      figuresBefore = await aobaFiguresFromApi(coordinator.context.request);
    });
    afterAll(() => coordinator?.context.close());

    it('a coordinator takes it on the phone, registering her by proxy, and it is accepted', async () => {
      const { page } = coordinator;
      await page.goto(`${BASE_URL}/staff/requests`);
      await page.getByRole('heading', { level: 1, name: '依頼の一覧' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: '電話・窓口で受けた依頼を入力する' }).click();

      // 1/5 依頼する方: a new person, registered by proxy in the same step; she wants a phone call.
      await page.waitForURL('**/staff/requests/intake');
      await page.getByText('ステップ 1/5').waitFor();
      await expectAccessible(page);
      await page.getByLabel('はじめての方（この場で代理登録します）').check();
      await field(page, 'お名前').fill(caller);
      await field(page, 'ふりがな').fill(`かわむら きよ${token}`);
      await field(page, '生年月日').fill('昭和15年3月3日');
      await page.getByText('1940年3月3日').first().waitFor();
      await page.getByLabel('電話（職員がお電話します）').check();
      await field(page, '電話番号').fill(callerPhone);
      await page.locator('#intake-consent-registration').check();
      await expectAccessible(page);
      await next(page);

      // 2/5 依頼の内容: 買い物代行, among the categories the text suggests.
      await page.waitForURL('**/staff/requests/intake/content');
      await field(page, '依頼のタイトル').fill(title);
      await field(page, 'お願いしたいこと').fill('足が弱くなったので、近くのスーパーへの買い物に付き添ってほしいとのことです。');
      await page.getByRole('button', { name: '「買い物代行」を追加する' }).click();
      await page.getByText('「買い物代行」を選んでいます').waitFor();
      await expectAccessible(page);
      await next(page);

      // 3/5 日時: every week on this morning, from today.
      await page.waitForURL('**/staff/requests/intake/schedule');
      await page.getByLabel('毎週').check();
      await page.getByLabel(morning).check();
      await field(page, '始める日').fill(today);
      await expectAccessible(page);
      await next(page);

      // 4/5 場所と条件: her address, and a 要配慮個人情報 note with her consent.
      await page.waitForURL('**/staff/requests/intake/place');
      await field(page, '地区').selectOption({ label: '若葉台小学校区' });
      await field(page, '活動する場所の住所').fill(address);
      await field(page, '必要な人数').fill('1');
      await field(page, 'メモ').fill('足が不自由で、杖を使っています。');
      await page.getByRole('button', { name: '入力内容を確認する' }).click();
      await page.getByRole('link', { name: /ご本人の同意が必要です/ }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('ご本人から、健康や障害のメモを記録することの同意を得ました').check();
      await page.getByRole('button', { name: '入力内容を確認する' }).click();

      // 5/5 確認: no one like her yet, so she is registered with the request.
      await page.waitForURL('**/staff/requests/intake/confirm');
      await page.getByText(`毎週 ${morning}`).first().waitFor();
      await page.getByText('あなたが担当するセンターには、同じ方と思われる登録は見つかりませんでした。').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'この内容で受け付ける' }).click();

      await page.waitForURL(/\/staff\/requests\/[0-9a-f-]{36}$/);
      requestUrl = page.url();
      await page.getByText('依頼を受け付けました。').waitFor();
      await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
      await page.getByText('受付済み').first().waitFor();
      await page.getByText('足が不自由で、杖を使っています。').waitFor();
      await page.getByText('要配慮個人情報').first().waitFor();
      await expectAccessible(page);

      // The list shows it among the accepted requests, under her name.
      await page.goto(`${BASE_URL}/staff/requests?status=open`);
      const row = page.getByRole('row').filter({ hasText: title }).filter({ hasText: caller });
      await row.waitFor();
      await expectAccessible(page);

      // The new person has a record of her own, without an account.
      await page.goto(`${BASE_URL}/staff/people?q=${encodeURIComponent(caller)}`);
      await page.getByRole('link', { name: caller }).waitFor();
      await expectAccessible(page);
    });

    it('the coordinator finds the volunteer among the ranked candidates, with reasons, and records her agreement taken by phone', async () => {
      const { page } = coordinator;
      await page.goto(requestUrl);
      await page.getByRole('link', { name: '候補の方を見る・打診する' }).click();
      await page.waitForURL('**/matching');
      await page.getByRole('heading', { level: 1, name: 'マッチング（候補の方と打診）' }).waitFor();
      await page.getByText(title).first().waitFor();

      const candidate = card(page, volunteer.name);
      await candidate.waitFor();
      await candidate.getByText(/合う度合い：\d+点（100点満点）/).waitFor();
      const reasons = (await candidate.getByRole('list', { name: `${volunteer.name}さんが候補になった理由` }).textContent()) ?? '';
      expect(reasons).toContain('できること：');
      expect(reasons).toContain('買い物代行');
      expect(reasons).toContain(`日時：`);
      expect(reasons).toContain(`${weekday.ja}曜日`);
      await expectAccessible(page);

      // A phone request, answered by phone: the coordinator calls the volunteer and records her yes.
      await candidate.getByRole('button', { name: '電話で了承を得た' }).click();
      const panel = page.getByRole('region', { name: `${volunteer.name}さんが電話で引き受けてくださったことを記録します` });
      await field(panel, 'メモ').fill('杖の方なので、ゆっくり歩くとのことです。');
      await expectAccessible(page);
      await panel.getByRole('button', { name: '了承を記録する' }).click();
      await page.getByText(`${volunteer.name}さんの了承を記録しました。`, { exact: false }).waitFor();
      const offers = page.getByRole('list', { name: '打診の状況' });
      await expect(offers.getByRole('listitem').filter({ hasText: volunteer.name }).textContent()).resolves.toContain(
        '引き受けてくださいました（電話）',
      );
      await expectAccessible(page);
    });

    it('approves the match, told to phone the resident, and sees both sides’ contact details', async () => {
      const { page } = coordinator;
      const confirm = await openApproval(page, volunteer.name);
      // Only the volunteer gets a mail: the resident has no address, so the coordinator calls her.
      const said = (await confirm.textContent()) ?? '';
      expect(said).toContain(`${volunteer.name}さんに確認のメールを送ります。`);
      expect(said).toContain('依頼した方はメールアドレスがないため、メールは届きません。承認したら、お電話でお知らせください。');
      await expectAccessible(page);
      await confirm.getByRole('button', { name: '承認する', exact: true }).click();
      await page.getByText(`${volunteer.name}さんとのマッチングを承認しました。`, { exact: false }).waitFor();
      await page.getByText('依頼した方には、お電話でお知らせください。', { exact: false }).waitFor();
      // One volunteer was needed: the request is 決定.
      await page.getByText('決定', { exact: true }).waitFor();

      const approved = card(page, volunteer.name).filter({ hasText: '承認済み' });
      const shown = await shownContacts(approved);
      expect(shown).toContain(caller);
      expect(shown).toContain(callerPhone);
      expect(shown).toContain(volunteer.email);
      expect(shown).toContain(address);
      await expectAccessible(page);
    });

    it('the volunteer gets the confirmation with the .ics file, and sees the resident’s phone and address on あなたのマッチング', async () => {
      const mail = await confirmationMail(volunteer.email, title);
      expect(mail.text).toContain(caller);
      expect(mail.text).toContain(callerPhone);
      expect(mail.text).toContain(address);
      expect(mail.files).toEqual(ONE_ICS_FILE);

      const { context, page } = await newPage();
      await logIn(page, volunteer.email, RESIDENT_PASSWORD);
      await page.goto(`${BASE_URL}/me`);
      await page.getByRole('link', { name: 'あなたのマッチングを見る' }).click();
      await page.getByRole('heading', { level: 1, name: 'あなたのマッチング' }).waitFor();
      const match = card(page, title);
      await match.getByText('承認済み').waitFor();
      await expectAccessible(page);
      const shown = await shownContacts(match);
      expect(shown).toContain(caller);
      expect(shown).toContain(callerPhone);
      expect(shown).toContain(address);
      await expectAccessible(page);

      // After the outing she records it herself.
      const form = await openActivityForm(page, match, title);
      await expectAccessible(page);
      await saveActivity(form, { date: today, hours: '1.5', notes: 'スーパーまで往復しました。次回も同じ時間で大丈夫です。' });
      await match.getByText(/1\.5時間、活動しました/).waitFor();
      await expectAccessible(page);
      await context.close();
    });

    it('the coordinator sees the activity, closes the request (完了), and 活動の実績 counts it', async () => {
      const { page } = coordinator;
      await page.reload();
      const approved = card(page, volunteer.name).filter({ hasText: '承認済み' });
      await approved.getByText(`1.5時間、活動しました（記録：${volunteer.name}）`, { exact: false }).waitFor();
      await expectAccessible(page);

      // A weekly request goes on until a coordinator closes it.
      await page.goto(requestUrl);
      await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
      await page.getByRole('button', { name: '完了にする' }).click();
      await page.getByText('完了にしました。').waitFor();
      await expectAccessible(page);
      await page.goto(`${BASE_URL}/staff/requests?status=done`);
      await page.getByRole('row').filter({ hasText: title }).filter({ hasText: caller }).waitFor();
      await expectAccessible(page);

      // 活動につながった数 +1 (new to activities), 支援実施回数 +1, 依頼の受付数 +1, マッチング数 +1.
      const after = await aobaFiguresOnPage(page);
      expect(after).toEqual(figuresBefore.map((figure) => figure + 1));
      await expectAccessible(page);
    });
  });
});
