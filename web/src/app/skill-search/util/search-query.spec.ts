import { DayPeriod } from '@tsunagu/contracts';
import {
  cleanSearchWords,
  emptySkillSearchFilter,
  exportFileName,
  exportParams,
  fileNameFromDisposition,
  hasCriteria,
  skillSearchQueryOf,
  skillSearchRouteParams,
  toVolunteerSearchQuery,
  volunteerSearchParams,
} from './search-query';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const AREA = '3f1c2b4a-1111-4222-8333-123456789abc';

describe('skills search address', () => {
  it('reads every criterion from the address', () => {
    expect(
      skillSearchQueryOf(
        params({
          q: ' 草取り ',
          category: 'garden',
          area: AREA.toUpperCase(),
          day: 'sat',
          period: 'morning',
          language: 'en',
          qualification: 'care-worker',
          insured: '1',
          page: '3',
        }),
      ),
    ).toEqual({
      q: '草取り',
      category: 'garden',
      areaId: AREA,
      day: 'sat',
      period: DayPeriod.Morning,
      language: 'en',
      qualification: 'care-worker',
      insured: true,
      page: 3,
    });
  });

  it('starts empty and drops what the API would refuse', () => {
    expect(skillSearchQueryOf(params({}))).toEqual({ ...emptySkillSearchFilter(), page: 1 });
    const odd = skillSearchQueryOf(params({ area: 'aoba', day: 'someday', period: 'night', category: 'a b', insured: 'yes', page: '-1' }));
    expect(odd).toEqual({ ...emptySkillSearchFilter(), page: 1 });
  });

  it('cleans the search words: spaces (also 全角) made one, cut to a length', () => {
    expect(cleanSearchWords('　草取り　 庭 ')).toBe('草取り 庭');
    expect(Array.from(cleanSearchWords('草'.repeat(300)))).toHaveLength(100);
  });

  it('goes from the form to the address and back unchanged', () => {
    const filter = { ...emptySkillSearchFilter(), q: '草むしり', areaId: AREA, day: 'mon' as const, insured: true };
    const route = skillSearchRouteParams(filter);
    expect(route).toEqual({
      q: '草むしり',
      category: null,
      area: AREA,
      day: 'mon',
      period: null,
      language: null,
      qualification: null,
      insured: '1',
      page: null,
    });
    const back = skillSearchQueryOf(
      params(Object.fromEntries(Object.entries(route).filter(([, v]) => v !== null)) as Record<string, string>),
    );
    expect(back).toEqual({ ...filter, page: 1 });
  });

  it('sends the API only the criteria given', () => {
    const query = { ...emptySkillSearchFilter(), q: '草取り', insured: true, page: 2 };
    expect(toVolunteerSearchQuery(query)).toEqual({ q: '草取り', insured: true, page: 2 });
    expect(volunteerSearchParams(toVolunteerSearchQuery(query))).toEqual({ q: '草取り', insured: 'true', page: '2' });
    expect(toVolunteerSearchQuery({ ...emptySkillSearchFilter(), page: 1 })).toEqual({});
  });

  it('exports the same search without the page', () => {
    expect(exportParams({ ...emptySkillSearchFilter(), category: 'garden', page: 4 })).toEqual({ category: 'garden' });
  });

  it('knows when the coordinator asked for something', () => {
    expect(hasCriteria(emptySkillSearchFilter())).toBe(false);
    // The page number is not a criterion: page 2 of everyone is still "no criteria".
    expect(hasCriteria(skillSearchQueryOf(params({ page: '2' })))).toBe(false);
    expect(hasCriteria({ ...emptySkillSearchFilter(), insured: true })).toBe(true);
    expect(hasCriteria({ ...emptySkillSearchFilter(), language: 'en' })).toBe(true);
  });
});

describe('CSV file names', () => {
  it('dates the file', () => {
    expect(exportFileName('2026-11-29')).toBe('tsunagu-skills-2026-11-29.csv');
  });

  it('takes the name the API gives, without any folder in it', () => {
    expect(fileNameFromDisposition(`attachment; filename="skills.csv"; filename*=UTF-8''%E7%89%B9%E6%8A%80.csv`)).toBe('特技.csv');
    expect(fileNameFromDisposition('attachment; filename="skills-2026.csv"')).toBe('skills-2026.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('attachment')).toBeNull();
  });
});
