import { candidatePoolSql, poolRowOf, type RawPoolRow } from './candidate-pool-sql';

const base = {
  centerId: 'c',
  place: { areaId: 'a1' },
  online: false,
  categoryCodes: ['garden-work'],
  words: ['草取り', '掃除'],
  requiredQualifications: [],
  requiredLanguages: [],
};

describe('the candidates pre-filter', () => {
  it('asks one index for the area with the categories or the words, however short the words', () => {
    const { text, values } = candidatePoolSql(base);
    expect(text).toContain('p.area_keys &&');
    expect(values).toContainEqual(['a1:garden-work', 'a1:草取り', 'a1:掃除']);
    expect(text).not.toContain('LIKE');
  });

  it('takes the center tree in the same query', () => {
    const { text, values } = candidatePoolSql(base);
    expect(text).toMatch(/p\.center_id = ANY\(ARRAY\(SELECT c\.id FROM volunteer_center c/);
    expect(values[0]).toBe('c');
  });

  it('keys every area of a district pool, looked up in the same query', () => {
    const { text, values } = candidatePoolSql({ ...base, place: { districtCenterId: 'd' }, words: [] });
    expect(text).toContain('p.area_keys && ARRAY(SELECT area.id::text');
    expect(text).toContain('FROM area a WHERE a.center_id =');
    expect(values).toContainEqual('d');
    expect(values).toContainEqual(['garden-work']);
  });

  it('takes everyone in the area when the request names nothing to compare', () => {
    const { text } = candidatePoolSql({ ...base, categoryCodes: [], words: [] });
    expect(text).toContain('p.home_area_id = ANY(');
    expect(text).not.toContain('p.area_keys');
    const district = candidatePoolSql({ ...base, place: { districtCenterId: 'd' }, categoryCodes: [], words: [] });
    expect(district.text).toContain('p.home_area_id = ANY(ARRAY(SELECT a.id FROM area a');
  });

  it('keeps the hard filters and the online rule', () => {
    const { text, values } = candidatePoolSql({
      ...base,
      place: null,
      online: true,
      requiredQualifications: ['care-worker'],
      requiredLanguages: ['en'],
    });
    expect(text).toContain('p.online');
    expect(text).not.toContain('p.area_keys');
    expect(text).toContain('p.category_codes &&');
    expect(text).toContain('p.own_words_terms &&');
    expect(text).toContain('p.qualifications @>');
    expect(text).toContain('p.languages @>');
    expect(values).toContainEqual(['care-worker']);
    expect(values).toContainEqual(['en']);
  });
});

describe('a pool row', () => {
  const raw: RawPoolRow = {
    profile_id: 'p1',
    person_id: 'v1',
    home_area_id: 'a1',
    area_ids: 'a1 a2',
    weekly_slots: 7,
    dates_off: '',
    in_person: true,
    online: false,
    languages: 'en',
    qualifications: '',
    insurance_fiscal_year: 2026,
    insurance_cover_start: '2026-04-01',
    category_codes: 'garden-work housework',
    category_levels: 'experienced professional',
    search_text: '草むしり',
    home_lat: 35.6,
    home_lng: 139.7,
  };

  it('splits the space-separated lists, and an empty one is an empty list', () => {
    const row = poolRowOf(raw);
    expect(row).toEqual({
      ...raw,
      area_ids: ['a1', 'a2'],
      dates_off: [],
      languages: ['en'],
      qualifications: [],
      category_codes: ['garden-work', 'housework'],
      category_levels: ['experienced', 'professional'],
    });
  });
});
