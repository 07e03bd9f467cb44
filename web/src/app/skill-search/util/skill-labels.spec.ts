import { SkillLevel, type VolunteerSearchResult } from '@tsunagu/contracts';
import { SKILL_CATEGORIES } from '@tsunagu/matching';
import { listingCard, volunteerCard } from './skill-labels';
import { categoryGroups, categoryLabel, joinLabels, languageLabel, qualificationLabel } from '../../shared/util/taxonomy-labels';

const result: VolunteerSearchResult = {
  personId: 'p1',
  name: '山田 花子',
  nameKana: 'やまだ はなこ',
  centerNameJa: '青葉地区ボランティアセンター',
  centerNameEn: 'Aoba District Volunteer Center',
  homeAreaNameJa: '青葉小学校区',
  homeAreaNameEn: null,
  skills: [{ categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: SkillLevel.Experienced }],
  qualifications: ['registered-nurse', 'childcare-worker'],
  languages: ['en'],
  insuredToday: false,
  score: 3,
  reasons: [{ ja: '「草取り」は「庭仕事」の言い換えです', en: '"草取り" is another word for Garden work' }],
};

describe('skills bank labels', () => {
  it('offers every category once, under the taxonomy headings', () => {
    const groups = categoryGroups('ja');
    const codes = groups.flatMap((group) => group.options.map((option) => option.code));
    expect(new Set(codes).size).toBe(SKILL_CATEGORIES.length);
    expect(groups[0].label).toBe('暮らしの手伝い');
    expect(groups[0].options.find((option) => option.code === 'garden-work')?.label).toBe('庭仕事');
    expect(categoryGroups('en')[0].label).toBe('Help with daily life');
  });

  it('words codes in the UI language and shows an unknown code as it is', () => {
    expect(categoryLabel('garden-work', 'ja')).toBe('庭仕事');
    expect(qualificationLabel('registered-nurse', 'ja')).toBe('看護師');
    expect(languageLabel('en', 'ja')).toBe('英語');
    expect(languageLabel('en', 'en')).toBe('English');
    expect(categoryLabel('retired-code', 'ja')).toBe('retired-code');
  });

  it('joins lists the way each language writes them', () => {
    expect(joinLabels(['看護師', '保育士'], 'ja')).toBe('看護師、保育士');
    expect(joinLabels(['Nurse', 'Childcare worker'], 'en')).toBe('Nurse, Childcare worker');
  });

  it('words a search result for its card, with the reasons in the UI language', () => {
    const ja = volunteerCard(result, 'ja');
    expect(ja.skills).toEqual([{ category: '庭仕事', ownWords: '草むしりが得意です', level: SkillLevel.Experienced }]);
    expect(ja.qualifications).toBe('看護師、保育士');
    expect(ja.reasons).toEqual(['「草取り」は「庭仕事」の言い換えです']);
    expect(ja.center).toBe('青葉地区ボランティアセンター');
    const en = volunteerCard(result, 'en');
    expect(en.reasons).toEqual(['"草取り" is another word for Garden work']);
    expect(en.center).toBe('Aoba District Volunteer Center');
    // No English name for the area: the Japanese one rather than nothing.
    expect(en.homeArea).toBe('青葉小学校区');
  });

  it('words a public listing with nothing but what the listing holds', () => {
    const card = listingCard(
      {
        listingId: 'l1',
        nickname: 'はなさん',
        areaNameJa: null,
        areaNameEn: null,
        skills: [{ categoryCode: 'digital-support', ownWords: 'スマホの使い方' }],
        inPerson: true,
        online: false,
      },
      'ja',
    );
    expect(card).toEqual({
      listingId: 'l1',
      nickname: 'はなさん',
      area: null,
      skills: [{ category: categoryLabel('digital-support', 'ja'), ownWords: 'スマホの使い方' }],
      inPerson: true,
      online: false,
    });
  });
});
