import { SKILL_CATEGORIES, type SkillCategoryCode } from './skill-taxonomy';
import { suggestCategories, suggestLanguages } from './suggest-categories';

function codes(text: string): SkillCategoryCode[] {
  return suggestCategories(text).map((suggestion) => suggestion.code);
}

function firstCode(text: string): SkillCategoryCode | undefined {
  return codes(text)[0];
}

describe('suggestCategories', () => {
  it.each<[string, SkillCategoryCode]>([
    ['草むしりが得意です', 'garden-work'],
    ['庭の草取りをしてほしい', 'garden-work'],
    ['スマホの使い方を教えられます', 'digital-support'],
    ['電球の交換', 'small-repairs'],
    ['英語の通訳ができます', 'interpreting-translation'],
    ['買い物に行けない', 'shopping-errands'],
    ['病院までの送り迎え', 'driving'],
    ['手話ができます', 'sign-language'],
    ['子どもの宿題を見ます', 'study-support'],
    ['ピアノを弾けます', 'music'],
  ])('suggests the right activity first for 「%s」', (text, expected) => {
    expect(firstCode(text)).toBe(expected);
  });

  it('suggests both readings of 「パソコンでチラシを作れます」', () => {
    expect(codes('パソコンでチラシを作れます')).toEqual(['digital-support', 'design-publicity']);
  });

  it('finds スマホ however it is typed', () => {
    for (const text of ['ｽﾏﾎ', 'すまほ', 'スマホ', 'スマートフォン', 'ｽﾏｰﾄﾌｫﾝ', 'すまーとふぉん']) {
      expect([text, firstCode(text)]).toEqual([text, 'digital-support']);
    }
    expect(suggestCategories('ｽﾏﾎ')[0]?.matched).toEqual(['スマホ']);
  });

  it('reports the taxonomy words it found, in the order they appear', () => {
    expect(suggestCategories('電球の交換')[0]).toEqual({ code: 'small-repairs', score: expect.any(Number), matched: ['電球', '交換'] });
    expect(suggestCategories('草むしりが得意です')[0]?.matched).toEqual(['草むしり']);
  });

  it('lets the longest word win, so 手話通訳 is sign language and 子ども食堂 is not childcare', () => {
    expect(codes('手話通訳ができます')).toEqual(['sign-language']);
    expect(codes('パソコン要約筆記をしています')).toEqual(['captioning']);
    expect(codes('子ども食堂で調理をしたい')).toEqual(['kids-cafeteria', 'cooking']);
    expect(codes('犬の散歩なら行けます')).toEqual(['pet-care']);
    expect(codes('車いす体験の講師')).toEqual(['welfare-education-speaker']);
  });

  it('does not take 手話 for 話し相手', () => {
    expect(codes('手話ができます')).not.toContain('conversation-and-listening');
    expect(firstCode('話を聞くのが好きです')).toBe('conversation-and-listening');
  });

  it('counts short words only when they stand alone (庭 but not 家庭, PC but not PCR)', () => {
    expect(codes('家庭菜園をしています')).toEqual(['flower-beds']);
    expect(codes('校庭が広い学校')).toEqual([]);
    expect(codes('PCR検査を受けました')).toEqual([]);
    expect(firstCode('I can set up a PC')).toBe('digital-support');
    expect(firstCode('LINEのやり方を教えます')).toBe('digital-support');
    expect(codes('オンラインでも参加できます')).toEqual(['digital-support']);
  });

  it('understands more of what volunteers and residents write', () => {
    expect(firstCode('ｶﾞｲﾄﾞﾍﾙﾊﾟｰの資格があります')).toBe('guide-help');
    expect(firstCode('視覚障害の方の外出に付き添えます')).toBe('guide-help');
    expect(firstCode('車椅子を押すのを手伝えます')).toBe('wheelchair-assist');
    expect(firstCode('雪かきを手伝えます')).toBe('heavy-lifting');
    expect(firstCode('災害時の泥かきに行きました')).toBe('disaster-relief');
    expect(firstCode('認知症カフェのお手伝い')).toBe('dementia-support');
    expect(firstCode('赤い羽根の募金を手伝いたい')).toBe('fundraising');
    expect(firstCode('網戸の張り替えができます')).toBe('small-repairs');
    expect(firstCode('庭木の剪定')).toBe('garden-work');
    expect(firstCode('草引きなら手伝えます')).toBe('garden-work');
    expect(firstCode('ごみ出しが難しい')).toBe('putting-out-rubbish');
    expect(firstCode('ゴミ出しが難しい')).toBe('putting-out-rubbish');
    expect(firstCode('日本語を教えた経験があります')).toBe('japanese-class');
    expect(firstCode('弁護士です。相続の相談に乗れます')).toBe('expert-advice');
    expect(firstCode('訪問美容の経験あり')).toBe('hair-and-beauty');
    expect(firstCode('絵本の読み聞かせ')).toBe('storytelling');
    expect(firstCode('マジックを披露できます')).toBe('performing-arts');
    expect(firstCode('家具の固定をしてほしい')).toBe('furniture-securing');
  });

  it('gives a word that only hints at an activity less weight than one that names it', () => {
    const [driving, hospital] = suggestCategories('病院までの送り迎え');
    expect(driving?.code).toBe('driving');
    expect(hospital?.code).toBe('hospital-escort');
    expect(hospital?.score).toBeLessThan(driving?.score ?? 0);
  });

  it('is surer when several words point to the same activity', () => {
    const one = suggestCategories('草取り')[0]?.score ?? 0;
    const two = suggestCategories('草取りと剪定')[0]?.score ?? 0;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(1);
    // Repeating a word adds nothing.
    expect(suggestCategories('草取り、草取り')[0]?.score).toBe(one);
  });

  it('lists suggestions best first', () => {
    for (const text of ['子どもの宿題を見ます', 'パソコンでチラシを作れます', '高齢者の見守りと話し相手、通院の付き添い']) {
      const scores = suggestCategories(text).map((suggestion) => suggestion.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('suggests nothing for empty or unrelated text', () => {
    expect(suggestCategories('')).toEqual([]);
    expect(suggestCategories('　 \n')).toEqual([]);
    expect(suggestCategories('よろしくお願いします')).toEqual([]);
    expect(suggestCategories('火曜日の午前なら大丈夫です')).toEqual([]);
    expect(suggestCategories('12345')).toEqual([]);
  });

  it('honours limit, minScore and includeHints', () => {
    expect(suggestCategories('子どもの宿題を見ます', { limit: 1 }).map((s) => s.code)).toEqual(['study-support']);
    expect(suggestCategories('病院までの送り迎え', { minScore: 0.5 }).map((s) => s.code)).toEqual(['driving']);
    expect(suggestCategories('病院までの送り迎え', { includeHints: false }).map((s) => s.code)).toEqual(['driving']);
    expect(suggestCategories('交換', { includeHints: false })).toEqual([]);
  });

  it('suggests every category from its own label, reading and each of its words typed alone', () => {
    for (const category of SKILL_CATEGORIES) {
      for (const word of [category.ja, category.kana, category.en, ...category.aliases]) {
        expect([word, firstCode(word)]).toEqual([word, category.code]);
      }
    }
  });
});

describe('suggestLanguages', () => {
  it('finds the languages a volunteer names, in the order written', () => {
    expect(suggestLanguages('英語の通訳ができます')).toEqual(['en']);
    expect(suggestLanguages('中国語と英語、少しベトナム語')).toEqual(['zh', 'en', 'vi']);
    expect(suggestLanguages('ハングルが読めます')).toEqual(['ko']);
    expect(suggestLanguages('I speak English and Tagalog')).toEqual(['en', 'tl']);
    expect(suggestLanguages('手話ができます')).toEqual(['jsl']);
  });

  it('finds none in text that names no language', () => {
    expect(suggestLanguages('')).toEqual([]);
    expect(suggestLanguages('草むしりが得意です')).toEqual([]);
    expect(suggestLanguages('タイ焼きが好き')).toEqual([]);
  });
});
