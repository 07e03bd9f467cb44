import {
  DayPeriod,
  InsurancePlan,
  SKILL_PROFILE_LIMITS,
  type SkillEntry,
  SkillLevel,
  Transport,
  type Weekday,
  WEEKDAYS,
  type WeeklySlot,
} from '@tsunagu/contracts';
import { LANGUAGES, normalizeJapanese, QUALIFICATIONS, SKILL_CATEGORIES, suggestCategories } from '@tsunagu/matching';
import { DAY_PERIOD_LABELS, INSURANCE_PLAN_LABELS, parseCsvYesNo, SKILL_LEVEL_LABELS, TRANSPORT_LABELS } from '../skills-csv-columns';

/**
 * Reading the cells of a register: the words staff write in Excel (「月・水の午前」, 「基本プランA」,
 * 「英語、中国語」) turned into the skills bank's codes. Each reader returns null (or a list with the
 * parts it could not read) rather than guessing.
 */

/** Parts of a list cell: 「英語、中国語」, 「英語,中国語」, one per line, 「英語／中国語」. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[、,，;；／/\n]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

const key = (text: string) => normalizeJapanese(text);
/** 「介護支援専門員（ケアマネジャー）」 is also written 介護支援専門員 or ケアマネジャー. */
const labelVariants = (label: string): string[] => {
  const bracket = /^(.*?)[（(](.*?)[）)]$/u.exec(label);
  return bracket ? [label, bracket[1], bracket[2]] : [label];
};

function lookup<T>(entries: readonly { names: readonly string[]; value: T }[]): (text: string) => T | undefined {
  const map = new Map<string, T>();
  for (const { names, value } of entries) for (const name of names) if (!map.has(key(name))) map.set(key(name), value);
  return (text) => map.get(key(text));
}

const categoryByName = lookup(
  SKILL_CATEGORIES.map((c) => ({ names: [c.code, c.ja, c.en, c.kana, ...labelVariants(c.ja)], value: c.code })),
);
const qualificationByName = lookup(QUALIFICATIONS.map((q) => ({ names: [q.code, q.en, ...labelVariants(q.ja)], value: q.code as string })));
const languageByName = lookup(LANGUAGES.map((l) => ({ names: [l.code, l.ja, l.en, ...l.aliases], value: l.code as string })));

/** Suggestions this sure come from an alias (草むしり → 庭仕事), not from hints alone. */
const SKILL_SUGGESTION_MIN_SCORE = 0.6;

/**
 * 特技: category names (as the export writes them) or the person's own words, which the taxonomy
 * reads (「草むしり」 → 庭仕事, with 草むしり kept as their words). Several categories from one
 * part share its words.
 */
export function readSkills(cell: string, level: SkillLevel): { skills: SkillEntry[]; unknown: string[] } {
  const byCategory = new Map<string, string[]>();
  const unknown: string[] = [];
  const add = (code: string, words: string | null) => {
    const list = byCategory.get(code) ?? [];
    if (words && !list.includes(words)) list.push(words);
    byCategory.set(code, list);
  };
  for (const part of splitList(cell)) {
    const exact = categoryByName(part);
    if (exact) {
      add(exact, null);
      continue;
    }
    // 「庭仕事・見守り」: two category names joined by ・.
    const named = part.split(/[・･]/u).map((piece) => categoryByName(piece.trim()));
    if (named.length > 1 && named.every(Boolean)) {
      for (const code of named) add(code as string, null);
      continue;
    }
    const suggested = suggestCategories(part, { minScore: SKILL_SUGGESTION_MIN_SCORE });
    if (suggested.length === 0) unknown.push(part);
    for (const suggestion of suggested) add(suggestion.code, part);
  }
  const skills = [...byCategory].map(([categoryCode, words]) => ({
    categoryCode,
    ownWords: words.join('、').slice(0, SKILL_PROFILE_LIMITS.ownWordsMaxLength),
    level,
  }));
  return { skills, unknown };
}

