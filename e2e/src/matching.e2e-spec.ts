import { randomUUID } from 'node:crypto';
import {
  type ActivityFiguresRow,
  type AreaSummary,
  type CenterSummary,
  type CreateOrganisationRequest,
  DayPeriod,
  InsurancePlan,
  type OrganisationSummary,
  OrganisationKind,
  type RequestDetail,
  type SaveSkillProfileRequest,
  SkillLevel,
} from '@tsunagu/contracts';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiPost, DEMO_PASSWORD, DEMO_STAFF, logIn, signUpVerifiedResident, uniqueEmail } from './support/accounts';
import { accessibilityViolations, hasHorizontalScroll, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { field } from './support/forms';
import { type CaughtMail, waitForMail } from './support/mail-catcher';
import { BASE_URL, MAIL_API } from './support/stack';

/** An unsafe API call with the CSRF header the web client sends (PUT; POST is in support/accounts). */
async function apiPut(request: APIRequestContext, path: string, data: unknown): Promise<unknown> {
  await request.get(`${BASE_URL}/api/health`);
  const csrf = (await request.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await request.put(`${BASE_URL}${path}`, { data, headers: { 'x-xsrf-token': csrf } });
  if (!response.ok()) throw new Error(`PUT ${path} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${BASE_URL}${path}`);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Three random hiragana, so this run's people are told apart from anyone else's. */
function kanaToken(): string {
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';
  const bytes = randomUUID().replace(/-/g, '');
  return Array.from({ length: 3 }, (_, i) => kana[parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % kana.length]).join('');
}

/** Today in Japan, YYYY-MM-DD. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** MailDev's view of a mail, with what it lists as attached. */
interface MailWithAttachments extends CaughtMail {
  attachments?: { fileName?: string; generatedFileName?: string; contentType: string }[];
}

/** The mailed link to answer an offer, as the volunteer would open it. */
function offerLink(mail: CaughtMail, answer: 'accept' | 'decline'): string {
  const link = new RegExp(`https?://[^\\s]+/offers/respond\\?token=[\\w-]+&answer=${answer}`).exec(mail.text)?.[0];
  if (!link) throw new Error(`The offer mail had no ${answer} link:\n${mail.text}`);
  return link;
}

/**
 * The match flow of issue 5, through the real stack at phone width: an NPO asks for help with
 * 草取り on Saturday mornings; the 青葉 coordinator sees the two volunteers who registered 草むしり /
 * 庭仕事 ranked with reasons (and a warning in words for the one without insurance), offers the
 * request to both; one accepts through the mailed link (opening it answers nothing), the other
 * declines and then offers to help from 「あなたへのおすすめの依頼」; the coordinator approves the
 * first, the confirmation mails carry the .ics file and the counterpart's contact details, the
 * contacts are seen (and logged); the activity is recorded and 活動の実績 counts it. axe finds
 * nothing on any page.
 */
describe('マッチング: ranked candidates, 打診 by mail, approval, 活動記録 and the figures', () => {
  let browser: Browser;
  let npo: BrowserContext;
  let coordinatorApi: BrowserContext;
  let coordinator: { context: BrowserContext; page: Page };
  const token = kanaToken();
  const today = todayInJapan();
  const thisMonth = Number(today.slice(5, 7));
  const title = `庭の草取り（${token}）`;
  const address = `青葉町1-2-3 みどりの家（${token}）`;
  const npoName = `NPO法人 青葉のみどり（${token}）`;
  const npoEmail = uniqueEmail('npo');
  const first = {
    name: `草野 はな${token}`,
    kana: `くさの はな${token}`,
    email: uniqueEmail('kusano'),
    words: `草むしりが得意です（${token}）`,
  };
  const second = {
    name: `庭田 まもる${token}`,
    kana: `にわた まもる${token}`,
    email: uniqueEmail('niwata'),
    words: `庭仕事を長くしています（${token}）`,
  };
  /** Agrees on the phone when the coordinator calls. */
  const third = {
    name: `芝山 ゆう${token}`,
    kana: `しばやま ゆう${token}`,
    email: uniqueEmail('shibayama'),
    words: `芝刈りと草取り（${token}）`,
  };
  let requestId = '';
  let figuresBefore: number[] = [];

  const expectAccessible = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await smallTouchTargets(page)).toEqual([]);
  };

  async function registerVolunteer(person: typeof first, areaId: string, insured: boolean): Promise<void> {
    const context = await browser.newContext();
    await signUpVerifiedResident(context, { name: person.name, nameKana: person.kana, email: person.email });
    const profile: SaveSkillProfileRequest = {
      skills: [{ categoryCode: 'garden-work', ownWords: person.words, level: SkillLevel.Experienced }],
      qualifications: [],
      languages: ['ja'],
      weeklySlots: [{ day: 'sat', period: DayPeriod.Morning }],
      datesOff: [],
      homeAreaId: areaId,
      areaIds: [areaId],
      inPerson: true,
      online: false,
      transport: [],
      insurance: insured
        ? {
            plan: InsurancePlan.BasicA,
            fiscalYear: Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1,
            coverStart: today,
          }
        : null,
      publicListing: false,
      nickname: null,
      step: 5,
      submit: true,
    };
    await apiPut(context.request, '/api/me/skill-profile', profile);
    await context.close();
  }

  /** The 活動の実績 row of this month for 青葉, as the coordinator reads it: the four figures. */
  async function aobaFiguresThisMonth(page: Page): Promise<number[]> {
    await page.goto(`${BASE_URL}/staff/activities/figures`);
    await page.getByRole('heading', { level: 1, name: '活動の実績' }).waitFor();
    const table = page.getByRole('table', { name: /^青葉地区ボランティアセンター 令和\d+年度（\d+年度）の活動の実績/ });
    await table.waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^(\\d+年)?${thisMonth}月$`) }) });
    const cells = await row.getByRole('cell').allTextContents();
    return cells.map((text) => Number(text.trim()));
  }

  function candidate(page: Page, name: string): Locator {
    return page.getByRole('article', { name });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const areas = (await (await fetch(`${BASE_URL}/api/areas`)).json()) as AreaSummary[];
    const centers = (await (await fetch(`${BASE_URL}/api/centers`)).json()) as CenterSummary[];
    const aobaArea = areas.find((area) => area.nameJa === '青葉小学校区') as AreaSummary;
    const aoba = centers.find((center) => center.nameJa === '青葉地区ボランティアセンター') as CenterSummary;

    // The NPO: a member signs up and applies; the 青葉 coordinator approves.
    npo = await browser.newContext();
    await signUpVerifiedResident(npo, { name: `緑川 しげる${token}`, nameKana: `みどりかわ しげる${token}`, email: npoEmail });
    const organisation = (await apiPost(npo.request, '/api/organisations', {
      kind: OrganisationKind.Npo,
      name: npoName,
      centerId: aoba.id,
      representativeName: `緑川 しげる${token}`,
      phone: '03-1234-5678',
      email: npoEmail,
      description: '青葉地区で、お年寄りのお宅の庭の手入れを手伝っています。',
    })) as OrganisationSummary;
    coordinatorApi = await browser.newContext();
    await apiPost(coordinatorApi.request, '/api/sessions', { email: DEMO_STAFF.aobaCoordinator, password: DEMO_PASSWORD });
    await apiPost(coordinatorApi.request, `/api/organisations/${organisation.id}/approve`, {});
    // The figures before this journey, so the last step can tell what it added.
    const month = today.slice(0, 7);
    const rows = await apiGet<ActivityFiguresRow[]>(coordinatorApi.request, `/api/activities/figures?from=${month}&to=${month}`);
    const row = rows.find((r) => r.centerId === aoba.id) as ActivityFiguresRow;
    figuresBefore = [row.connected, row.activities, row.requestsReceived, row.requestsMatched];

    // Two volunteers free on Saturday mornings in 青葉: one insured, one not.
    await registerVolunteer(first, aobaArea.id, true);
    await registerVolunteer(second, aobaArea.id, false);
    await registerVolunteer(third, aobaArea.id, true);

    // The NPO asks for help with 草取り every Saturday morning; the center takes it in.
    const body: CreateOrganisationRequest = {
      organisationId: organisation.id,
      submit: true,
      title,
      description: 'お一人暮らしの方のお宅で、庭の草取りをお願いします。道具はこちらで用意します。',
      categoryCodes: ['garden-work'],
      schedule: { kind: 'weekly', slots: [{ day: 'sat', period: DayPeriod.Morning }], from: today, until: null },
      areaId: aobaArea.id,
      address,
      headcount: 2,
      requiredQualifications: [],
      requiredLanguages: [],
      accessibilityNotes: null,
      whatToBring: '軍手と帽子',
      costsNote: null,
      sensitiveNotes: null,
      sensitiveConsent: false,
      online: false,
    };
    const request = (await apiPost(npo.request, '/api/requests/organisation', body)) as RequestDetail;
    requestId = request.id;
    await apiPost(coordinatorApi.request, `/api/requests/${requestId}/status`, { to: 'open' });

    coordinator = { context: await browser.newContext({ viewport: PHONE, locale: 'ja-JP' }), page: undefined as unknown as Page };
    coordinator.page = await coordinator.context.newPage();
    await logIn(coordinator.page, DEMO_STAFF.aobaCoordinator);
  });

  afterAll(async () => {
    await coordinator?.context.close();
    await coordinatorApi?.close();
    await npo?.close();
    await browser?.close();
  });

  it('the coordinator opens the request and sees the volunteers ranked, with a reason per factor and the warning in words', async () => {
    const { page } = coordinator;
    // 活動の実績 before: the page shows what the API counts (the request just taken in is there).
    const shownBefore = await aobaFiguresThisMonth(page);
    expect(shownBefore).toEqual([figuresBefore[0], figuresBefore[1], figuresBefore[2] + 1, figuresBefore[3]]);
    await expectAccessible(page);

    await page.goto(`${BASE_URL}/staff/requests/${requestId}`);
    await page.getByRole('link', { name: '候補の方を見る・打診する' }).click();
    await page.waitForURL(`**/staff/requests/${requestId}/matching`);
    await page.getByRole('heading', { level: 1, name: 'マッチング（候補の方と打診）' }).waitFor();
    await page.getByText(title).first().waitFor();

    for (const person of [first, second]) {
      const card = candidate(page, person.name);
      await card.waitFor();
      await expect(card.getByText(/合う度合い：\d+点（100点満点）/).count()).resolves.toBe(1);
      const reasons = card.getByRole('list', { name: `${person.name}さんが候補になった理由` });
      const text = (await reasons.textContent()) ?? '';
      expect(text).toContain('できること：');
      expect(text).toContain('日時：');
      expect(text).toContain('土曜日');
    }
    // No insurance on the activity date: said in words with a mark, not by colour alone.
    const warning = candidate(page, second.name).locator('.warning');
    await expect(warning.textContent()).resolves.toMatch(/注意：.*保険/);
    await expect(candidate(page, first.name).locator('.warning').count()).resolves.toBe(0);
    await expectAccessible(page);

    // English: the same reasons in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matching (candidates and offers)' }).waitFor();
    const english =
      (await candidate(page, first.name)
        .getByRole('list', { name: `Why ${first.name} is a candidate` })
        .textContent()) ?? '';
    expect(english).toContain('Saturday');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { level: 1, name: 'マッチング（候補の方と打診）' }).waitFor();
  });

  it('offers the request to the two after confirming how many, and each gets a mail', async () => {
    const { page } = coordinator;
    // Nothing chosen: the summary says what to do.
    await page.getByRole('button', { name: '選んだ方に打診する' }).click();
    await page.getByRole('link', { name: '打診する方を1人以上選んでください' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel(`${first.name}さんに打診する`).check();
    await page.getByLabel(`${second.name}さんに打診する`).check();
    await page.getByText('いま2人を選んでいます。').waitFor();
    await field(page, '打診のメールに添えるメッセージ').fill('道具はこちらで用意します。よろしくお願いします。');
    await page.getByRole('button', { name: '選んだ方に打診する' }).click();
    const confirm = page.getByRole('region', { name: '2人の方に打診します。よろしいですか' });
    await confirm.waitFor();
    await expect(confirm.getByRole('listitem').allTextContents()).resolves.toEqual([first.name, second.name]);
    await expectAccessible(page);
    await confirm.getByRole('button', { name: '打診のメールを送る（2人）' }).click();
    await page.getByText('2人の方に打診のメールを送りました。').waitFor();

    const offers = page.getByRole('list', { name: '打診の状況' });
    await offers.waitFor();
    for (const person of [first, second]) {
      const item = offers.getByRole('listitem').filter({ hasText: person.name });
      await expect(item.textContent()).resolves.toContain('返事を待っています（メール）');
    }
    // Already asked: no box to tick again.
    await expect(page.getByLabel(`${first.name}さんに打診する`).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('records a volunteer’s agreement taken on the phone', async () => {
    const { page } = coordinator;
    await candidate(page, third.name).getByRole('button', { name: '電話で了承を得た' }).click();
    const panel = page.getByRole('region', { name: `${third.name}さんが電話で引き受けてくださったことを記録します` });
    await panel.waitFor();
    await field(panel, 'メモ').fill('12月の土曜日は、朝から来られるそうです。');
    await expectAccessible(page);
    await panel.getByRole('button', { name: '了承を記録する' }).click();
    await page.getByText(`${third.name}さんの了承を記録しました。`, { exact: false }).waitFor();
    const offers = page.getByRole('list', { name: '打診の状況' });
    await expect(offers.getByRole('listitem').filter({ hasText: third.name }).textContent()).resolves.toContain(
      '引き受けてくださいました（電話）',
    );
    await page.getByRole('article', { name: third.name }).filter({ hasText: '承認を待っています' }).waitFor();
    await expectAccessible(page);
  });

  it('one accepts through the mailed link (opening it answers nothing), the other declines', async () => {
    const mail = await waitForMail(first.email, 20_000, (m) => m.subject.includes(title));
    expect(mail.text).toContain('道具はこちらで用意します。よろしくお願いします。');
    expect(mail.text).not.toContain(address);

    const visitor = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    const page = await visitor.newPage();
    await page.goto(offerLink(mail, 'accept'));
    await page.getByRole('heading', { level: 1, name: 'ボランティアのお願い' }).waitFor();
    await page.getByText(title).waitFor();
    await page.getByText('毎週 土曜日の午前', { exact: false }).first().waitFor();
    await page.getByText('青葉小学校区').waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain(address);
    await page.getByText('メールで「引き受ける」を選ばれました。', { exact: false }).waitFor();
    await expectAccessible(page);

    // Opening the page (as a mail scanner would) answered nothing: a second visit still asks.
    await page.reload();
    await page.getByRole('button', { name: '引き受ける' }).waitFor();
    await page.getByRole('button', { name: '引き受ける' }).click();
    await page.getByRole('heading', { level: 1, name: '引き受けていただき、ありがとうございます' }).waitFor();
    await expectAccessible(page);

    // The link works once.
    await page.goto(offerLink(mail, 'accept'));
    await page.getByText('この依頼には、すでにお返事をいただいています').waitFor();
    await expect(page.getByRole('button', { name: '引き受ける' }).count()).resolves.toBe(0);
    await expectAccessible(page);

    const secondMail = await waitForMail(second.email, 20_000, (m) => m.subject.includes(title));
    await page.goto(offerLink(secondMail, 'decline'));
    await page.getByRole('button', { name: '今回は見送る' }).click();
    await page.getByRole('heading', { level: 1, name: 'お返事ありがとうございました' }).waitFor();
    await expectAccessible(page);
    await visitor.close();
  });

  it('the volunteer who declined sees the request among 「あなたへのおすすめの依頼」 with reasons, and offers to help', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    const page = await context.newPage();
    await logIn(page, second.email, 'sakura-no-hana-2026');
    await page.goto(`${BASE_URL}/me`);
    await page.getByRole('link', { name: 'あなたへのおすすめの依頼を見る' }).click();
    await page.getByRole('heading', { level: 1, name: 'あなたへのおすすめの依頼' }).waitFor();
    const card = page.getByRole('article', { name: title });
    await card.waitFor();
    const reasons = (await card.getByRole('list', { name: 'おすすめの理由' }).textContent()) ?? '';
    expect(reasons).toContain('土曜日');
    expect((await card.textContent()) ?? '').not.toContain(address);
    await expectAccessible(page);
    await card.getByRole('button', { name: '手伝いを申し出る' }).click();
    await card.getByText('手伝いを申し出ています').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the coordinator approves the match after reading what it shares, and sees the contact details (logged)', async () => {
    const { page } = coordinator;
    await page.reload();
    const match = page.getByRole('article', { name: first.name }).filter({ hasText: '承認を待っています' });
    await match.waitFor();
    // The one who offered from the web is waiting too.
    await page.getByRole('article', { name: second.name }).filter({ hasText: '承認を待っています' }).waitFor();
    await match.getByRole('button', { name: 'このマッチングを承認する' }).click();
    const confirm = page.getByRole('region', { name: `${first.name}さんとのマッチングを承認しますか` });
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toContain('お互いの連絡先');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: '承認する', exact: true }).click();
    await page.getByText(`${first.name}さんとのマッチングを承認しました。`, { exact: false }).waitFor();

    const approved = page.getByRole('article', { name: first.name }).filter({ hasText: '承認済み' });
    await approved.getByText('連絡先を見たことは、監査ログに記録されます。').waitFor();
    await approved.getByRole('button', { name: '連絡先を見る' }).click();
    const contacts = approved.getByRole('region', { name: '連絡先と場所' });
    await contacts.waitFor();
    const shown = (await contacts.textContent()) ?? '';
    expect(shown).toContain(npoName);
    expect(shown).toContain(first.email);
    expect(shown).toContain(address);
    await expectAccessible(page);
  });

  it('both sides get the confirmation mail with the other side’s contact details and the .ics file', async () => {
    const isConfirmation = (m: CaughtMail) => m.subject.includes('ボランティア活動が決まりました') && m.subject.includes(title);
    const toVolunteer = (await waitForMail(first.email, 20_000, isConfirmation)) as MailWithAttachments;
    const toNpo = (await waitForMail(npoEmail, 20_000, isConfirmation)) as MailWithAttachments;
    expect(toVolunteer.text).toContain(npoName);
    expect(toVolunteer.text).toContain(address);
    expect(toNpo.text).toContain(first.name);
    expect(toNpo.text).toContain(first.email);
    for (const mail of [toVolunteer, toNpo]) {
      // MailDev's own list of the attachments (its REST API), not our reading of the text.
      const listed = (await (await fetch(`${MAIL_API}/email`)).json()) as (MailWithAttachments & { id: string })[];
      const caught = listed.find((m) => m.subject === mail.subject && m.to.some((to) => mail.to.some((t) => t.address === to.address)));
      const files = (caught?.attachments ?? []).map((a) => ({ name: a.fileName ?? a.generatedFileName ?? '', type: a.contentType }));
      expect(files).toEqual([
        expect.objectContaining({ name: expect.stringMatching(/\.ics$/), type: expect.stringContaining('text/calendar') }),
      ]);
    }
  });

  it('the accepting volunteer finds the approved match on 「あなたのマッチング」', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    const page = await context.newPage();
    await logIn(page, first.email, 'sakura-no-hana-2026');
    await page.goto(`${BASE_URL}/me`);
    await page.getByRole('link', { name: 'あなたのマッチングを見る' }).click();
    await page.getByRole('heading', { level: 1, name: 'あなたのマッチング' }).waitFor();
    const card = page.getByRole('article', { name: title });
    await card.getByText('承認済み').waitFor();
    await card.getByRole('button', { name: '連絡先を見る' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the activity is recorded, and 活動の実績 counts it', async () => {
    const { page } = coordinator;
    await page.goto(`${BASE_URL}/staff/requests/${requestId}/matching`);
    const approved = page.getByRole('article', { name: first.name }).filter({ hasText: '承認済み' });
    await approved.getByRole('button', { name: '活動を記録する' }).click();
    const form = page.getByRole('region', { name: `活動記録（${first.name}）` });
    await form.waitFor();
    // A day still to come is refused in words.
    await field(form, '活動した日').fill('2099年1月1日');
    await form.getByRole('button', { name: '活動記録を保存する' }).click();
    await page.getByRole('link', { name: '活動した時間を入力してください' }).waitFor();
    await page.getByRole('link', { name: '活動した日は、今日までの日付で入力してください' }).waitFor();
    await expectAccessible(page);

    await field(form, '活動した日').fill(`${today.slice(0, 4)}年${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日`);
    await form.getByLabel('活動した', { exact: true }).check();
    await field(form, '活動した時間').fill('3');
    await field(form, 'メモ').fill('2人で庭の半分ほどの草を取りました。');
    await form.getByRole('button', { name: '活動記録を保存する' }).click();
    await page.getByText(`${first.name}さんの活動記録を保存しました。`).waitFor();
    await approved.getByText(/3時間、活動しました/).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: '活動の実績を見る' }).click();
    await page.getByRole('heading', { level: 1, name: '活動の実績' }).waitFor();
    const after = await aobaFiguresThisMonth(page);
    // 活動につながった数 +1 (a person new to activities), 支援実施回数 +1, 依頼の受付数 +1, マッチング数 +1.
    expect(after).toEqual([figuresBefore[0] + 1, figuresBefore[1] + 1, figuresBefore[2] + 1, figuresBefore[3] + 1]);
    await expectAccessible(page);
    // The two figures pages lead to each other.
    await page.getByRole('link', { name: '登録者数（特技バンク）を見る' }).click();
    await page.getByRole('heading', { level: 1, name: '登録者数（特技バンク）' }).waitFor();
    await page.getByRole('link', { name: '活動の実績を見る' }).click();
    await page.getByRole('heading', { level: 1, name: '活動の実績' }).waitFor();
  });
});
