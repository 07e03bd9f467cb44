/**
 * A small RFC 5545 (iCalendar) writer for the .ics files our mails carry.
 *
 * Written here rather than taken from a library: the common npm one (`ics`) folds long lines
 * every 75 characters, but RFC 5545 §3.1 counts octets, and a Japanese line of 75 characters is
 * up to 225 octets. This one folds at 75 octets without splitting a character, escapes TEXT
 * values (§3.3.11), and ends every line with CRLF.
 */

/** One VEVENT. Times are instants (written in UTC) or, for all-day events, dates. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string | null;
  /** A timed event: start and end instants. */
  start: Date | { date: string };
  /** Exclusive end: a Date, or for all-day events the day after the last day (YYYY-MM-DD). */
  end: Date | { date: string };
  /** e.g. `FREQ=WEEKLY;BYDAY=SA;UNTIL=20270331T145959Z` */
  rrule?: string;
  /** An event that does not make the person busy (a flexible range). */
  transparent?: boolean;
}

export interface CalendarOptions {
  /** The product that wrote the file (PRODID). */
  productId: string;
  /** When the file is written (DTSTAMP). */
  now: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcStamp(options.now)}`);
    lines.push(dateProperty('DTSTART', event.start), dateProperty('DTEND', event.end));
    if (event.rrule) lines.push(`RRULE:${event.rrule}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.transparent) lines.push('TRANSP:TRANSPARENT');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** 2026-12-05T00:00:00.000Z → 20261205T000000Z */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function dateProperty(name: string, value: Date | { date: string }): string {
  return value instanceof Date ? `${name}:${utcStamp(value)}` : `${name};VALUE=DATE:${value.date.replace(/-/g, '')}`;
}

/** TEXT values: backslash, semicolon, comma and newlines are escaped (§3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets go on in lines that start with one space (§3.1), never inside a character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
