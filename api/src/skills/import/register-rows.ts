import {
  ContactMethod,
  PERSON_LIMITS,
  PHONE_PATTERN,
  SKILL_PROFILE_LIMITS,
  type SkillEntry,
  SkillLevel,
  type SkillProfileInput,
  VOLUNTEER_ENQUIRY_LIMITS,
  type VolunteerInsurance,
  WEEKDAYS,
  type WeeklySlot,
} from '@tsunagu/contracts';
import { isKanaReading, nameNeedsReading, normalizeJapanese, toHiragana } from '@tsunagu/matching';
import { isEmail } from 'class-validator';
import { coverStartInFiscalYear, fiscalYearRange } from '../insurance-cover';
import type { ImportRule } from './import-messages';
import type { ImportRow, ImportRowProblem } from './import-row';
import type { RegisterColumn, RegisterField, RegisterLayout } from './register-columns';
import { parseRegisterDate } from './register-date';
import {
  fiscalYearOf,
  readCodes,
  readDayPeriods,
  readFiscalYear,
  readLevel,
  readPlan,
  readSkillColumns,
  readSkills,
  readTransport,
  readWay,
  readWeeklySlots,
  readYesNo,
  splitList,
} from './register-values';

export interface KnownArea {
  id: string;
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

/** The oldest birth year a register may hold, against typing slips such as 1850. */
const EARLIEST_BIRTH_YEAR = 1900;
const AREA_SUFFIX = /(小学校区|学区|地区|校区)$/u;

/** Finds areas by their Japanese name, reading, English name or code; 「青葉」 finds 青葉小学校区. */
export class AreaFinder {
  private readonly byKey = new Map<string, KnownArea | null>();

  constructor(areas: readonly KnownArea[]) {
    const add = (name: string, area: KnownArea) => {
      const key = normalizeJapanese(name);
      if (!key) return;
      const existing = this.byKey.get(key);
      // Two areas answering to one short name: the name alone is not enough.
      this.byKey.set(key, existing === undefined || existing?.id === area.id ? area : null);
    };
    for (const area of areas) {
      for (const name of [area.nameJa, area.nameKana, area.nameEn, area.code]) add(name, area);
    }
    for (const area of areas) {
      for (const name of [area.nameJa.replace(AREA_SUFFIX, ''), area.nameKana.replace(/(しょうがっこうく|がっく|ちく|こうく)$/u, '')]) {
        if (!this.byKey.has(normalizeJapanese(name))) add(name, area);
      }
    }
  }

