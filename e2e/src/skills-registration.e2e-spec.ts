import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF, logIn, signUpVerifiedResident } from './support/accounts';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { field } from './support/forms';
import { BASE_URL } from './support/stack';

/** Today in Japan as people write it on a form: 2026/5/20. */
function todayForForm(): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).split('-').map(Number);
  return `${year}/${month}/${day}`;
}

/** A name no earlier run has used, so the coordinator's search finds exactly this person. */
function uniqueName(): { name: string; nameKana: string } {
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねの';
  const given = Array.from({ length: 4 }, () => kana[Math.floor(Math.random() * kana.length)]).join('');
  return { name: `草野 ${given}`, nameKana: `くさの ${given}` };
}

/**
 * 特技バンク: a newly signed-up resident registers what they can do in five steps on a phone,
 * writing 「草むしりが得意です」 (offered 庭仕事), saves part-way and resumes from マイページ at
 * the saved step, confirms and is 登録済み; then a coordinator of their district opens the
 * registration with a reason and changes it by proxy. axe finds nothing on any page.
 */
describe('特技バンクへの登録', () => {
  let browser: Browser;
  const person = uniqueName();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function newPage(viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP' });
    return { context, page: await context.newPage() };
  }
  /** No axe violations, nothing wider than the screen, every control 48 px or more. */
  const expectUsable = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await smallTouchTargets(page)).toEqual([]);
  };
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  it('registers in steps, saves part-way, resumes at the saved step, and is 登録済み', async () => {
    const { context, page } = await newPage();
    await signUpVerifiedResident(context, person);

    // マイページ says 未登録 and leads in.
    await page.goto(`${BASE_URL}/me`);
    await heading(page, 'マイページ');
    const section = page.getByRole('region', { name: '特技バンク', exact: true });
    await section.getByText(/^\s*登録の状況：.*未登録\s*$/).waitFor();
    await expectUsable(page);
    await section.getByRole('link', { name: '特技バンクに登録する' }).click();

    await page.waitForURL('**/me/skills');
    await heading(page, '特技バンク');
    await page.getByText('5つのステップで、次のことを伺います。').waitFor();
    await expectUsable(page);
    await page.getByRole('link', { name: '登録を始める' }).click();

    // Step 1: できること. Nothing chosen: the error summary says so and links to the field.
    await page.waitForURL('**/me/skills/step/1');
    await heading(page, 'できること');
    await page.getByText('ステップ 1/5').first().waitFor();
    await expectUsable(page);
    await page.getByRole('button', { name: '次へ進む' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'できることを1つ以上選んでください。' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('skill-words');
    await expectUsable(page);

    // Own words suggest 庭仕事, offered as a button; it is added with those words.
    await page.getByLabel('できることを、ご自分の言葉で書いてください').fill('草むしりが得意です');
    await page.getByRole('button', { name: '「庭仕事」を追加する' }).click();
    await page.getByRole('heading', { level: 3, name: '庭仕事' }).waitFor();
    await expect(field(page, '「庭仕事」でできること（ご自分の言葉で）').inputValue()).resolves.toBe('草むしりが得意です');
    await page.getByRole('button', { name: '次へ進む' }).click();
    await summary.getByText('「庭仕事」は、どのくらいできるかを選んでください。').waitFor();
    await page.getByRole('radio', { name: '経験がある', exact: true }).check();
    await expectUsable(page);
    await page.getByRole('button', { name: '次へ進む' }).click();

    // Step 2: 資格と言葉.
    await page.waitForURL('**/me/skills/step/2');
    await heading(page, '資格と言葉');
    await page.getByText('ステップ 2/5').first().waitFor();
    await page.getByRole('checkbox', { name: '普通自動車免許' }).check();
    await expectUsable(page);
    await page.getByRole('button', { name: '次へ進む' }).click();

    // Step 3: 活動できる日時, a day × time grid; then save part-way.
    await page.waitForURL('**/me/skills/step/3');
    await heading(page, '活動できる日時');
    await page.getByRole('checkbox', { name: '土曜日の午前' }).check();
    await page.getByRole('checkbox', { name: '水曜日の午後' }).check();
    await expectUsable(page);
    await page.getByRole('button', { name: '途中で保存して、あとで続ける' }).click();
    await page.waitForURL('**/me/skills/saved');
    await heading(page, '途中まで保存しました');
    await page.getByText('次は、ステップ3「活動できる日時」から続けられます。').waitFor();
    await expectUsable(page);

    // Back later from マイページ: 途中まで保存, and 続きから goes to step 3 as it was left.
    await page.goto(`${BASE_URL}/me`);
    await section.getByText(/^\s*登録の状況：.*途中まで保存\s*$/).waitFor();
    await expectUsable(page);
    await section.getByRole('link', { name: '続きから入力する' }).click();
    await page.waitForURL('**/me/skills/step/3');
    await expect(page.getByRole('checkbox', { name: '土曜日の午前' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: '土曜日の夜' }).isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: '次へ進む' }).click();

    // Step 4: 地域と移動, areas from GET /api/areas under their centers.
    await page.waitForURL('**/me/skills/step/4');
    await heading(page, '地域と移動');
    await field(page, 'お住まいの地区').selectOption({ label: '青葉小学校区' });
    await page.getByLabel('会って活動する（訪問・会場など）').check();
    await page.getByRole('checkbox', { name: '青葉小学校区' }).check();
    await page.getByRole('checkbox', { name: '若葉台小学校区' }).check();
    await page.getByRole('checkbox', { name: '徒歩' }).check();
    await expectUsable(page);
    await page.getByRole('button', { name: '次へ進む' }).click();

    // Step 5: 保険と公開. Without insurance the page says plainly what that means.
    await page.waitForURL('**/me/skills/step/5');
    await heading(page, '保険と公開');
    await page.getByLabel('加入していない・わからない').check();
    await page.getByText('保険に加入していない期間は、活動をご紹介できません。センターで加入の手続きができます。').waitFor();
    await expectUsable(page);
    await page.getByLabel('加入している', { exact: true }).check();
    await page.getByLabel('基本プランA').check();
    await field(page, '年度').selectOption({ index: 1 });
    await field(page, '補償が始まる日').fill(todayForForm());
    await page.getByText('今日は、保険の補償期間内です').waitFor();
    await page.getByLabel('公開リストに載せる').check();
    await field(page, 'ニックネーム').fill('くさむしり名人');
    await expectUsable(page);
    await page.getByRole('button', { name: '入力内容を確認する' }).click();

    // 確認 → 登録する → done.
    await page.waitForURL('**/me/skills/confirm');
    await heading(page, '入力内容の確認');
    await page.getByText('草むしりが得意です').waitFor();
    await page.getByText('土曜日：午前').waitFor();
    await page.getByText('載せる（ニックネーム：くさむしり名人）').waitFor();
    await expectUsable(page);
    await page.getByRole('button', { name: 'この内容で登録する' }).click();
    await page.waitForURL('**/me/skills/done');
    await heading(page, '特技バンクに登録しました');
    await expectUsable(page);

    await page.goto(`${BASE_URL}/me`);
    await section.getByText(/^\s*登録の状況：.*登録済み\s*$/).waitFor();
    await expectUsable(page);
    await section.getByRole('link', { name: '登録内容を見る・変更する' }).click();
    await page.waitForURL('**/me/skills');
    await page.getByText('庭仕事').first().waitFor();
    await expectUsable(page);
    await context.close();
  }, 120_000);

  it("a coordinator of the person's district opens the registration with a reason and changes it by proxy", async () => {
    const { context, page } = await newPage(DESKTOP);
    await logIn(page, DEMO_STAFF.aobaCoordinator);

    // Living in 青葉小学校区 put the resident with 青葉地区ボランティアセンター.
    await page.goto(`${BASE_URL}/staff/people?q=${encodeURIComponent(person.name)}`);
    await page.getByRole('link', { name: person.name }).click();
    await page.getByLabel('活動の調整').check();
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('link', { name: '特技バンクを代理入力する' }).click();

    // The reason is asked again (already chosen), then the registration is shown.
    await page.waitForURL(/\/staff\/people\/[0-9a-f-]{36}\/skills$/);
    await heading(page, '特技バンクの代理入力');
    await expect(page.getByLabel('活動の調整').isChecked()).resolves.toBe(true);
    await expectUsable(page);
    await page.getByRole('button', { name: '内容を表示する' }).click();
    await page.getByRole('heading', { name: `${person.name} さんの特技バンク` }).waitFor();
    await page.getByText('登録済み').first().waitFor();
    await page.getByText('草むしりが得意です').waitFor();
    await expectUsable(page);

    await page.getByRole('link', { name: /変更する\s*（資格と言葉）/ }).click();
    await page.waitForURL('**/skills/step/2?from=confirm');
    await page.getByText(`${person.name} さんの特技バンク（代理入力）`).waitFor();
    await page.getByRole('checkbox', { name: '防災士' }).check();
    await expectUsable(page);
    await page.getByRole('button', { name: '確認画面に戻る' }).click();
    await page.waitForURL('**/skills/confirm');
    await page.getByText('普通自動車免許、防災士').waitFor();
    await page.getByRole('button', { name: 'この内容で登録する' }).click();
    await page.waitForURL('**/skills/done');
    await page.getByText(`${person.name} さんを特技バンクに登録しました。`).waitFor();
    await expectUsable(page);
    await context.close();
  }, 60_000);
});
