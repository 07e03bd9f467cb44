import { escapeText, foldLine, writeCalendar } from './icalendar';

describe('iCalendar (RFC 5545) writer', () => {
  const now = new Date('2026-11-29T03:00:00Z');

  it('writes a calendar with one event, every line ending in CRLF', () => {
    const text = writeCalendar(
      [
        {
          uid: 'match-1@tsunagu',
          summary: '庭の草取り',
          start: new Date('2026-12-05T00:00:00Z'),
          end: new Date('2026-12-05T02:30:00Z'),
          location: 'つなぐ区若葉台3-12-6',
        },
      ],
      { productId: '-//Tsunagu//Test//JA', now },
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Tsunagu//Test//JA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:match-1@tsunagu',
      'DTSTAMP:20261129T030000Z',
      'DTSTART:20261205T000000Z',
      'DTEND:20261205T023000Z',
      'SUMMARY:庭の草取り',
      'LOCATION:つなぐ区若葉台3-12-6',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('writes all-day events as dates and repeating events with their rule', () => {
    const text = writeCalendar(
      [
        { uid: 'a', summary: 'x', start: { date: '2026-12-01' }, end: { date: '2027-01-01' }, transparent: true },
        {
          uid: 'b',
          summary: 'y',
          start: new Date('2026-12-01T00:00:00Z'),
          end: new Date('2026-12-01T03:00:00Z'),
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
        },
      ],
      { productId: 'p', now },
    );
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('\r\nTRANSP:TRANSPARENT\r\n');
    expect(text).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('持ち物: 軍手, 帽子; 水\\筒\n飲み物')).toBe('持ち物: 軍手\\, 帽子\\; 水\\\\筒\\n飲み物');
  });

  it('folds at 75 octets, never inside a character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'草取り'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
