/**
 * Suggesting skill categories (and languages) from what a person wrote in their own words:
 * 「草むしりが得意です」 → 庭仕事, 「ｽﾏﾎの使い方を教えられます」 → デジタル支援.
 *
 * The registration form shows the suggestions for the person to confirm; nothing is assigned
 * without them (or a coordinator) choosing it.
 */
import { PhraseIndex, toSearchText, type PhraseHit } from './phrase-index';
import { LANGUAGES, SKILL_CATEGORIES, type LanguageCode, type SkillCategoryCode } from './skill-taxonomy';

export interface CategorySuggestion {
  readonly code: SkillCategoryCode;
  /** 0–1: how sure the suggestion is. Several different words for one category add up. */
  readonly score: number;
  /** The taxonomy words found (as the taxonomy spells them: ｽﾏﾎ is reported as スマホ), in text order. */
  readonly matched: string[];
}

export interface SuggestCategoriesOptions {
  /** At most this many suggestions (default: all). */
  readonly limit?: number;
  /** Leave out suggestions scoring below this (default: none left out). */
  readonly minScore?: number;
  /** Whether hints alone (交換, 病院) may suggest a category. Default true; search turns it off. */
  readonly includeHints?: boolean;
}

/**
 * How much one found word says about a category. An alias standing as a word of its own is
 * strong; inside a longer word (料理 in 料理教室) a little less; a hint only nudges.
 */
const WEIGHT = { aliasWholeWord: 0.8, aliasInsideWord: 0.6, hint: 0.3 } as const;

type Evidence = 'alias' | 'hint';

interface CategoryPhrase {
  readonly code: SkillCategoryCode;
  readonly evidence: Evidence;
}

/** Built once, at module load. */
const CATEGORY_PHRASES: PhraseIndex<CategoryPhrase> = buildCategoryIndex();
const TAXONOMY_ORDER: ReadonlyMap<SkillCategoryCode, number> = new Map(SKILL_CATEGORIES.map((c, i) => [c.code, i]));
const LANGUAGE_NAMES: PhraseIndex<LanguageCode> = buildLanguageIndex();

/**
 * Categories the text points to, best first (ties: the one mentioned first).
 * Empty for empty or unrelated text.
 */
export function suggestCategories(text: string, options: SuggestCategoriesOptions = {}): CategorySuggestion[] {
  const { limit = Infinity, minScore = 0, includeHints = true } = options;
  const found = new Map<SkillCategoryCode, FoundCategory>();

  for (const hit of CATEGORY_PHRASES.scan(toSearchText(text))) {
    for (const { phrase, value } of hit.entries) {
      if (value.evidence === 'hint' && !includeHints) continue;
      let category = found.get(value.code);
      if (!category) {
        category = { firstAt: hit.start, weightByPhrase: new Map() };
        found.set(value.code, category);
      }
      // The same word twice is no more evidence than once.
      const weight = weightOf(value.evidence, hit);
      category.weightByPhrase.set(phrase, Math.max(weight, category.weightByPhrase.get(phrase) ?? 0));
    }
  }

  return [...found]
    .map(([code, category]) => ({ code, firstAt: category.firstAt, score: combine(category.weightByPhrase.values()), category }))
    .filter((suggestion) => suggestion.score >= minScore)
    .sort((a, b) => b.score - a.score || a.firstAt - b.firstAt || (TAXONOMY_ORDER.get(a.code) ?? 0) - (TAXONOMY_ORDER.get(b.code) ?? 0))
    .slice(0, limit)
    .map(({ code, score, category }) => ({ code, score, matched: [...category.weightByPhrase.keys()] }));
}

/**
 * Languages named in the text, in the order they appear: 「英語の通訳ができます」 → ['en'].
 * For 通訳・翻訳, which needs the languages as well as the category.
 */
export function suggestLanguages(text: string): LanguageCode[] {
  const codes = new Set<LanguageCode>();
  for (const hit of LANGUAGE_NAMES.scan(toSearchText(text))) {
    for (const { value } of hit.entries) codes.add(value);
  }
  return [...codes];
}

interface FoundCategory {
  readonly firstAt: number;
  /** Insertion order is text order, which `matched` keeps. */
  readonly weightByPhrase: Map<string, number>;
}

function weightOf(evidence: Evidence, hit: PhraseHit<CategoryPhrase>): number {
  if (evidence === 'hint') return WEIGHT.hint;
  return hit.wholeWord ? WEIGHT.aliasWholeWord : WEIGHT.aliasInsideWord;
}

/** Independent pieces of evidence: the chance that not all of them are wrong, to 3 places. */
function combine(weights: Iterable<number>): number {
  let allWrong = 1;
  for (const weight of weights) allWrong *= 1 - weight;
  return Math.round((1 - allWrong) * 1000) / 1000;
}

function buildCategoryIndex(): PhraseIndex<CategoryPhrase> {
  const index = new PhraseIndex<CategoryPhrase>((a, b) => a.code === b.code);
  // Aliases before hints, so a word listed as both for one category counts as an alias.
  for (const category of SKILL_CATEGORIES) {
    for (const phrase of [category.ja, category.kana, category.en, ...category.aliases]) {
      index.add(phrase, { code: category.code, evidence: 'alias' });
    }
  }
  for (const category of SKILL_CATEGORIES) {
    for (const phrase of category.hints) index.add(phrase, { code: category.code, evidence: 'hint' });
  }
  return index;
}

function buildLanguageIndex(): PhraseIndex<LanguageCode> {
  const index = new PhraseIndex<LanguageCode>((a, b) => a === b);
  for (const language of LANGUAGES) {
    for (const name of [language.ja, language.en, ...language.aliases]) index.add(name, language.code);
  }
  return index;
}
