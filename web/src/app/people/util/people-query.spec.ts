import { AccessReason } from '@tsunagu/contracts';
import {
  accessQueryOf,
  candidateCenterName,
  centerName,
  isAccessReason,
  peopleQueryOf,
  personExportFileName,
  reasonNoteProblem,
} from './people-query';

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

  it('asks for the staff member’s own words only with 「その他」, up to 200 characters', () => {
    expect(reasonNoteProblem(AccessReason.Other, '')).toBe('required');
    expect(reasonNoteProblem(AccessReason.Other, '   ')).toBe('required');
    expect(reasonNoteProblem(AccessReason.Other, 'あ'.repeat(201))).toBe('tooLong');
    expect(reasonNoteProblem(AccessReason.Other, '𠮷'.repeat(200))).toBeNull();
    expect(reasonNoteProblem(AccessReason.Other, '民生委員の方からの問い合わせ')).toBeNull();
    expect(reasonNoteProblem(AccessReason.Coordination, '')).toBeNull();
    expect(reasonNoteProblem('', '')).toBeNull();
  });

  it('sends the note with 「その他」 only, trimmed as the API trims', () => {
    expect(accessQueryOf(AccessReason.Other, ' 民生委員の方からの問い合わせ ')).toEqual({
      reason: 'other',
      reasonNote: '民生委員の方からの問い合わせ',
    });
    expect(accessQueryOf(AccessReason.Coordination, '書きかけのメモ')).toEqual({ reason: 'coordination' });
  });

  it('names a possible duplicate’s center in the reader’s language', () => {
    const candidate = { centerNameJa: '青葉地区ボランティアセンター', centerNameEn: 'Aoba District Volunteer Center' };
    expect(candidateCenterName(candidate, 'en')).toBe('Aoba District Volunteer Center');
    expect(candidateCenterName(candidate, 'ja')).toBe('青葉地区ボランティアセンター');
    expect(candidateCenterName({ ...candidate, centerNameEn: '' }, 'en')).toBe('青葉地区ボランティアセンター');
  });

  it('names the export file after the person, with nothing a file system would trip on', () => {
    expect(personExportFileName('3f1c-42')).toBe('tsunagu-person-3f1c-42.json');
    expect(personExportFileName('../x')).toBe('tsunagu-person-x.json');
  });
});
