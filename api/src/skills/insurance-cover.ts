import type { VolunteerInsurance } from '@tsunagu/contracts';

/**
 * ボランティア活動保険 runs by fiscal year (April–March): cover starts on the day the person joins
 * and ends on 31 March. Dates are YYYY-MM-DD in Japan.
 */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` };
}

export function coverEnd(insurance: Pick<VolunteerInsurance, 'fiscalYear'>): string {
  return fiscalYearRange(insurance.fiscalYear).to;
}

/** Whether the cover start lies in its fiscal year. */
export function coverStartInFiscalYear(insurance: Pick<VolunteerInsurance, 'fiscalYear' | 'coverStart'>): boolean {
  const { from, to } = fiscalYearRange(insurance.fiscalYear);
  return insurance.coverStart >= from && insurance.coverStart <= to;
}

export function coversOn(insurance: Pick<VolunteerInsurance, 'fiscalYear' | 'coverStart'> | null, date: string): boolean {
  return insurance !== null && insurance.coverStart <= date && date <= coverEnd(insurance);
}

/** Today's date in Japan (the shakyo's day, whatever the server's time zone). */
/** Built once: making a formatter costs more than formatting with it. */
const JAPAN_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

export function todayInJapan(now: Date = new Date()): string {
  return JAPAN_DATE.format(now);
}

/** 2027-03-31 → 2027年3月31日 / 31 March 2027. */
export function formatDate(date: string, locale: 'ja' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale === 'ja') return `${year}年${month}月${day}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[month - 1]} ${year}`;
}
