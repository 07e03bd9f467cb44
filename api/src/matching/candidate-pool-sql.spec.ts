import { candidatePoolSql, requestCategories, requestWords } from './candidate-pool-sql';

const base = {
  centerIds: ['c'],
  areaIds: ['a1'],
  online: false,
  categoryCodes: ['garden-work'],
  words: ['草取り', '庭仕事'],
  requiredQualifications: [],
  requiredLanguages: [],
};

describe('the candidates pre-filter', () => {
  it('looks for the request’s categories and the words it uses, leaving out one-character words', () => {
    const text = '庭の草取り\n土曜日の午前に、庭の草取りをお願いします';
    expect(requestCategories(text, [])).toEqual(['garden-work']);
    expect(requestCategories(text, ['heavy-lifting'])).toEqual(['heavy-lifting', 'garden-work']);
    expect(requestWords(text, ['庭仕事'])).toEqual(['庭仕事', '草取り']);
  });

  it('asks the area-and-category index for both at once, and the trigram index for long words', () => {
    const { text, values } = candidatePoolSql(base);
    expect(text).toContain('skill_profile_area_categories(p.home_area_id, p.area_ids, p.category_codes) &&');
    expect(values).toContainEqual(['a1:garden-work']);
    expect(values).toContainEqual(['%草取り%', '%庭仕事%']);
    expect(text).not.toContain('in_area');
  });

  it('reads the area first when a word is too short for the trigram index', () => {
    const { text } = candidatePoolSql({ ...base, words: ['料理'] });
    expect(text).toContain('in_area AS MATERIALIZED');
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
    expect(text).toContain('p.qualifications @>');
    expect(text).toContain('p.languages @>');
    expect(values).toContainEqual(['care-worker']);
    expect(values).toContainEqual(['en']);
  });
});
