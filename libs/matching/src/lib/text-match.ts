/**
 * Free-word search over the skills bank: a coordinator types 「草取り」 and finds the volunteer
 * who registered 庭仕事 and wrote 「草むしりが得意です」, with the reason shown beside them.
 *
 * A volunteer's skill matches a search word when the word is in their own words (compared as
 * normalised keys, so ｽﾏﾎ finds スマホ) or when the word is one of the taxonomy's words for the
 * skill's category. Hints (交換, 病院) are left out here: a search should not widen on them.
 */
import { normalizeJapanese } from './normalize-japanese';
import { suggestCategories, type CategorySuggestion } from './suggest-categories';
import { skillCategory, type LocalizedText, type SkillCategory, type SkillCategoryCode } from './skill-taxonomy';

export interface ExpandedSearch {
  /** Categories whose taxonomy words the query contains, best match first. */
  readonly categories: SkillCategoryCode[];
  /** The query's words as search keys (`normalizeJapanese`), for matching own words. */
  readonly terms: string[];
}

/** The parts of a registered skill a free-word search looks at. */
export interface SkillWords {
  readonly categoryCode: string;
  /** What the person wrote about the skill, in their own words. */
  readonly ownWords?: string | null;
}

export interface TextMatchExplanation {
  readonly matched: boolean;
  /** One line for the coordinator, in both languages; null when not matched. */
  readonly reason: LocalizedText | null;
}

/** Words in a query are separated by spaces (either width), commas, 、 ・ or slashes. */
const TERM_SEPARATORS = /[\s、，,・･/／|｜]+/u;
/** Long own words are cut to this many characters in a reason. */
const OWN_WORDS_EXCERPT_LENGTH = 40;

/**
 * The search a free-word query stands for: 「草取り」 → categories ['garden-work'], terms ['草取り'].
 * An empty query gives no categories and no terms.
 */
export function expandSearchTerms(query: string): ExpandedSearch {
  const categories = new Set<SkillCategoryCode>();
  const terms = splitTerms(query);
  for (const term of terms) {
    for (const { code } of termCategories(term.text)) categories.add(code);
  }
  return { categories: [...categories], terms: terms.map((term) => term.key) };
}

/**
 * Whether a registered skill matches a free-word query, and why, e.g.
 * 「『草取り』は「庭仕事」の言い換えです（本人の記載: 草むしりが得意です）」.
 * Agrees with `expandSearchTerms`: matched exactly when the skill's category is among its
 * categories or one of its terms is in the own words.
 */
export function explainTextMatch(query: string, skill: SkillWords): TextMatchExplanation {
  const category = skillCategory(skill.categoryCode);
  const ownWords = (skill.ownWords ?? '').trim();
  const ownWordsKey = normalizeJapanese(ownWords);

  const found: Record<MatchKind, string[]> = { ownWords: [], label: [], alias: [], withinCategory: [] };
  for (const term of splitTerms(query)) {
    const kind = ownWordsKey.includes(term.key) ? 'ownWords' : category ? categoryMatchKind(term, category) : undefined;
    if (kind) found[kind].push(term.text);
  }

  // One line per skill: the most direct kind of match found.
  const kind = MATCH_KINDS.find((k) => found[k].length > 0);
  if (!kind) return { matched: false, reason: null };
  return { matched: true, reason: describe(kind, found[kind], category, ownWords) };
}

/** One word of a query. */
export interface SearchTerm {
  /** As the coordinator typed it, for showing in a reason. */
  readonly text: string;
  /** `normalizeJapanese(text)`. */
  readonly key: string;
}

type Term = SearchTerm;

/** Most direct first: the word itself in the own words, then the category's name, then its other words. */
const MATCH_KINDS = ['ownWords', 'label', 'alias', 'withinCategory'] as const;
type MatchKind = (typeof MATCH_KINDS)[number];

/**
 * The distinct words of a query as `explainTextMatch` reads them: split on spaces, 、 ・ and
 * slashes, each with its search key. Cheap (no taxonomy lookup).
 */
export function searchTerms(query: string): SearchTerm[] {
  return splitTerms(query);
}

/**
 * 「（本人の記載: …）」 for a reason about a skill: the own words on one line, cut when long.
 * Empty strings when there are no own words.
 */
export function ownWordsNote(ownWords: string | null | undefined): LocalizedText {
  const excerpt = shorten((ownWords ?? '').trim());
  return excerpt ? { ja: `（本人の記載: ${excerpt}）`, en: ` (their own words: “${excerpt}”)` } : { ja: '', en: '' };
}

function splitTerms(query: string): Term[] {
  const terms = new Map<string, Term>();
  for (const text of query.split(TERM_SEPARATORS)) {
    const key = normalizeJapanese(text);
    if (key !== '' && !terms.has(key)) terms.set(key, { text, key });
  }
  return [...terms.values()];
}

function termCategories(termText: string): CategorySuggestion[] {
  return suggestCategories(termText, { includeHints: false });
}

function categoryMatchKind(term: Term, category: SkillCategory): MatchKind | undefined {
  const suggestion = termCategories(term.text).find((s) => s.code === category.code);
  if (!suggestion) return undefined;
  if ([category.ja, category.en, category.kana, category.code].some((label) => normalizeJapanese(label) === term.key)) {
    return 'label';
  }
  // The whole word is a taxonomy word (草取り), or it only contains one (庭の草取り).
  return suggestion.matched.some((phrase) => normalizeJapanese(phrase) === term.key) ? 'alias' : 'withinCategory';
}

function describe(kind: MatchKind, terms: string[], category: SkillCategory | undefined, ownWords: string): LocalizedText {
  const jaTerms = terms.map((term) => `『${term}』`).join('');
  const enTerms = listInEnglish(terms.map((term) => `“${term}”`));
  const plural = terms.length > 1;
  const { ja: jaSource, en: enSource } = ownWordsNote(ownWords);
  // Every kind but ownWords is only found through a known category.
  const ja = category?.ja ?? '';
  const en = category?.en ?? '';

  switch (kind) {
    case 'ownWords':
      return { ja: `${jaTerms}を含みます${jaSource}`, en: `Mentions ${enTerms}${enSource}` };
    case 'label':
      return { ja: `「${ja}」として登録されています${jaSource}`, en: `Registered under “${en}”${enSource}` };
    case 'alias':
      return {
        ja: `${jaTerms}は「${ja}」の言い換えです${jaSource}`,
        en: `${enTerms} ${plural ? 'are other words' : 'is another word'} for “${en}”${enSource}`,
      };
    case 'withinCategory':
      return {
        ja: `${jaTerms}は「${ja}」に当たります${jaSource}`,
        en: `${enTerms} ${plural ? 'come' : 'comes'} under “${en}”${enSource}`,
      };
  }
}

/** “a”, “a” and “b”, “a”, “b” and “c”. */
function listInEnglish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Own words on one line, cut (by character, not UTF-16 unit) when long. */
function shorten(ownWords: string): string {
  const characters = Array.from(ownWords.replace(/\s+/gu, ' '));
  return characters.length <= OWN_WORDS_EXCERPT_LENGTH
    ? characters.join('')
    : `${characters.slice(0, OWN_WORDS_EXCERPT_LENGTH - 1).join('')}…`;
}
