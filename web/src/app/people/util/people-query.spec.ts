import { AccessReason } from '@tsunagu/contracts';
import { centerName, isAccessReason, peopleQueryOf, personExportFileName } from './people-query';

const params = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

describe('people list query', () => {
  it('reads the search words and the page from the address', () => {
    expect(peopleQueryOf(params({ q: ' やまだ ', page: '2' }))).toEqual({ q: 'やまだ', page: 2 });
    expect(peopleQueryOf(params({}))).toEqual({ q: '', page: 1 });
    expect(peopleQueryOf(params({ page: 'x' })).page).toBe(1);
  });

  it('cuts search words to what the API accepts', () => {
    expect(peopleQueryOf(params({ q: 'あ'.repeat(500) })).q.length).toBeLessThanOrEqual(100);
  });
});

describe('people helpers', () => {
  it('knows the four reasons for opening a record', () => {
    expect(isAccessReason(AccessReason.PersonsRequest)).toBe(true);
    expect(isAccessReason('curiosity')).toBe(false);
  });

  it('names centers in the reader language, in Japanese when there is no English name', () => {
    expect(centerName({ nameJa: '青葉地区', nameEn: 'Aoba District' }, 'en')).toBe('Aoba District');
    expect(centerName({ nameJa: '青葉地区', nameEn: '' }, 'en')).toBe('青葉地区');
    expect(centerName({ nameJa: '青葉地区', nameEn: 'Aoba District' }, 'ja')).toBe('青葉地区');
  });

  it('names the export file after the person, with nothing a file system would trip on', () => {
    expect(personExportFileName('3f1c-42')).toBe('tsunagu-person-3f1c-42.json');
    expect(personExportFileName('../x')).toBe('tsunagu-person-x.json');
  });
});