/**
 * One numbered skill of the export (特技1, 特技1の内容, 特技1の経験): a category name, or words the
 * taxonomy reads; the own words from their column. Null when the three cells are blank.
 */
export function readSkillColumns(
  categoryCell: string,
  wordsCell: string,
  level: SkillLevel,
): { skills: SkillEntry[]; unknown: string | null } | null {
  const ownWords = wordsCell.slice(0, SKILL_PROFILE_LIMITS.ownWordsMaxLength);
  if (categoryCell) {
    const code =
      categoryByName(categoryCell) ?? suggestCategories(categoryCell, { limit: 1, minScore: SKILL_SUGGESTION_MIN_SCORE })[0]?.code;
    if (!code) return { skills: [], unknown: categoryCell };
    const words = ownWords || (categoryByName(categoryCell) ? '' : categoryCell.slice(0, SKILL_PROFILE_LIMITS.ownWordsMaxLength));
    return { skills: [{ categoryCode: code, ownWords: words, level }], unknown: null };
  }
  if (!wordsCell) return null;
  const suggested = suggestCategories(wordsCell, { minScore: SKILL_SUGGESTION_MIN_SCORE });
  if (suggested.length === 0) return { skills: [], unknown: wordsCell };
  return { skills: suggested.map((suggestion) => ({ categoryCode: suggestion.code, ownWords, level })), unknown: null };
}

