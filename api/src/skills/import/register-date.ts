/**
 * Dates as volunteer registers write them, as YYYY-MM-DD, or null when not a real date:
 * 1944-04-01, 1944/4/1, 1944.4.1, 1944年4月1日, 19440401 and 和暦 such as 昭和19年4月1日, 昭和19.4.1,
 * S19.4.1 or 平成元年1月8日, in full- or half-width characters. A 和暦 date outside its era
 * (昭和65年) is refused. The same rules as the web's date input (web/…/calendar-date.ts).
 */

/** 和暦 (Japanese eras) since 明治, newest first: the first day of each era. */
const ERAS = [
  { name: '令和', letter: 'R', start: '2019-05-01' },
  { name: '平成', letter: 'H', start: '1989-01-08' },
  { name: '昭和', letter: 'S', start: '1926-12-25' },
  { name: '大正', letter: 'T', start: '1912-07-30' },
  { name: '明治', letter: 'M', start: '1868-01-25' },
] as const;

const WESTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const JAPANESE_ERA = /^(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function realDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

export function parseRegisterDate(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  const western = WESTERN.exec(text) ?? COMPACT.exec(text);
  if (western) return realDate(Number(western[1]), Number(western[2]), Number(western[3]));
  const japanese = JAPANESE_ERA.exec(text);
  if (!japanese) return null;
  const eraIndex = ERAS.findIndex((era) => era.name === japanese[1] || era.letter === japanese[1].toUpperCase());
  const era = ERAS[eraIndex];
  const eraYear = japanese[2] === '元' ? 1 : Number(japanese[2]);
  if (eraYear < 1) return null;
  const iso = realDate(Number(era.start.slice(0, 4)) + eraYear - 1, Number(japanese[3]), Number(japanese[4]));
  const next = ERAS[eraIndex - 1];
  if (!iso || iso < era.start || (next && iso >= next.start)) return null;
  return iso;
}
