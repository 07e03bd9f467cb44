import {
  ContactMethod,
  DayPeriod,
  InsurancePlan,
  SKILL_PROFILE_LIMITS,
  SkillLevel,
  type SkillProfileInput,
  Transport,
  type Weekday,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { language, normalizeJapanese, qualification, skillCategory } from '@tsunagu/matching';
import { stringify } from 'csv-stringify/sync';

/**
 * The 特技バンク CSV: one row per person, the columns below in this order. The export writes it
 * and the import (名簿の取り込み) reads it, so a file exported, edited in Excel and imported again
 * round-trips. Everything a person would type is in Japanese words, not codes:
 * lists are separated by 「、」, a day's periods by 「・」, yes/no as はい/いいえ.
 *
 * Columns marked `exportOnly` are written for the reader and ignored by the import (the center is
 * chosen on the import screen; the registration date is the import's).
 */

export type SkillCsvColumnKey =
  | 'name'
  | 'nameKana'
  | 'birthDate'
  | 'phone'
  | 'email'
  | 'postalAddress'
  | 'contactMethod'
  | 'homeArea'
  | 'areas'
  | `skill${number}Category`
  | `skill${number}OwnWords`
  | `skill${number}Level`
  | 'qualifications'
  | 'languages'
  | `day.${Weekday}`
  | 'datesOff'
  | 'inPerson'
  | 'online'
  | 'transport'
  | 'insurancePlan'
  | 'insuranceFiscalYear'
  | 'insuranceCoverStart'
  | 'publicListing'
  | 'nickname'
  | 'center'
  | 'registeredAt';

export interface SkillCsvColumn {
  key: SkillCsvColumnKey;
  /** The header cell, as Excel users see it. */
  header: string;
  exportOnly?: true;
}

/** Separates the items of a list cell (資格、言語、地区、日付). */
export const CSV_LIST_SEPARATOR = '、';
/** Separates the periods of a day cell: 「午前・午後」. */
export const CSV_PERIOD_SEPARATOR = '・';
export const CSV_YES = 'はい';
export const CSV_NO = 'いいえ';

export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  [ContactMethod.Email]: 'メール',
  [ContactMethod.Phone]: '電話',
  [ContactMethod.Post]: '郵便',
};

export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  [SkillLevel.Beginner]: 'やってみたい',
  [SkillLevel.Experienced]: '経験がある',
  [SkillLevel.Professional]: '仕事にしていた',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: '月曜日',
  tue: '火曜日',
  wed: '水曜日',
  thu: '木曜日',
  fri: '金曜日',
  sat: '土曜日',
  sun: '日曜日',
};

export const DAY_PERIOD_LABELS: Record<DayPeriod, string> = {
  [DayPeriod.Morning]: '午前',
  [DayPeriod.Afternoon]: '午後',
  [DayPeriod.Evening]: '夜',
};

export const TRANSPORT_LABELS: Record<Transport, string> = {
  [Transport.Walk]: '徒歩',
  [Transport.Bicycle]: '自転車',
  [Transport.Car]: '車',
  [Transport.PublicTransport]: '公共交通機関',
};

export const INSURANCE_PLAN_LABELS: Record<InsurancePlan, string> = {
  [InsurancePlan.BasicA]: '基本プランA',
  [InsurancePlan.BasicB]: '基本プランB',
  [InsurancePlan.NaturalDisasterA]: '天災・地震補償プランA',
  [InsurancePlan.NaturalDisasterB]: '天災・地震補償プランB',
};

const skillColumns = (n: number): SkillCsvColumn[] => [
  { key: `skill${n}Category`, header: `特技${n}` },
  { key: `skill${n}OwnWords`, header: `特技${n}の内容` },
  { key: `skill${n}Level`, header: `特技${n}の経験` },
];

/** Every column in file order. An import file may leave out any of them but 氏名 and 特技1. */
export const SKILL_CSV_COLUMNS: readonly SkillCsvColumn[] = [
  { key: 'name', header: '氏名' },
  { key: 'nameKana', header: 'ふりがな' },
  { key: 'birthDate', header: '生年月日' },
  { key: 'phone', header: '電話番号' },
  { key: 'email', header: 'メールアドレス' },
  { key: 'postalAddress', header: '住所' },
  { key: 'contactMethod', header: '連絡方法' },
  { key: 'homeArea', header: 'お住まいの地区' },
  { key: 'areas', header: '活動できる地区' },
  ...Array.from({ length: SKILL_PROFILE_LIMITS.maxSkills }, (_, index) => skillColumns(index + 1)).flat(),
  { key: 'qualifications', header: '資格' },
  { key: 'languages', header: '言語' },
  ...WEEKDAYS.map((day): SkillCsvColumn => ({ key: `day.${day}`, header: WEEKDAY_LABELS[day] })),
  { key: 'datesOff', header: '活動できない日' },
  { key: 'inPerson', header: '対面での活動' },
  { key: 'online', header: 'オンラインでの活動' },
  { key: 'transport', header: '移動手段' },
  { key: 'insurancePlan', header: 'ボランティア活動保険のプラン' },
  { key: 'insuranceFiscalYear', header: 'ボランティア活動保険の年度' },
  { key: 'insuranceCoverStart', header: 'ボランティア活動保険の補償開始日' },
  { key: 'publicListing', header: '公開リストに載せる' },
  { key: 'nickname', header: 'ニックネーム' },
  { key: 'center', header: 'センター', exportOnly: true },
  { key: 'registeredAt', header: '登録日', exportOnly: true },
];

