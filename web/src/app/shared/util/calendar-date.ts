import type { Locale } from '@tsunagu/contracts';

/** Every date Tsunagu shows is the date in Japan, wherever the browser is. */
export const TIME_ZONE = 'Asia/Tokyo';

/** 和暦 (Japanese eras) since 明治, newest first: the first day of each era. */
const ERAS = [
  { name: '令和', letter: 'R', start: '2019-05-01' },
  { name: '平成', letter: 'H', start: '1989-01-08' },
  { name: '昭和', letter: 'S', start: '1926-12-25' },
  { name: '大正', letter: 'T', start: '1912-07-30' },
  { name: '明治', letter: 'M', start: '1868-01-25' },
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WESTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const JAPANESE_ERA = /^(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** True for a real calendar date written YYYY-MM-DD (not 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as staff type it from a paper form, as YYYY-MM-DD, or null when it is not a real date.
 * Takes 1944-04-01, 1944/4/1, 1944年4月1日, 19440401 and 和暦 such as 昭和19年4月1日, S19.4.1 or
 * 平成元年1月8日, in full- or half-width characters. A 和暦 date outside its era (昭和65年) is refused.
 */
export function parseDateInput(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  const western = WESTERN.exec(text) ?? COMPACT.exec(text);
  if (western) {
    const iso = isoOf(Number(western[1]), Number(western[2]), Number(western[3]));
    return isIsoDate(iso) ? iso : null;
  }
  const japanese = JAPANESE_ERA.exec(text);
  if (!japanese) return null;
  const eraIndex = ERAS.findIndex((era) => era.name === japanese[1] || era.letter === japanese[1].toUpperCase());
  const era = ERAS[eraIndex];
  const eraYear = japanese[2] === '元' ? 1 : Number(japanese[2]);
  if (eraYear < 1) return null;
  const iso = isoOf(Number(era.start.slice(0, 4)) + eraYear - 1, Number(japanese[3]), Number(japanese[4]));
  const next = ERAS[eraIndex - 1];
  if (!isIsoDate(iso) || iso < era.start || (next && iso >= next.start)) return null;
  return iso;
}

/** 「昭和19年」 for 1944-04-01, 「平成元年」 for 1989-01-08; '' before 明治. */
export function japaneseEraYear(iso: string): string {
  const era = ERAS.find((candidate) => iso >= candidate.start);
  if (!era) return '';
  const year = Number(iso.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${year === 1 ? '元' : year}年`;
}

/**
 * A calendar date (YYYY-MM-DD, no time) for reading: 「1944年4月1日（昭和19年）」 in Japanese,
 * 「1 April 1944」 in English. Anything else is shown as it is.
 */
export function formatCalendarDate(iso: string, lang: Locale): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'ja') {
    const era = japaneseEraYear(iso);
    return `${year}年${month}月${day}日${era ? `（${era}）` : ''}`;
  }
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The day of a moment (an ISO timestamp) in Japan: 「2026年11月23日」 / 「23 November 2026」. */
export function formatDay(timestamp: string, lang: Locale): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A moment in Japan's time, to the minute: 「2026年11月23日 14:05」 / 「23 November 2026, 14:05」. */
export function formatDateTime(timestamp: string, lang: Locale): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today's date in Japan, YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
