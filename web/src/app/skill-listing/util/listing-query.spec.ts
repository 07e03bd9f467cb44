import { SKILL_ENQUIRY_LIMITS } from '@tsunagu/contracts';
import {
  askMessageProblem,
  charactersLeft,
  emptyListingFilter,
  isFiltered,
  listingApiParams,
  listingIdParam,
  listingQueryOf,
  listingRouteParams,
} from './listing-query';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const AREA = '3f1c2b4a-1111-4222-8333-123456789abc';

describe('public listing address', () => {
  it('reads words, category, area and page', () => {
    expect(listingQueryOf(params({ q: ' すまほ ', category: 'digital', area: AREA, page: '2' }))).toEqual({
      q: 'すまほ',
      category: 'digital',
      areaId: AREA,
      page: 2,
    });
    expect(listingQueryOf(params({ area: 'x', category: '<b>' }))).toEqual({ ...emptyListingFilter(), page: 1 });
  });

  it('puts the filter in the address and sends only what is set to the API', () => {
    expect(listingRouteParams({ q: ' 草取り ', category: '', areaId: AREA })).toEqual({
      q: '草取り',
      category: null,
      area: AREA,
      page: null,
    });
    expect(listingApiParams({ q: '草取り', category: '', areaId: AREA, page: 1 })).toEqual({ q: '草取り', areaId: AREA });
    expect(listingApiParams({ ...emptyListingFilter(), page: 3 })).toEqual({ page: '3' });
    expect(isFiltered(emptyListingFilter())).toBe(false);
    expect(isFiltered({ ...emptyListingFilter(), category: 'garden' })).toBe(true);
  });

  it('accepts only a plain id in the ask address', () => {
    expect(listingIdParam('3f1c2b4a-1111-4222-8333-123456789abc')).toBe('3f1c2b4a-1111-4222-8333-123456789abc');
    expect(listingIdParam('../admin')).toBeNull();
    expect(listingIdParam(null)).toBeNull();
  });
});

describe('asking the center about a listed skill', () => {
  it('needs a message within the limit', () => {
    expect(askMessageProblem('  ')).toBe('required');
    expect(askMessageProblem('庭の草取りをお願いしたいです。')).toBeNull();
    expect(askMessageProblem('あ'.repeat(SKILL_ENQUIRY_LIMITS.messageMaxLength))).toBeNull();
    expect(askMessageProblem('あ'.repeat(SKILL_ENQUIRY_LIMITS.messageMaxLength + 1))).toBe('maxLength');
  });

  it('counts characters as a person does (an emoji is one)', () => {
    expect(charactersLeft('🌱')).toBe(SKILL_ENQUIRY_LIMITS.messageMaxLength - 1);
  });
});
