import { RequestStatus } from '@tsunagu/contracts';
import { categoryNames, placeLine, requestsQueryOf, toListParams } from './request-query';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('the request lists', () => {
  it('reads the status, words and page from the address', () => {
    expect(requestsQueryOf(params({ status: 'draft', q: ' 草取り ', page: '2' }))).toEqual({
      status: RequestStatus.Draft,
      q: '草取り',
      page: 2,
    });
    expect(requestsQueryOf(params({ status: 'closed', page: '-1' }))).toEqual({ status: null, q: '', page: 1 });
  });

  it('asks the API only for what is set', () => {
    expect(toListParams({ status: null, q: '', page: 1 })).toEqual({});
    expect(toListParams({ status: RequestStatus.Open, q: '草取り', page: 3 })).toEqual({ status: 'open', q: '草取り', page: '3' });
  });

  it('names categories and places in the reader’s language', () => {
    expect(categoryNames(['garden-work', 'retired-code'], 'ja')).toBe('庭仕事、retired-code');
    const request = { centerNameJa: '青葉地区ボランティアセンター', centerNameEn: 'Aoba', areaNameJa: '青葉小学校区', areaNameEn: null };
    expect(placeLine(request, 'ja')).toBe('青葉地区ボランティアセンター・青葉小学校区');
    expect(placeLine(request, 'en')).toBe('Aoba · 青葉小学校区');
    expect(placeLine({ ...request, areaNameJa: null }, 'ja')).toBe('青葉地区ボランティアセンター');
  });
});
