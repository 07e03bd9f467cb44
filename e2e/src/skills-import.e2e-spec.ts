import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF, logIn } from './support/accounts';
import { accessibilityViolations, hasHorizontalScroll, launchBrowser, PHONE, smallTouchTargets } from './support/browser';
import { BASE_URL } from './support/stack';

const ROWS = 300;
/** Data-row indexes (0-based) that are wrong in the file, and what is wrong with them. */
const BAD = { romajiReading: 3, badDate: 57, unknownArea: 120, noContact: 201, unknownSkill: 288 } as const;
const KANA = 'あいうえおかきくけこ';
const kanaOf = (n: number) => [...String(n)].map((digit) => KANA[Number(digit)]).join('');

/**
 * A register as a ward center would have kept it in Excel and saved as 「CSV（コンマ区切り）」:
 * Shift_JIS, CRLF, a title row above the headers, quoted cells, 和暦 birth dates; 300 people,
 * five of them with a mistake.
 */
function excelRegister(runId: number): Buffer {
  const lines = [
    '令和8年度 ボランティア登録名簿（青葉地区）,,,,,,,',
    '氏名,フリガナ,生年月日,電話番号,地区,できること,資格,活動できる曜日',
  ];
  for (let i = 0; i < ROWS; i++) {
    const name = `名簿 太郎${runId}-${i}`;
    const kana = i === BAD.romajiReading ? 'Meibo Taro' : `メイボ ${kanaOf(runId)}${kanaOf(i)}`;
    const year = 16 + (i % 40);
    const born = i === BAD.badDate ? '昭和70年1月1日' : `昭和${year}年${1 + (i % 12)}月${1 + (i % 28)}日`;
    const phone = i === BAD.noContact ? '' : `045-${String(runId % 10000).padStart(4, '0')}-${String(i).padStart(4, '0')}`;
    const area = i === BAD.unknownArea ? '月の裏側' : i % 2 === 0 ? '青葉小学校区' : '若葉台';
    const skill = i === BAD.unknownSkill ? '空を飛ぶこと' : i % 3 === 0 ? '"草むしり、庭木の水やり"' : 'スマホの使い方を教えられます';
    lines.push([name, kana, born, phone, area, skill, i % 5 === 0 ? '普通自動車免許' : '', '土日の午前'].join(','));
  }
  return iconv.encode(lines.join('\r\n') + '\r\n', 'cp932');
}

/**
 * 名簿の取り込み through the real stack: the ward coordinator uploads a 300-row Excel register
 * with five bad rows, reads the error list, imports the rest and follows the progress bar to the
 * end. Checked with axe at phone width in every state.
 */
describe('skills bank: importing a volunteer register', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  const expectAccessible = async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await smallTouchTargets(page)).toEqual([]);
  };

  it('imports the good rows of a 300-row register, lists the bad ones, and shows the progress to the end', async () => {
    const runId = Math.floor(Math.random() * 9000) + 1000;
    await logIn(page, DEMO_STAFF.wardCoordinator);

    // From the staff menu.
    await page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '名簿の取り込み' }).click();
    await page.waitForURL('**/staff/skills/import');
    await page.getByRole('heading', { level: 1, name: /名簿の取り込み/ }).waitFor();
    await expect(page.getByRole('link', { name: '見出しだけのCSV（ひな形）をダウンロードする' }).getAttribute('href')).resolves.toBe(
      '/api/skills/imports/template',
    );
    await page.getByText('取り込める列（1行目の見出し）').click();
    await page.getByText(/^お住まいの地区（「地区」でも可）：必須/).waitFor();
    await expectAccessible();

    // Sending without a file: the error summary says what is missing.
    await page.getByLabel(/登録するセンター/).selectOption({ label: '青葉地区ボランティアセンター' });
    await page.getByRole('button', { name: 'ファイルを確認する' }).click();
    await page.getByRole('alert').getByText('名簿のCSVファイルを選んでください。').first().waitFor();
    await expectAccessible();

    await page
      .getByLabel(/名簿のCSVファイル/)
      .setInputFiles({ name: 'ボランティア名簿.csv', mimeType: 'text/csv', buffer: excelRegister(runId) });
    await page.getByRole('button', { name: 'ファイルを確認する' }).click();

    // The preview: the counts, the first rows, and every bad row by its line in plain words.
    await page.getByRole('heading', { name: '「ボランティア名簿.csv」の確認結果' }).waitFor();
    await page.getByText('全300件のうち、取り込める行は295件、エラーが5件あります。').waitFor();
    const table = page.getByRole('table', { name: /取り込む内容/ });
    await expect(table.getByRole('row').count()).resolves.toBe(11);
    await expect(table.getByRole('rowheader', { name: `名簿 太郎${runId}-0` }).count()).resolves.toBe(1);
    const errors = page.getByRole('list', { name: 'エラーのある行（5件）' }).getByRole('listitem');
    await expect(errors.allTextContents()).resolves.toEqual([
      '6行目：フリガナは、ひらがな または カタカナで入力してください。',
      '60行目：生年月日の形が正しくありません（例：1950-04-01 または 昭和25年4月1日）。',
      '123行目：地区「月の裏側」が見つかりません。つなぐに登録されている地区の名前で入力してください（例：青葉小学校区）。',
      '204行目：連絡先がありません。電話番号、メールアドレス、住所のどれかを入力してください。',
      expect.stringMatching(/^291行目：できること「空を飛ぶこと」に当てはまる分野が見つかりません。/),
    ]);
    await expectAccessible();

    // Import: a real progress bar, with the numbers written out, to the end.
    await page.getByRole('button', { name: '295件を取り込む' }).click();
    const progress = page.getByRole('progressbar', { name: /取り込みの進み具合/ });
    await progress.waitFor();
    await expect(progress.getAttribute('max')).resolves.toBe('295');
    await expectAccessible();

    await page.getByRole('heading', { name: '取り込みが終わりました' }).waitFor({ timeout: 60_000 });
    await expect(progress.getAttribute('value')).resolves.toBe('295');
    await page.getByRole('status').getByText('295/295件').waitFor();
    await page.getByText('295件を特技バンクに登録しました。').first().waitFor();
    await expect(page.getByRole('list', { name: '登録しなかった行（5件）' }).getByRole('listitem').count()).resolves.toBe(5);
    await expect(page.getByRole('link', { name: '特技バンクで探す' }).getAttribute('href')).resolves.toBe('/staff/skills');
    await expectAccessible();

    // The people are in the staff's list now, registered by proxy.
    await page.goto(`${BASE_URL}/staff/people?q=${encodeURIComponent(`名簿 太郎${runId}-10`)}`);
    await page.getByRole('rowheader', { name: `名簿 太郎${runId}-10`, exact: true }).waitFor();
  });
});
