import { isKanaReading, normalizeJapanese } from './normalize-japanese';
import {
  isLanguageCode,
  isQualificationCode,
  isSkillCategoryCode,
  isSkillGroupCode,
  language,
  LANGUAGES,
  qualification,
  QUALIFICATIONS,
  SKILL_CATEGORIES,
  SKILL_GROUPS,
  skillCategoriesInGroup,
  skillCategory,
  skillGroup,
} from './skill-taxonomy';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HAN = /^\p{Script=Han}$/u;

function categoryWithLabel(ja: string) {
  return SKILL_CATEGORIES.find((category) => category.ja === ja);
}

describe('skill categories', () => {
  it('offers 40–60 categories, each under one of the picker headings', () => {
    expect(SKILL_CATEGORIES.length).toBeGreaterThanOrEqual(40);
    expect(SKILL_CATEGORIES.length).toBeLessThanOrEqual(60);
    for (const category of SKILL_CATEGORIES) expect(isSkillGroupCode(category.group)).toBe(true);
    for (const group of SKILL_GROUPS) expect(skillCategoriesInGroup(group.code).length).toBeGreaterThan(0);
  });

  it('has unique kebab-case codes, as stored in the database', () => {
    const codes = SKILL_CATEGORIES.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB_CASE);
    for (const group of SKILL_GROUPS) expect(group.code).toMatch(KEBAB_CASE);
  });

  it('includes the activities the volunteer center coordinates most', () => {
    for (const ja of [
      '庭仕事',
      '買い物代行',
      '外出付き添い・ガイドヘルプ',
      '送迎・運転',
      '話し相手・傾聴',
      '見守り',
      '子どもの学習支援',
      '子育て支援',
      '手話',
      '点訳・音訳',
      '通訳・翻訳',
      '日本語教室',
      '大工仕事',
      '力仕事・引っ越し',
      '防災・災害ボランティア',
      '音楽・演奏',
      'レクリエーション',
      '手芸',
      '写真・動画',
      'デザイン・広報',
      'イベント運営',
      '福祉教育の講師',
      '理美容',
    ]) {
      expect(categoryWithLabel(ja)).toBeDefined();
    }
    expect(skillCategory('guide-help')?.ja).toBe('外出付き添い・ガイドヘルプ');
    expect(skillCategory('garden-work')?.aliases).toEqual(
      expect.arrayContaining(['草むしり', '草取り', '除草', '草刈り', '庭の手入れ', '剪定', '植木']),
    );
    expect(skillCategory('digital-support')?.aliases).toEqual(
      expect.arrayContaining(['スマホ', 'スマートフォン', 'パソコン', 'PC', 'タブレット', 'LINE', 'ネット']),
    );
  });

  it('labels every category in Japanese and English, with a hiragana reading for 50音順', () => {
    for (const category of SKILL_CATEGORIES) {
      expect(category.ja).not.toBe('');
      expect(category.en).toMatch(/^[A-Z]/);
      expect(isKanaReading(category.kana)).toBe(true);
      expect(category.kana).toMatch(/^[\u3041-\u309fー・]+$/);
    }
    for (const group of SKILL_GROUPS) {
      expect(group.ja).not.toBe('');
      expect(group.en).not.toBe('');
    }
  });

  it('never gives one word to two categories, so a word cannot suggest two activities equally', () => {
    const owner = new Map<string, string>();
    for (const category of SKILL_CATEGORIES) {
      for (const word of new Set([category.ja, category.kana, category.en, ...category.aliases].map(normalizeJapanese))) {
        expect([word, owner.get(word) ?? category.code]).toEqual([word, category.code]);
        owner.set(word, category.code);
      }
    }
  });

  it('keeps one-character words to kanji, which only count as whole words (庭, not 家庭)', () => {
    for (const category of SKILL_CATEGORIES) {
      for (const word of [...category.aliases, ...category.hints]) {
        const key = normalizeJapanese(word);
        expect(key).not.toBe('');
        if (Array.from(key).length === 1) expect([word, HAN.test(key)]).toEqual([word, true]);
      }
    }
  });

  it('asks for languages only for 通訳・翻訳', () => {
    const needLanguage = SKILL_CATEGORIES.filter((category) => category.requiresLanguage).map((category) => category.code);
    expect(needLanguage).toEqual(['interpreting-translation']);
  });

  it('names the qualifications usual for guide help, driving and sign language', () => {
    expect(skillCategory('guide-help')?.typicalQualifications).toEqual(['accompanying-guide', 'mobility-support-worker']);
    expect(skillCategory('driving')?.typicalQualifications).toContain('driving-licence-standard');
    expect(skillCategory('sign-language')?.typicalQualifications).toContain('sign-language-interpreter-certified');
    expect(skillCategory('garden-work')?.typicalQualifications).toEqual([]);
  });

  it('looks categories and groups up by code, and rejects unknown codes', () => {
    expect(skillCategory('small-repairs')?.en).toBe('Light bulbs and small repairs');
    expect(skillCategory('no-such-category')).toBeUndefined();
    expect(isSkillCategoryCode('garden-work')).toBe(true);
    expect(isSkillCategoryCode('Garden-Work')).toBe(false);
    expect(isSkillCategoryCode(42)).toBe(false);
    expect(skillGroup('disaster')?.ja).toBe('防災');
    expect(skillGroup('nope')).toBeUndefined();
    expect(skillCategoriesInGroup('disaster').map((category) => category.code)).toContain('disaster-relief');
  });
});

describe('qualifications', () => {
  it('lists the qualifications volunteers hold, with unique kebab-case codes', () => {
    expect(QUALIFICATIONS.length).toBeGreaterThanOrEqual(20);
    expect(QUALIFICATIONS.length).toBeLessThanOrEqual(35);
    const codes = QUALIFICATIONS.map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB_CASE);
    const names = QUALIFICATIONS.map((q) => q.ja);
    for (const ja of ['介護福祉士', '介護職員初任者研修', '看護師', '保育士', '手話通訳士', '普通自動車免許', '弁護士', '防災士']) {
      expect(names).toContain(ja);
    }
  });

  it('looks a qualification up by code', () => {
    expect(qualification('lawyer')?.ja).toBe('弁護士');
    expect(qualification('pilot')).toBeUndefined();
    expect(isQualificationCode('registered-nurse')).toBe(true);
    expect(isQualificationCode('nurse')).toBe(false);
  });
});

describe('languages', () => {
  it('lists languages by ISO code with Japanese and English names, including 日本手話', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(codes).toEqual(expect.arrayContaining(['ja', 'en', 'zh', 'ko', 'vi', 'tl', 'pt', 'es', 'ne', 'id', 'th', 'my', 'uk']));
    expect(language('jsl')?.ja).toBe('日本手話');
    expect(language('vi')?.en).toBe('Vietnamese');
  });

  it('rejects unknown language codes', () => {
    expect(isLanguageCode('ne')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(language('EN')).toBeUndefined();
  });
});
