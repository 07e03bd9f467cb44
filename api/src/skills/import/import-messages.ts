import type { Locale } from '@tsunagu/contracts';

type Args = Record<string, string | number>;
type Wording = (column: string, args: Args) => string;

/**
 * Why a row of a register is not imported, in plain words for the staff member who will correct
 * the file. `column` is the header as written in the file (「ふりがな」, 「フリガナ」…).
 */
const ROW_MESSAGES = {
  ja: {
    required: (column) => `${column}を入力してください。`,
    tooLong: (column, { max }) => `${column}は${max}文字以内にしてください。`,
    kana: (column) => `${column}は、ひらがな または カタカナで入力してください。`,
    kanaRequired: (column) => `お名前に漢字があるので、${column}を入力してください。`,
    date: (column) => `${column}の形が正しくありません（例：1950-04-01 または 昭和25年4月1日）。`,
    birthDateRange: (column) => `${column}が正しくないようです。生まれた年を確かめてください。`,
    phone: (column) => `${column}は、数字とハイフンで入力してください（例：03-1234-5678）。`,
    email: (column) => `${column}の形が正しくありません（例：taro@example.jp）。`,
    noContact: () => '連絡先がありません。電話番号、メールアドレス、住所のどれかを入力してください。',
    contactMethod: (column) => `${column}は「電話」「メール」「郵便」のどれかで入力してください。`,
    contactDetailMissing: (column, { detail }) => `${column}が「${detail}」なので、${detail}を入力してください。`,
    unknownArea: (column, { value }) =>
      `${column}「${value}」が見つかりません。つなぐに登録されている地区の名前で入力してください（例：青葉小学校区）。`,
    unknownSkill: (column, { value }) =>
      `${column}「${value}」に当てはまる分野が見つかりません。「草むしり」のような言葉か、分野の名前（例：庭仕事、話し相手・傾聴）で入力してください。`,
    noSkills: (column) => `${column}を入力してください。特技バンクには、できることを1つ以上登録します。`,
    tooMany: (column, { max }) => `${column}は${max}個までです。`,
    unknownQualification: (column, { value }) =>
      `${column}「${value}」は、つなぐの資格の一覧にありません（例：介護福祉士、普通自動車免許）。`,
    unknownLanguage: (column, { value }) => `${column}「${value}」は、つなぐの言語の一覧にありません（例：英語、中国語）。`,
    unknownSlot: (column, { value }) => `${column}「${value}」が読み取れません（例：月・水の午前、土日、平日の午後）。`,
    unknownTransport: (column, { value }) => `${column}「${value}」が読み取れません（例：徒歩、自転車、車、電車・バス）。`,
    unknownWay: (column, { value }) => `${column}「${value}」が読み取れません（例：対面、オンライン、対面・オンライン）。`,
    noWay: () => '対面とオンラインのどちらか（または両方）で活動できるようにしてください。',
    unknownLevel: (column, { value }) => `${column}「${value}」が読み取れません（例：はじめて、経験あり、仕事・資格あり）。`,
    unknownPlan: (column, { value }) => `${column}「${value}」が読み取れません（例：基本プランA、天災プランB、なし）。`,
    fiscalYear: (column) => `${column}の形が正しくありません（例：2026 または 令和8年度）。`,
    insuranceYearMissing: (column) => `保険に入っている場合は、${column}も入力してください。`,
    coverStartInFiscalYear: (column, { fiscalYear, from, to }) => `${column}は、${fiscalYear}年度（${from}〜${to}）の日付にしてください。`,
    nicknameIsName: (column) => `${column}には、お名前とは別の呼び名を入力してください（公開リストに本名が出ないようにするためです）。`,
    yesNo: (column, { value }) => `${column}「${value}」が読み取れません。「はい」か「いいえ」で入力してください。`,
    duplicateInFile: (_column, { otherLine }) =>
      `${otherLine}行目と同じ方のようです（お名前・ふりがな・生年月日・電話番号のうち2つ以上が同じです）。`,
    duplicateExisting: (_column, { center }) =>
      `同じ方が、すでに${center}に登録されています。二重に登録しないよう、この行は取り込みません。`,
    duplicateElsewhere: () =>
      '同じ方が、ほかのセンターに登録されている可能性があります。そのセンターに確かめてから、代理登録してください。',
  },
  en: {
    required: (column) => `Enter ${column}.`,
    tooLong: (column, { max }) => `${column} must be ${max} characters or fewer.`,
    kana: (column) => `${column} must be written in hiragana or katakana.`,
    kanaRequired: (column) => `The name has kanji, so enter ${column}.`,
    date: (column) => `${column} is not in a form we can read (e.g. 1950-04-01 or 昭和25年4月1日).`,
    birthDateRange: (column) => `${column} does not look right. Please check the year.`,
    phone: (column) => `${column} may contain only digits and hyphens, like 03-1234-5678.`,
    email: (column) => `${column} is not a valid email address (e.g. taro@example.jp).`,
    noContact: () => 'There is no way to contact this person. Enter a phone number, an email address or an address.',
    contactMethod: (column) => `${column} must be 電話 (phone), メール (email) or 郵便 (post).`,
    contactDetailMissing: (column, { detail }) => `${column} is 「${detail}」, so enter the ${detail}.`,
    unknownArea: (column, { value }) =>
      `${column} 「${value}」 was not found. Use the name of an area registered in Tsunagu (e.g. 青葉小学校区).`,
    unknownSkill: (column, { value }) =>
      `No category fits ${column} 「${value}」. Use everyday words such as 草むしり, or a category name such as 庭仕事.`,
    noSkills: (column) => `Enter ${column}: the skills bank registers at least one thing the person can do.`,
    tooMany: (column, { max }) => `${column} can list at most ${max}.`,
    unknownQualification: (column, { value }) => `${column} 「${value}」 is not on Tsunagu's list of qualifications (e.g. 介護福祉士).`,
    unknownLanguage: (column, { value }) => `${column} 「${value}」 is not on Tsunagu's list of languages (e.g. 英語).`,
    unknownSlot: (column, { value }) => `${column} 「${value}」 could not be read (e.g. 月・水の午前, 土日, 平日の午後).`,
    unknownTransport: (column, { value }) => `${column} 「${value}」 could not be read (e.g. 徒歩, 自転車, 車, 電車・バス).`,
    unknownWay: (column, { value }) => `${column} 「${value}」 could not be read (e.g. 対面, オンライン).`,
    noWay: () => 'The person must be able to take part in person, online, or both.',
    unknownLevel: (column, { value }) => `${column} 「${value}」 could not be read (e.g. はじめて, 経験あり, 仕事・資格あり).`,
    unknownPlan: (column, { value }) => `${column} 「${value}」 could not be read (e.g. 基本プランA, 天災プランB, なし).`,
    fiscalYear: (column) => `${column} is not in a form we can read (e.g. 2026 or 令和8年度).`,
    insuranceYearMissing: (column) => `For a person with insurance, enter ${column} as well.`,
    coverStartInFiscalYear: (column, { fiscalYear, from, to }) =>
      `${column} must be a date in fiscal year ${fiscalYear} (${from} to ${to}).`,
    nicknameIsName: (column) => `${column} must be different from the name, so the public listing does not show the real name.`,
    yesNo: (column, { value }) => `${column} 「${value}」 could not be read. Use はい (yes) or いいえ (no).`,
    duplicateInFile: (_column, { otherLine }) =>
      `This looks like the same person as line ${otherLine} (two or more of name, furigana, date of birth and phone are the same).`,
    duplicateExisting: (_column, { centerEn }) =>
      `The same person is already registered with ${centerEn}. This row is not imported, to avoid a double registration.`,
    duplicateElsewhere: () =>
      'The same person may be registered with another center. Please check with that center, then register them by proxy.',
  },
} as const satisfies Record<Locale, Record<string, Wording>>;