export const SKILL_CSV_HEADER: readonly string[] = SKILL_CSV_COLUMNS.map((column) => column.header);

/** One person as the CSV holds them. Area and center are by name (Japanese), dates YYYY-MM-DD. */
export interface SkillCsvRecord {
  person: {
    name: string;
    nameKana: string | null;
    birthDate: string | null;
    phone: string | null;
    email: string | null;
    postalAddress: string | null;
    contactMethod: ContactMethod;
  };
  profile: Omit<SkillProfileInput, 'homeAreaId' | 'areaIds'>;
  homeAreaNameJa: string | null;
  areaNamesJa: string[];
  centerNameJa: string;
  /** YYYY-MM-DD (Japan) */
  registeredAt: string | null;
}

const yesNo = (value: boolean) => (value ? CSV_YES : CSV_NO);
const list = (items: readonly string[]) => items.join(CSV_LIST_SEPARATOR);

/** The cells of one person, in SKILL_CSV_COLUMNS order. */
export function toSkillCsvRow(record: SkillCsvRecord): string[] {
  const { person, profile } = record;
  const cells: Record<string, string> = {
    name: person.name,
    nameKana: person.nameKana ?? '',
    birthDate: person.birthDate ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    postalAddress: person.postalAddress ?? '',
    contactMethod: CONTACT_METHOD_LABELS[person.contactMethod],
    homeArea: record.homeAreaNameJa ?? '',
    areas: list(record.areaNamesJa),
    qualifications: list(profile.qualifications.map((code) => qualification(code)?.ja ?? code)),
    languages: list(profile.languages.map((code) => language(code)?.ja ?? code)),
    datesOff: list(profile.datesOff),
    inPerson: yesNo(profile.inPerson),
    online: yesNo(profile.online),
    transport: list(profile.transport.map((mode) => TRANSPORT_LABELS[mode])),
    insurancePlan: profile.insurance ? INSURANCE_PLAN_LABELS[profile.insurance.plan] : '',
    insuranceFiscalYear: profile.insurance ? String(profile.insurance.fiscalYear) : '',
    insuranceCoverStart: profile.insurance?.coverStart ?? '',
    publicListing: yesNo(profile.publicListing),
    nickname: profile.nickname ?? '',
    center: record.centerNameJa,
    registeredAt: record.registeredAt ?? '',
  };
  profile.skills.forEach((skill, index) => {
    cells[`skill${index + 1}Category`] = skillCategory(skill.categoryCode)?.ja ?? skill.categoryCode;
    cells[`skill${index + 1}OwnWords`] = skill.ownWords;
    cells[`skill${index + 1}Level`] = SKILL_LEVEL_LABELS[skill.level];
  });
  for (const day of WEEKDAYS) {
    const periods = profile.weeklySlots.filter((slot) => slot.day === day).map((slot) => DAY_PERIOD_LABELS[slot.period]);
    cells[`day.${day}`] = periods.join(CSV_PERIOD_SEPARATOR);
  }
  return SKILL_CSV_COLUMNS.map((column) => cells[column.key] ?? '');
}

/**
 * A whole file as Excel opens it with the Japanese intact: UTF-8 with a BOM, CRLF line ends,
 * every cell quoted only where needed. Cells starting with = + - @ are prefixed with ' so Excel
 * does not run them as formulas (CSV injection); dates and phone numbers are left as written.
 */
export function skillCsvText(rows: readonly (readonly string[])[]): string {
  return stringify([[...SKILL_CSV_HEADER], ...rows.map((row) => row.map(defuseFormula))], {
    bom: true,
    record_delimiter: 'windows',
  });
}

const FORMULA_START = /^[=+@\t\r]|^-(?!\d)/;

function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Finds the code for a label as people type it (full/half width, kana, spaces folded):
 * codeForLabel(TRANSPORT_LABELS, '自転車') → 'bicycle'. Undefined when unknown.
 */
export function codeForLabel<C extends string>(labels: Record<C, string>, text: string): C | undefined {
  const key = normalizeJapanese(text);
  if (key === '') return undefined;
  return (Object.entries(labels) as [C, string][]).find(([code, label]) => normalizeJapanese(label) === key || code === text.trim())?.[0];
}

/** はい / いいえ and their usual stand-ins (○ ×, 可 不可, yes no, 1 0); undefined when neither. */
export function parseCsvYesNo(text: string): boolean | undefined {
  const key = normalizeJapanese(text);
  if (['はい', 'yes', 'y', 'true', '1', '○', '〇', '可', 'あり', '有'].map(normalizeJapanese).includes(key)) return true;
  if (['いいえ', 'no', 'n', 'false', '0', '×', 'x', '不可', 'なし', '無'].map(normalizeJapanese).includes(key)) return false;
  return undefined;
}
