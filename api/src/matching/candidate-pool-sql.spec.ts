import { candidatePoolSql } from './candidate-pool-sql';

const base = {
  centerIds: ['c'],
  areaIds: ['a1'],
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

  it('keys every area of a district pool', () => {
    const { values } = candidatePoolSql({ ...base, areaIds: ['a1', 'a2'], words: [] });
    expect(values).toContainEqual(['a1:garden-work', 'a2:garden-work']);
  });

  it('takes everyone in the area when the request names nothing to compare', () => {
    const { text } = candidatePoolSql({ ...base, categoryCodes: [], words: [] });
    expect(text).toContain('p.home_area_id = ANY(');
    expect(text).not.toContain('p.area_keys');
  });

  it('keeps the hard filters and the online rule', () => {
    const { text, values } = candidatePoolSql({
      ...base,
      areaIds: [],
      online: true,
      requiredQualifications: ['care-worker'],
      requiredLanguages: ['en'],
    });
    expect(text).toContain('p.online');
    expect(text).toContain('p.category_codes &&');
    expect(text).toContain('p.own_words_terms &&');
    expect(text).toContain('p.qualifications @>');
    expect(text).toContain('p.languages @>');
    expect(values).toContainEqual(['care-worker']);
    expect(values).toContainEqual(['en']);
  });
});
