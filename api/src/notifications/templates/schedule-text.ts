import { DayPeriod, type Locale, type RequestSchedule, type Weekday, WEEKDAYS } from '@tsunagu/contracts';

const WEEKDAY_JA: Record<Weekday, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };
const WEEKDAY_EN: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const PERIOD_JA: Record<DayPeriod, string> = { [DayPeriod.Morning]: '午前', [DayPeriod.Afternoon]: '午後', [DayPeriod.Evening]: '夕方' };
const PERIOD_EN: Record<DayPeriod, string> = {
  [DayPeriod.Morning]: 'morning',
  [DayPeriod.Afternoon]: 'afternoon',
  [DayPeriod.Evening]: 'evening',
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number);
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7];
}

/** 2026-12-05 → 2026年12月5日（土） / Saturday 5 December 2026 */
export function dateText(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = weekdayOf(date);
  return locale === 'en'
    ? `${WEEKDAY_EN[weekday]} ${day} ${MONTHS_EN[month - 1]} ${year}`
    : `${year}年${month}月${day}日（${WEEKDAY_JA[weekday]}）`;
}

/** 09:00 → 9:00 */
const timeText = (time: string) => time.replace(/^0(\d)/, '$1');

/** When the help is needed, in one line for a mail. */
export function scheduleText(schedule: RequestSchedule | null, locale: Locale): string {
  if (!schedule) return locale === 'en' ? 'To be arranged with the center' : 'センターと相談して決めます';
  switch (schedule.kind) {
    case 'once': {
      const dash = locale === 'en' ? '–' : '〜';
      return `${dateText(schedule.date, locale)} ${timeText(schedule.startTime)}${dash}${timeText(schedule.endTime)}`;
    }
    case 'weekly': {
      const slots = [...schedule.slots].sort(
        (a, b) =>
          WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) ||
          Object.values(DayPeriod).indexOf(a.period) - Object.values(DayPeriod).indexOf(b.period),
      );
      if (locale === 'en') {
        const list = slots.map((slot) => `${WEEKDAY_EN[slot.day]} ${PERIOD_EN[slot.period]}`).join(', ');
        const until = schedule.until ? ` until ${dateText(schedule.until, 'en')}` : '';
        return `Every ${list}, from ${dateText(schedule.from, 'en')}${until}`;
      }
      const list = slots.map((slot) => `${WEEKDAY_JA[slot.day]}曜日の${PERIOD_JA[slot.period]}`).join('・');
      const until = schedule.until ? `${dateText(schedule.until, 'ja')}まで` : '';
      return `毎週 ${list}（${dateText(schedule.from, 'ja')}から${until}）`;
    }
    case 'flexible':
      return locale === 'en'
        ? `Any day from ${dateText(schedule.from, 'en')} to ${dateText(schedule.until, 'en')} (the day is agreed together)`
        : `${dateText(schedule.from, 'ja')}から${dateText(schedule.until, 'ja')}までの間（日にちは相談して決めます）`;
  }
}