export function readCodes(cell: string, kind: 'qualification' | 'language'): { codes: string[]; unknown: string[] } {
  const find = kind === 'qualification' ? qualificationByName : languageByName;
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(cell)) {
    const code = find(part);
    if (!code) unknown.push(part);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

const LEVELS = lookup([
  ...Object.entries(SKILL_LEVEL_LABELS).map(([value, label]) => ({ names: [label], value: value as SkillLevel })),
  { names: ['beginner', 'はじめて', '初めて', '未経験', '経験なし', 'やってみたい', '初心者'], value: SkillLevel.Beginner },
  { names: ['experienced', '経験あり', '経験がある', 'あり', '有', '経験者'], value: SkillLevel.Experienced },
  { names: ['professional', '仕事・資格あり', '仕事', '資格あり', 'プロ', '仕事にしていた', '専門'], value: SkillLevel.Professional },
]);

/** 特技の経験: blank means 経験あり (a register lists what people already do). */
export function readLevel(cell: string): SkillLevel | null {
  return cell.trim() === '' ? SkillLevel.Experienced : (LEVELS(cell.trim()) ?? null);
}

const DAY_CHARS: Record<string, Weekday> = { 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat', 日: 'sun' };
const ALL_PERIODS = [DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening];

/**
 * 活動できる曜日: 「月・水の午前」, 「土日」, 「平日の午後」, 「火曜午前、木曜夜」, 「いつでも」, and the
 * export's own 「月午前」 or codes such as mon-morning. A day without a time is the whole day; a
 * time without a day is every day.
 */
export function readWeeklySlots(cell: string): { slots: WeeklySlot[]; unknown: string[] } {
  const slots = new Map<string, WeeklySlot>();
  const unknown: string[] = [];
  for (const part of splitList(cell)) {
    const code = /^(mon|tue|wed|thu|fri|sat|sun)[-_\s](morning|afternoon|evening)$/i.exec(part.trim());
    if (code) {
      const slot = { day: code[1].toLowerCase() as Weekday, period: code[2].toLowerCase() as DayPeriod };
      slots.set(`${slot.day}-${slot.period}`, slot);
      continue;
    }
    let text = part.normalize('NFKC').replace(/曜日|曜/g, '');
    const days = new Set<Weekday>();
    const periods = new Set<DayPeriod>();
    const take = (pattern: RegExp, found: () => void) => {
      if (pattern.test(text)) {
        found();
        text = text.replace(pattern, '');
      }
    };
    take(/毎週/g, () => undefined);
    take(/毎日|いつでも|いつも|全日/g, () => WEEKDAYS.forEach((day) => days.add(day)));
    take(/終日|一日中|1日中|一日|1日/g, () => ALL_PERIODS.forEach((period) => periods.add(period)));
    take(/平日/g, () => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).forEach((day) => days.add(day)));
    take(/週末|土日祝|土日/g, () => (['sat', 'sun'] as const).forEach((day) => days.add(day)));
    take(/祝日|祝/g, () => undefined);
    take(/午前中|午前|朝/g, () => periods.add(DayPeriod.Morning));
    take(/午後|昼間|昼|日中/g, () => periods.add(DayPeriod.Afternoon));
    take(/夜間|夜|夕方|夕/g, () => periods.add(DayPeriod.Evening));
    // 「月〜金」, 「月から金」: every day from one to the other.
    take(/([月火水木金土日])\s*(?:〜|~|-|－|から)\s*([月火水木金土日])(?:まで)?/gu, () => {
      for (const [, from, to] of text.matchAll(/([月火水木金土日])\s*(?:〜|~|-|－|から)\s*([月火水木金土日])/gu)) {
        const [start, end] = [WEEKDAYS.indexOf(DAY_CHARS[from]), WEEKDAYS.indexOf(DAY_CHARS[to])];
        for (let i = start; i <= (end >= start ? end : end + 7); i++) days.add(WEEKDAYS[i % 7]);
      }
    });
    for (const char of text) if (DAY_CHARS[char]) days.add(DAY_CHARS[char]);
    text = text.replace(/[月火水木金土日・･、\s()（）]|および|及び|と|の|から|まで|に|で|可/gu, '');
    if (text !== '' || (days.size === 0 && periods.size === 0)) {
      unknown.push(part);
      continue;
    }
    for (const day of days.size > 0 ? [...days] : WEEKDAYS) {
      for (const period of periods.size > 0 ? [...periods] : ALL_PERIODS) slots.set(`${day}-${period}`, { day, period });
    }
  }
  const order = (slot: WeeklySlot) => WEEKDAYS.indexOf(slot.day) * 3 + ALL_PERIODS.indexOf(slot.period);
  return { slots: [...slots.values()].sort((a, b) => order(a) - order(b)), unknown };
}

const TRANSPORTS = lookup([
  ...Object.entries(TRANSPORT_LABELS).map(([value, label]) => ({ names: [label], value: value as Transport })),
  { names: ['walk', '徒歩', '歩き', '歩いて'], value: Transport.Walk },
  { names: ['bicycle', '自転車', 'バイク', '原付'], value: Transport.Bicycle },
  { names: ['car', '車', '自動車', '自家用車', 'マイカー'], value: Transport.Car },
  { names: ['public-transport', '電車・バス', '公共交通機関', '公共交通', '電車', 'バス'], value: Transport.PublicTransport },
]);

export function readTransport(cell: string): { transport: Transport[]; unknown: string[] } {
  const transport: Transport[] = [];
  const unknown: string[] = [];
  for (const part of splitList(cell)) {
    const found = TRANSPORTS(part) ?? null;
    const pieces = found ? [found] : part.split(/[・･]/u).map((piece) => TRANSPORTS(piece.trim()));
    if (pieces.some((piece) => !piece)) unknown.push(part);
    else for (const piece of pieces as Transport[]) if (!transport.includes(piece)) transport.push(piece);
  }
  return { transport, unknown };
}

/** 活動の方法: 対面 and/or オンライン; blank is 対面 only. */
export function readWay(cell: string): { inPerson: boolean; online: boolean } | null {
  if (cell.trim() === '') return { inPerson: true, online: false };
  let inPerson = false;
  let online = false;
  for (const part of splitList(cell).flatMap((piece) => piece.split(/[・･と]/u))) {
    const word = key(part);
    if (['対面', 'たいめん', 'inperson', '訪問', '現地'].map(key).includes(word)) inPerson = true;
    else if (['オンライン', 'online', 'リモート', 'ウェブ', 'web'].map(key).includes(word)) online = true;
    else if (['両方', 'どちらも', 'both'].map(key).includes(word)) inPerson = online = true;
    else if (word !== '') return null;
  }
  return inPerson || online ? { inPerson, online } : null;
}

const PLANS = lookup([
  ...Object.entries(INSURANCE_PLAN_LABELS).map(([value, label]) => ({ names: [label], value: value as InsurancePlan })),
  { names: ['basic-a', '基本A', '基本プランA', 'Aプラン', '基本プラン（A）', '基本・A'], value: InsurancePlan.BasicA },
  { names: ['basic-b', '基本B', '基本プランB', 'Bプラン', '基本プラン（B）', '基本・B'], value: InsurancePlan.BasicB },
  {
    names: ['natural-disaster-a', '天災A', '天災プランA', '天災・地震補償プランA', '天災・地震補償A', '天災・地震A'],
    value: InsurancePlan.NaturalDisasterA,
  },
  {
    names: ['natural-disaster-b', '天災B', '天災プランB', '天災・地震補償プランB', '天災・地震補償B', '天災・地震B'],
    value: InsurancePlan.NaturalDisasterB,
  },
]);
const NO_INSURANCE = new Set(['なし', '無', '未加入', '加入なし', 'いいえ', 'none', 'no', '-'].map(key));

/** ボランティア活動保険のプラン: null for 「なし」 or blank; undefined when it cannot be read. */
export function readPlan(cell: string): InsurancePlan | null | undefined {
  const text = cell.trim();
  if (text === '' || NO_INSURANCE.has(key(text))) return null;
  return PLANS(text);
}

const REIWA_START = 2019;
const HEISEI_START = 1989;

/** 保険年度: 2026, 2026年度, 令和8年度, R8; the fiscal year by its April start. */
export function readFiscalYear(cell: string): number | null {
  const text = cell.normalize('NFKC').replace(/\s/g, '');
  const western = /^(\d{4})(年度?)?$/.exec(text);
  if (western) return Number(western[1]);
  const era = /^(令和|平成|R|H)(\d{1,2}|元)年?度?$/i.exec(text);
  if (!era) return null;
  const year = era[2] === '元' ? 1 : Number(era[2]);
  return (/^(令和|R)$/i.test(era[1]) ? REIWA_START : HEISEI_START) + year - 1;
}

/** The fiscal year (April–March) a date falls in: 2027-03-31 is in 2026. */
export function fiscalYearOf(iso: string): number {
  const [year, month] = iso.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** はい/いいえ cells (the export's words and their usual stand-ins): blank is no. */
export function readYesNo(cell: string): boolean | null {
  const text = cell.trim();
  if (text === '') return false;
  const answer = parseCsvYesNo(text);
  if (answer !== undefined) return answer;
  const word = key(text);
  if (['◯', 'する', '公開'].map(key).includes(word)) return true;
  if (['しない', '非公開'].map(key).includes(word)) return false;
  return null;
}

const PERIODS = lookup([
  ...Object.entries(DAY_PERIOD_LABELS).map(([value, label]) => ({ names: [label], value: [value as DayPeriod] })),
  { names: ['午前中', '朝', 'morning'], value: [DayPeriod.Morning] },
  { names: ['昼', '昼間', '日中', 'afternoon'], value: [DayPeriod.Afternoon] },
  { names: ['夜間', '夕方', 'evening'], value: [DayPeriod.Evening] },
  { names: ['終日', '一日中', '全日', 'いつでも', 'はい', '○', '〇', '◯', '可'], value: ALL_PERIODS },
]);

/** One weekday column of the export: 「午前・午後」, 「夜」, 「終日」 or ○; blank is not free. */
export function readDayPeriods(cell: string): DayPeriod[] | null {
  const periods = new Set<DayPeriod>();
  for (const part of cell.split(/[・･、,，\s]+/u).filter(Boolean)) {
    const found = PERIODS(part);
    if (!found) return null;
    for (const period of found) periods.add(period);
  }
  return ALL_PERIODS.filter((period) => periods.has(period));
}
