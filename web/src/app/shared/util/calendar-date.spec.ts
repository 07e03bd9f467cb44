import { formatCalendarDate, formatDateTime, formatDay, isIsoDate, japaneseEraYear, parseDateInput, todayInJapan } from './calendar-date';

describe('parseDateInput', () => {
  it.each([
    ['1944-04-01', '1944-04-01'],
    ['1944/4/1', '1944-04-01'],
    ['1944.4.1', '1944-04-01'],
    ['1944年4月1日', '1944-04-01'],
    ['１９４４年４月１日', '1944-04-01'],
    ['19440401', '1944-04-01'],
    [' 1944 - 04 - 01 ', '1944-04-01'],
  ])('reads the Western date %j', (raw, iso) => expect(parseDateInput(raw)).toBe(iso));

  it.each([
    ['昭和19年4月1日', '1944-04-01'],
    ['昭和１９年４月１日', '1944-04-01'],
    ['S19.4.1', '1944-04-01'],
    ['s19/4/1', '1944-04-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['令和元年5月1日', '2019-05-01'],
    ['大正15年12月24日', '1926-12-24'],
    ['明治45年7月29日', '1912-07-29'],
  ])('reads the 和暦 date %j, as written on paper forms', (raw, iso) => expect(parseDateInput(raw)).toBe(iso));

  it.each(['', '1944', '1944-02-30', '1944-13-01', 'きのう', '昭和65年1月1日', '平成元年1月7日', '昭和0年1月1日', '44-04-01'])(
    'refuses %j, which is not a real date',
    (raw) => expect(parseDateInput(raw)).toBeNull(),
  );
});

describe('dates for reading', () => {
  it('names the 和暦 year, with 元年 for the first', () => {
    expect(japaneseEraYear('1944-04-01')).toBe('昭和19年');
    expect(japaneseEraYear('1989-01-07')).toBe('昭和64年');
    expect(japaneseEraYear('1989-01-08')).toBe('平成元年');
    expect(japaneseEraYear('2026-11-23')).toBe('令和8年');
  });

  it('shows a birth date with its 和暦 year in Japanese, plainly in English', () => {
    expect(formatCalendarDate('1944-04-01', 'ja')).toBe('1944年4月1日（昭和19年）');
    expect(formatCalendarDate('1944-04-01', 'en')).toBe('1 April 1944');
    expect(formatCalendarDate('not a date', 'ja')).toBe('not a date');
  });

  it('shows moments in Japan time, whatever the browser is set to', () => {
    // 15:30 UTC on 23 November is already the 24th in Japan.
    expect(formatDay('2026-11-23T15:30:00.000Z', 'ja')).toBe('2026年11月24日');
    expect(formatDay('2026-11-23T15:30:00.000Z', 'en')).toBe('24 November 2026');
    expect(formatDateTime('2026-11-23T05:07:00.000Z', 'ja')).toBe('2026年11月23日 14:07');
  });

  it('knows today in Japan', () => {
    expect(todayInJapan(new Date('2026-11-23T15:30:00.000Z'))).toBe('2026-11-24');
    expect(isIsoDate(todayInJapan())).toBe(true);
  });
});
