import { requestFacts } from './request-facts';

const saturday = { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' } as const;
const request = {
  categoryCodes: ['garden-work'],
  schedule: saturday,
  areaNameJa: '若葉台地区',
  areaNameEn: 'Wakabadai',
  centerNameJa: '若葉地区ボランティアセンター',
  centerNameEn: 'Wakaba District Volunteer Center',
};

describe('what a request says about itself on the match pages', () => {
  it('names the categories, the day, the area and the center in the reader’s language', () => {
    expect(requestFacts(request, 'ja')).toEqual({
      categories: '庭仕事',
      when: '2026年12月5日（土）9:00〜11:00',
      area: '若葉台地区',
      center: '若葉地区ボランティアセンター',
    });
    expect(requestFacts(request, 'en')).toEqual({
      categories: 'Garden work',
      when: 'Sat 5 December 2026, 9:00–11:00',
      area: 'Wakabadai',
      center: 'Wakaba District Volunteer Center',
    });
  });

  it('shows the Japanese name where the English one was left blank', () => {
    const japaneseOnly = { ...request, areaNameEn: '', centerNameEn: '' };
    expect(requestFacts(japaneseOnly, 'en')).toMatchObject({ area: '若葉台地区', center: '若葉地区ボランティアセンター' });
  });

  it('leaves out what the request does not say: no area, no day yet, no categories sent', () => {
    const myMatch = {
      schedule: null,
      areaNameJa: null,
      areaNameEn: null,
      centerNameJa: request.centerNameJa,
      centerNameEn: request.centerNameEn,
    };
    expect(requestFacts(myMatch, 'ja')).toEqual({
      categories: '',
      when: null,
      area: null,
      center: '若葉地区ボランティアセンター',
    });
  });
});
