import { DayPeriod, type Locale, type RequestSchedule, type Weekday, type WeeklySlot } from '@tsunagu/contracts';
import { isIsoDate } from '../../shared/util/calendar-date';
import { slotsByDay } from '../../skills/util/weekly-slots';

/**
 * 「いつ」 in words, as a shakyo would write it on a notice: 「2026年12月5日（土）9:00〜11:00」,
 * 「毎週 土曜日の午前」, 「2026年12月1日（火）から12月20日（日）までのどこかで」. The same in English
 * for the English pages. Dates are calendar dates in Japan (no time zone).
 */

const DAY_JA: Readonly<Record<Weekday, string>> = {
  mon: '月曜日',
  tue: '火曜日',
  wed: '水曜日',
  thu: '木曜日',
  fri: '金曜日',
  sat: '土曜日',
  sun: '日曜日',
};
const DAY_EN: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const PERIOD_JA: Readonly<Record<DayPeriod, string>> = {
  [DayPeriod.Morning]: '午前',
  [DayPeriod.Afternoon]: '午後',
  [DayPeriod.Evening]: '夜',
};
const PERIOD_EN: Readonly<Record<DayPeriod, string>> = {
  [DayPeriod.Morning]: 'morning',
  [DayPeriod.Afternoon]: 'afternoon',
  [DayPeriod.Evening]: 'evening',
};
const SHORT_DAY_JA = ['日', '月', '火', '水', '木', '金', '土'];
const SHORT_DAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 「9:00」 for 09:00 (no leading zero on the hour, as notices write it). */
export function formatTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  return match ? `${Number(match[1])}:${match[2]}` : time;
}

/**
 * A date with its day of the week: 「2026年12月5日（土）」 / 「Sat 5 December 2026」. Without the
 * year (`withYear` false) for the second date of a range in the same year: 「12月20日（日）」.
 */
export function formatScheduleDate(iso: string, lang: Locale, withYear = true): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (lang === 'ja') return `${withYear ? `${year}年` : ''}${month}月${day}日（${SHORT_DAY_JA[weekday]}）`;
  return `${SHORT_DAY_EN[weekday]} ${day} ${MONTH_EN[month - 1]}${withYear ? ` ${year}` : ''}`;
}

/** 「土曜日の午前」 / 「Saturday morning」. */
export function slotLabel(slot: WeeklySlot, lang: Locale): string {
  return lang === 'ja' ? `${DAY_JA[slot.day]}の${PERIOD_JA[slot.period]}` : `${DAY_EN[slot.day]} ${PERIOD_EN[slot.period]}`;
}

/** 「毎週 土曜日の午前」, 「毎週 土曜日の午前・午後、日曜日の午後」 / 「Every Saturday morning and afternoon, Sunday afternoon」. */
export function weeklyLabel(slots: readonly WeeklySlot[], lang: Locale): string {
  const days = slotsByDay(slots);
  if (lang === 'ja') {
    const parts = days.map((row) => `${DAY_JA[row.day]}の${row.periods.map((period) => PERIOD_JA[period]).join('・')}`);
    return `毎週 ${parts.join('、')}`;
  }
  const parts = days.map((row) => {
    const periods = row.periods.map((period) => PERIOD_EN[period]);
    const joined = periods.length > 1 ? `${periods.slice(0, -1).join(', ')} and ${periods[periods.length - 1]}` : periods[0];
    return `${DAY_EN[row.day]} ${joined}`;
  });
  return `Every ${parts.join(', ')}`;
}

/** A range of dates, the year of the second left out when it is the same: 「12月1日（火）から12月20日（日）まで」. */
function rangeLabel(from: string, until: string, lang: Locale): { from: string; until: string } {
  const sameYear = from.slice(0, 4) === until.slice(0, 4);
  return { from: formatScheduleDate(from, lang), until: formatScheduleDate(until, lang, !sameYear) };
}

/** The main line of 「いつ」. */
export function scheduleLabel(schedule: RequestSchedule, lang: Locale): string {
  switch (schedule.kind) {
    case 'once': {
      const date = formatScheduleDate(schedule.date, lang);
      const times = `${formatTime(schedule.startTime)}${lang === 'ja' ? '〜' : '–'}${formatTime(schedule.endTime)}`;
      return lang === 'ja' ? `${date}${times}` : `${date}, ${times}`;
    }
    case 'weekly':
      return weeklyLabel(schedule.slots, lang);
    case 'flexible': {
      const range = rangeLabel(schedule.from, schedule.until, lang);
      return lang === 'ja' ? `${range.from}から${range.until}までのどこかで` : `Any time from ${range.from} to ${range.until}`;
    }
  }
}

/** For 毎週: from when (and until when) it runs: 「2026年12月5日（土）から」. Null for the other kinds. */
export function scheduleRangeLabel(schedule: RequestSchedule, lang: Locale): string | null {
  if (schedule.kind !== 'weekly') return null;
  if (schedule.until === null)
    return lang === 'ja' ? `${formatScheduleDate(schedule.from, lang)}から` : `From ${formatScheduleDate(schedule.from, lang)}`;
  const range = rangeLabel(schedule.from, schedule.until, lang);
  return lang === 'ja' ? `${range.from}から${range.until}まで` : `From ${range.from} to ${range.until}`;
}

/** 「いつ」 on one line: the main part, then the range of a weekly request in brackets. */
export function scheduleText(schedule: RequestSchedule | null, lang: Locale): string | null {
  if (schedule === null) return null;
  const range = scheduleRangeLabel(schedule, lang);
  const main = scheduleLabel(schedule, lang);
  if (!range) return main;
  return lang === 'ja' ? `${main}（${range}）` : `${main} (${range.charAt(0).toLowerCase()}${range.slice(1)})`;
}