export type ImportRule = keyof (typeof ROW_MESSAGES)['ja'];

/** 「5行目：ふりがなは、ひらがな または カタカナで入力してください。」 */
export function rowMessage(locale: Locale, problem: { line: number; column: string | null; rule: ImportRule; args?: Args }): string {
  const wording: Wording = ROW_MESSAGES[locale][problem.rule];
  const text = wording(problem.column ?? '', problem.args ?? {});
  return locale === 'ja' ? `${problem.line}行目：${text}` : `Line ${problem.line}: ${text}`;
}

const FAILURE = {
  ja: {
    atLine: (line: number) =>
      `${line}行目を登録するときに問題が起きたため、取り込みを取りやめました。この行の内容（ほかの方と重なっていないかなど）を確かめてください。`,
    general: () => '取り込みの途中で問題が起きたため、取り込みを取りやめました。しばらくしてから、もう一度お試しください。',
  },
  en: {
    atLine: (line: number) => `Something went wrong while registering line ${line}, so the import was stopped. Please check that line.`,
    general: () => 'Something went wrong during the import, so it was stopped. Please try again in a little while.',
  },
} as const;

export function failureMessage(locale: Locale, failure: { line: number | null }): string {
  return failure.line === null ? FAILURE[locale].general() : FAILURE[locale].atLine(failure.line);
}
