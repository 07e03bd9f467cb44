import { normalizeJapanese } from './normalize-japanese';
import { expandSearchTerms, explainTextMatch } from './text-match';

const gardener = { categoryCode: 'garden-work', ownWords: '草むしりが得意です' };

describe('expandSearchTerms', () => {
  it('turns a coordinator’s word into the category it names and a search key', () => {
    expect(expandSearchTerms('草取り')).toEqual({ categories: ['garden-work'], terms: ['草取り'] });
    expect(expandSearchTerms('ｽﾏﾎ')).toEqual({ categories: ['digital-support'], terms: ['すまほ'] });
    expect(expandSearchTerms('ガイドヘルプ')).toEqual({ categories: ['guide-help'], terms: ['がいどへるぷ'] });
  });

  it('splits the query on spaces of either width, 、 and ・, keeping words that name no category as terms', () => {
    expect(expandSearchTerms('草取り　大田区、スマホ')).toEqual({
      categories: ['garden-work', 'digital-support'],
      terms: ['草取り', '大田区', 'すまほ'],
    });
    expect(expandSearchTerms('見守り・話し相手').categories).toEqual(['watching-over', 'conversation-and-listening']);
  });

  it('lists a word typed twice in two spellings once', () => {
    expect(expandSearchTerms('スマホ すまほ ｽﾏﾎ').terms).toEqual(['すまほ']);
  });

  it('does not widen a search on words that only hint at an activity', () => {
    expect(expandSearchTerms('病院')).toEqual({ categories: [], terms: ['病院'] });
    expect(expandSearchTerms('交換').categories).toEqual([]);
  });

  it('gives nothing for an empty query', () => {
    expect(expandSearchTerms('')).toEqual({ categories: [], terms: [] });
    expect(expandSearchTerms(' 　、・ ')).toEqual({ categories: [], terms: [] });
  });
});

describe('explainTextMatch', () => {
  it('explains a match through another word for the category, quoting the person’s own words', () => {
    expect(explainTextMatch('草取り', gardener)).toEqual({
      matched: true,
      reason: {
        ja: '『草取り』は「庭仕事」の言い換えです（本人の記載: 草むしりが得意です）',
        en: '“草取り” is another word for “Garden work” (their own words: “草むしりが得意です”)',
      },
    });
  });

  it('says so when the word is in the own words, however it was typed', () => {
    expect(explainTextMatch('草むしり', gardener).reason).toEqual({
      ja: '『草むしり』を含みます（本人の記載: 草むしりが得意です）',
      en: 'Mentions “草むしり” (their own words: “草むしりが得意です”)',
    });
    const teacher = { categoryCode: 'study-support', ownWords: 'スマホの使い方も教えられます' };
    expect(explainTextMatch('ｽﾏﾎ', teacher)).toEqual({
      matched: true,
      reason: { ja: '『ｽﾏﾎ』を含みます（本人の記載: スマホの使い方も教えられます）', en: expect.stringContaining('Mentions “ｽﾏﾎ”') },
    });
  });

  it('says when the word is the category’s own name, and leaves out own words the person did not write', () => {
    expect(explainTextMatch('庭仕事', { categoryCode: 'garden-work', ownWords: '' }).reason).toEqual({
      ja: '「庭仕事」として登録されています',
      en: 'Registered under “Garden work”',
    });
    expect(explainTextMatch('にわしごと', { categoryCode: 'garden-work', ownWords: null }).matched).toBe(true);
  });

  it('says a phrase comes under the category when it only contains one of its words', () => {
    expect(explainTextMatch('庭の草取り', { categoryCode: 'garden-work' }).reason).toEqual({
      ja: '『庭の草取り』は「庭仕事」に当たります',
      en: '“庭の草取り” comes under “Garden work”',
    });
  });

  it('names every word that matched the same way in one line', () => {
    expect(explainTextMatch('草取り 剪定 大田区', { categoryCode: 'garden-work' }).reason).toEqual({
      ja: '『草取り』『剪定』は「庭仕事」の言い換えです',
      en: '“草取り” and “剪定” are other words for “Garden work”',
    });
  });

  it('shortens long own words to one line', () => {
    const ownWords = '草むしりが得意です。\n庭木の剪定もできます。平日の午前中なら、月に二回ほど伺えます。道具は持参します。';
    const reason = explainTextMatch('草取り', { categoryCode: 'garden-work', ownWords }).reason;
    expect(reason?.ja).toMatch(/（本人の記載: 草むしりが得意です。 庭木の剪定もできます。.*…）$/);
    expect(reason?.ja).not.toContain('\n');
  });

  it('does not match a skill of another category whose own words lack the word', () => {
    expect(explainTextMatch('草取り', { categoryCode: 'digital-support', ownWords: 'スマホの設定' })).toEqual({
      matched: false,
      reason: null,
    });
    expect(explainTextMatch('手話', { categoryCode: 'conversation-and-listening', ownWords: '話し相手になります' }).matched).toBe(false);
    expect(explainTextMatch('', gardener)).toEqual({ matched: false, reason: null });
  });

  it('still matches own words when the skill’s category code is unknown', () => {
    expect(explainTextMatch('草むしり', { categoryCode: 'retired-code', ownWords: '草むしり' }).matched).toBe(true);
    expect(explainTextMatch('草取り', { categoryCode: 'retired-code', ownWords: '草むしり' }).matched).toBe(false);
  });

  it('agrees with expandSearchTerms about what matches', () => {
    const skills = [
      gardener,
      { categoryCode: 'digital-support', ownWords: 'LINEの使い方' },
      { categoryCode: 'driving', ownWords: '平日なら車を出せます' },
      { categoryCode: 'sign-language', ownWords: '' },
    ];
    for (const query of ['草取り', 'ｽﾏﾎ', '送り迎え', '手話', '車', '平日', '大田区', '草取り 手話']) {
      const { categories, terms } = expandSearchTerms(query);
      for (const skill of skills) {
        const ownWordsKey = normalizeJapanese(skill.ownWords);
        const expected = categories.some((code) => code === skill.categoryCode) || terms.some((term) => ownWordsKey.includes(term));
        expect([query, skill.categoryCode, explainTextMatch(query, skill).matched]).toEqual([query, skill.categoryCode, expected]);
      }
    }
  });
});
