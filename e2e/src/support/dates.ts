import { WEEKDAYS, type Weekday } from '@tsunagu/contracts';

const JAPAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
const WEEKDAY_JA: Readonly<Record<Weekday, string>> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };

/** Today in Japan, YYYY-MM-DD. */
export function todayInJapan(): string {
  return JAPAN_DAY.format(new Date());
}

/** YYYY-MM-DD plus `days`. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 2026-12-05 → 「2026年12月5日」, as a person types a date. */
export function japaneseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The day of the week of a date: its code in the API ('sat') and its name in Japanese ('土'). */
export function weekdayOf(iso: string): { code: Weekday; ja: string } {
  // getUTCDay counts from Sunday; WEEKDAYS from Monday.
  const code = WEEKDAYS[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7];
  return { code, ja: WEEKDAY_JA[code] };
}
