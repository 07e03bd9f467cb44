import { PHONE_PATTERN } from './people';

describe('PHONE_PATTERN (shared by the API DTOs and the web forms)', () => {
  it('accepts phone numbers as people write them, full-width too', () => {
    for (const phone of [
      '03-1234-5678',
      '090 1234 5678',
      '(03)1234-5678',
      '０３－１２３４－５６７８',
      '（０３）１２３４－５６７８',
      '+81-3-1234-5678',
    ]) {
      expect(PHONE_PATTERN.test(phone)).toBe(true);
    }
  });

  it('refuses letters, too few or too many characters', () => {
    for (const phone of ['03-1234-567a', 'でんわ', '12345', '0'.repeat(21), '03.1234.5678']) {
      expect(PHONE_PATTERN.test(phone)).toBe(false);
    }
  });
});