  find(name: string): KnownArea | null {
    return this.byKey.get(normalizeJapanese(name)) ?? null;
  }
}

export type RowResult = { row: ImportRow } | { problems: ImportRowProblem[] };

/**
 * Reads one data row of a register into a person and their skill profile, or says (every
 * problem, in column order) why it cannot be imported. `today`: YYYY-MM-DD in Japan.
 */
export function readRegisterRow(
  layout: RegisterLayout,
  cells: readonly string[],
  line: number,
  areas: AreaFinder,
  today: string,
): RowResult {
  const problems: ImportRowProblem[] = [];
  const header = (field: RegisterField) => layout.columns[field]?.header ?? null;
  const cell = (field: RegisterField) => {
    const column = layout.columns[field];
    return column ? (cells[column.index] ?? '').trim() : '';
  };
  const problem = (field: RegisterField | null, rule: ImportRule, args?: Record<string, string | number>) => {
    problems.push({ line, column: field ? header(field) : null, rule, ...(args ? { args } : {}) });
  };
  const tooLong = (field: RegisterField, value: string, max: number) => {
    if (value.length <= max) return false;
    problem(field, 'tooLong', { max });
    return true;
  };

  // お名前 (氏名, or 姓 + 名).
  const nameField: RegisterField = layout.columns.name ? 'name' : 'familyName';
  const name = layout.columns.name ? cell('name') : [cell('familyName'), cell('givenName')].filter(Boolean).join(' ');
  if (!name) problem(nameField, 'required');
  else tooLong(nameField, name, VOLUNTEER_ENQUIRY_LIMITS.nameMaxLength);

  // ふりがな (ふりがな, or セイ + メイ).
  const kanaField: RegisterField = layout.columns.nameKana || !layout.columns.familyNameKana ? 'nameKana' : 'familyNameKana';
  const kana = layout.columns.nameKana ? cell('nameKana') : [cell('familyNameKana'), cell('givenNameKana')].filter(Boolean).join(' ');
  let nameKana: string | null = null;
  if (kana) {
    if (!isKanaReading(kana)) problem(kanaField, 'kana');
    else if (!tooLong(kanaField, kana, VOLUNTEER_ENQUIRY_LIMITS.nameKanaMaxLength)) nameKana = toHiragana(kana.normalize('NFKC'));
  } else if (name && nameNeedsReading(name)) {
    problems.push({ line, column: header(kanaField) ?? 'ふりがな', rule: 'kanaRequired' });
  }

  // 生年月日: tells people with the same name apart; an exported person may have none.
  const birthText = cell('birthDate');
  const birthDate = birthText ? parseRegisterDate(birthText) : null;
  if (birthText && !birthDate) problem('birthDate', 'date');
  else if (birthDate && (Number(birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR || birthDate > today)) problem('birthDate', 'birthDateRange');

  // 連絡先: at least one; the contact method follows what there is unless the register says.
  const phone = cell('phone').normalize('NFKC') || null;
  if (phone && !PHONE_PATTERN.test(phone)) problem('phone', 'phone');
  const email = cell('email').normalize('NFKC') || null;
  if (email && (!isEmail(email) || email.length > VOLUNTEER_ENQUIRY_LIMITS.emailMaxLength)) problem('email', 'email');
  const postalAddress = cell('postalAddress') || null;
  if (postalAddress) tooLong('postalAddress', postalAddress, PERSON_LIMITS.postalAddressMaxLength);
  const contactMethod = readContactMethod(cell('contactMethod'), { phone, email, postalAddress });
  if (contactMethod === 'unknown') problem('contactMethod', 'contactMethod');
  else if (contactMethod === 'none') problem(null, 'noContact');
  else if (contactMethod.missing) problem('contactMethod', 'contactDetailMissing', { detail: contactMethod.missing });

  // 地区 and the areas the person can go to.
  // お住まいの地区: registering in the skills bank needs it (the district center looks after them).
  const homeAreaName = cell('homeArea');
  const homeArea = homeAreaName ? areas.find(homeAreaName) : null;
  if (!homeAreaName) problems.push({ line, column: header('homeArea') ?? 'お住まいの地区', rule: 'required' });
  else if (!homeArea) problem('homeArea', 'unknownArea', { value: homeAreaName });
  const areaIds: string[] = [];
  for (const areaName of splitList(cell('areas'))) {
    const area = areas.find(areaName);
    if (!area) problem('areas', 'unknownArea', { value: areaName });
    else if (!areaIds.includes(area.id)) areaIds.push(area.id);
  }
  if (areaIds.length > SKILL_PROFILE_LIMITS.maxAreas) problem('areas', 'tooMany', { max: SKILL_PROFILE_LIMITS.maxAreas });

  // 特技: at least one thing the person can do, from 特技 (a list) and/or 特技1, 特技2 … (the export's).
  const level = readLevel(cell('skillLevel'));
  if (!level) problem('skillLevel', 'unknownLevel', { value: cell('skillLevel') });
  const listed = readSkills(cell('skills'), level ?? SkillLevel.Experienced);
  for (const value of listed.unknown) problem('skills', 'unknownSkill', { value });
  let skills = listed.skills;
  let anySkillWritten = listed.skills.length + listed.unknown.length > 0;
  for (const group of layout.numberedSkills) {
    const at = (column: RegisterColumn | undefined) => (column ? (cells[column.index] ?? '').trim() : '');
    const levelCell = at(group.level);
    const groupLevel = readLevel(levelCell);
    if (!groupLevel) problems.push({ line, column: group.level?.header ?? null, rule: 'unknownLevel', args: { value: levelCell } });
    const read = readSkillColumns(at(group.category), at(group.ownWords), groupLevel ?? SkillLevel.Experienced);
    if (!read) continue;
    anySkillWritten = true;
    const column = group.category?.header ?? group.ownWords?.header ?? null;
    if (read.unknown) problems.push({ line, column, rule: 'unknownSkill', args: { value: read.unknown } });
    skills = mergeSkills(skills, read.skills);
  }
  const skillsHeader = header('skills') ?? layout.numberedSkills[0]?.category?.header ?? '特技';
  if (!anySkillWritten) problems.push({ line, column: skillsHeader, rule: 'noSkills' });
  if (skills.length > SKILL_PROFILE_LIMITS.maxSkills) {
    problems.push({ line, column: skillsHeader, rule: 'tooMany', args: { max: SKILL_PROFILE_LIMITS.maxSkills } });
  }

  const qualifications = readCodes(cell('qualifications'), 'qualification');
  for (const value of qualifications.unknown) problem('qualifications', 'unknownQualification', { value });
  if (qualifications.codes.length > SKILL_PROFILE_LIMITS.maxQualifications) {
    problem('qualifications', 'tooMany', { max: SKILL_PROFILE_LIMITS.maxQualifications });
  }
  const languages = readCodes(cell('languages'), 'language');
  for (const value of languages.unknown) problem('languages', 'unknownLanguage', { value });
  if (languages.codes.length > SKILL_PROFILE_LIMITS.maxLanguages)
    problem('languages', 'tooMany', { max: SKILL_PROFILE_LIMITS.maxLanguages });

  // 活動できる曜日 (in words), and/or the export's 月曜日 … 日曜日 columns (「午前・午後」).
  const slots = readWeeklySlots(cell('weeklySlots'));
  for (const value of slots.unknown) problem('weeklySlots', 'unknownSlot', { value });
  for (const day of WEEKDAYS) {
    const column = layout.days[day];
    const text = column ? (cells[column.index] ?? '').trim() : '';
    if (!column || !text) continue;
    const periods = readDayPeriods(text);
    if (!periods) problems.push({ line, column: column.header, rule: 'unknownSlot', args: { value: text } });
    for (const period of periods ?? []) {
      if (!slots.slots.some((slot) => slot.day === day && slot.period === period)) slots.slots.push({ day, period });
    }
  }
  slots.slots.sort((a, b) => slotOrder(a) - slotOrder(b));

  const datesOff: string[] = [];
  for (const value of splitList(cell('datesOff'))) {
    const date = parseRegisterDate(value);
    if (!date) problem('datesOff', 'date');
    else if (!datesOff.includes(date)) datesOff.push(date);
  }
  if (datesOff.length > SKILL_PROFILE_LIMITS.maxDatesOff) problem('datesOff', 'tooMany', { max: SKILL_PROFILE_LIMITS.maxDatesOff });

  // 対面 / オンライン: 活動の方法 in words, or the export's two はい/いいえ columns.
  let way = readWay(cell('way'));
  if (!way) problem('way', 'unknownWay', { value: cell('way') });
  for (const field of ['inPerson', 'online'] as const) {
    if (!layout.columns[field] || !cell(field) || !way) continue;
    const answer = readYesNo(cell(field));
    if (answer === null) problem(field, 'yesNo', { value: cell(field) });
    else way = { ...way, [field]: answer };
  }
  if (way && !way.inPerson && !way.online) problem(layout.columns.inPerson ? 'inPerson' : 'way', 'noWay');
  const transport = readTransport(cell('transport'));
  for (const value of transport.unknown) problem('transport', 'unknownTransport', { value });

  const insurance = readInsurance(cell('insurancePlan'), cell('insuranceFiscalYear'), cell('insuranceCoverStart'), problem);

  const publicListing = readYesNo(cell('publicListing'));
  if (publicListing === null) problem('publicListing', 'yesNo', { value: cell('publicListing') });
  const nickname = cell('nickname') || null;
  if (
    nickname &&
    !tooLong('nickname', nickname, SKILL_PROFILE_LIMITS.nicknameMaxLength) &&
    normalizeJapanese(nickname) === normalizeJapanese(name)
  ) {
    problem('nickname', 'nicknameIsName');
  }
  if (publicListing && !nickname) problems.push({ line, column: header('nickname') ?? 'ニックネーム', rule: 'required' });

  if (problems.length > 0 || contactMethod === 'unknown' || contactMethod === 'none' || !way) return { problems };
  const profile: SkillProfileInput = {
    skills,
    qualifications: qualifications.codes,
    languages: languages.codes,
    weeklySlots: slots.slots,
    datesOff: datesOff.sort(),
    homeAreaId: homeArea?.id ?? null,
    areaIds,
    inPerson: way.inPerson,
    online: way.online,
    transport: transport.transport,
    insurance: insurance ?? null,
    publicListing: publicListing === true,
    nickname,
  };
  return {
    row: {
      line,
      person: { name, nameKana, birthDate, phone, email, postalAddress, contactMethod: contactMethod.method },
      profile,
      homeAreaNameJa: homeArea?.nameJa ?? null,
    },
  };
}

const slotOrder = (slot: WeeklySlot) => WEEKDAYS.indexOf(slot.day) * 3 + ['morning', 'afternoon', 'evening'].indexOf(slot.period);

/** Skills of one category are one skill: their own words joined. */
function mergeSkills(skills: SkillEntry[], more: SkillEntry[]): SkillEntry[] {
  const merged = skills.map((skill) => ({ ...skill }));
  for (const skill of more) {
    const same = merged.find((other) => other.categoryCode === skill.categoryCode);
    if (!same) merged.push({ ...skill });
    else if (skill.ownWords && !same.ownWords.includes(skill.ownWords)) {
      same.ownWords = [same.ownWords, skill.ownWords].filter(Boolean).join('、').slice(0, SKILL_PROFILE_LIMITS.ownWordsMaxLength);
    }
  }
  return merged;
}

const CONTACT_WORDS: Record<ContactMethod, readonly string[]> = {
  [ContactMethod.Phone]: ['電話', 'でんわ', 'TEL', 'phone', '携帯'],
  [ContactMethod.Email]: ['メール', 'Eメール', 'email', 'e-mail', 'mail'],
  [ContactMethod.Post]: ['郵便', '郵送', '手紙', 'post', '住所'],
};
const DETAIL_WORDS: Record<ContactMethod, string> = {
  [ContactMethod.Phone]: '電話番号',
  [ContactMethod.Email]: 'メールアドレス',
  [ContactMethod.Post]: '住所',
};

function readContactMethod(
  cell: string,
  details: { phone: string | null; email: string | null; postalAddress: string | null },
): { method: ContactMethod; missing: string | null } | 'unknown' | 'none' {
  const has: Record<ContactMethod, boolean> = {
    [ContactMethod.Phone]: details.phone !== null,
    [ContactMethod.Email]: details.email !== null,
    [ContactMethod.Post]: details.postalAddress !== null,
  };
  if (cell) {
    const word = normalizeJapanese(cell);
    const method = (Object.keys(CONTACT_WORDS) as ContactMethod[]).find((m) => CONTACT_WORDS[m].some((w) => normalizeJapanese(w) === word));
    if (!method) return 'unknown';
    return { method, missing: has[method] ? null : DETAIL_WORDS[method] };
  }
  // People on a paper register are usually reached by phone; mail only when there is no phone.
  const method = [ContactMethod.Phone, ContactMethod.Email, ContactMethod.Post].find((m) => has[m]);
  return method ? { method, missing: null } : 'none';
}

function readInsurance(
  planCell: string,
  yearCell: string,
  startCell: string,
  problem: (field: RegisterField, rule: ImportRule, args?: Record<string, string | number>) => void,
): VolunteerInsurance | null | undefined {
  const plan = readPlan(planCell);
  if (plan === undefined) {
    problem('insurancePlan', 'unknownPlan', { value: planCell });
    return undefined;
  }
  if (plan === null) return null;
  const coverStart = startCell ? parseRegisterDate(startCell) : null;
  if (startCell && !coverStart) problem('insuranceCoverStart', 'date');
  const fiscalYear = yearCell ? readFiscalYear(yearCell) : coverStart ? fiscalYearOf(coverStart) : null;
  if (yearCell && fiscalYear === null) problem('insuranceFiscalYear', 'fiscalYear');
  if (!yearCell && !coverStart) {
    problem('insuranceFiscalYear', 'insuranceYearMissing');
    return undefined;
  }
  if (fiscalYear === null || (startCell && !coverStart)) return undefined;
  // Cover from the start date, or from the first day of the fiscal year.
  const insurance = { plan, fiscalYear, coverStart: coverStart ?? fiscalYearRange(fiscalYear).from };
  if (!coverStartInFiscalYear(insurance)) {
    const { from, to } = fiscalYearRange(fiscalYear);
    problem('insuranceCoverStart', 'coverStartInFiscalYear', { fiscalYear, from, to });
    return undefined;
  }
  return insurance;
}
