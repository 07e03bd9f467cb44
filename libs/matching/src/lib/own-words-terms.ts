/**
 * The taxonomy words in a volunteer's own words, as search keys, kept beside the skill profile
 * so that "the request's words are in their own words" is an index lookup (area:word keys in
 * PostgreSQL) rather than a substring scan of every volunteer in the area: pg_trgm cannot look up
 * words shorter than three characters, such as 掃除.
 *
 * The vocabulary is every key a request's needles (`requestLookups(…).words`) can be, so for any
 * request and own words: a needle is in the own words ⇔ it is among `ownWordsTerms(own words)`.
 */
import { mustBeWholeWord } from './phrase-index';
import { normalizeJapanese } from './normalize-japanese';
import { SKILL_CATEGORIES } from './skill-taxonomy';
import { searchTerms } from './text-match';

/** Every category's names, reading and aliases as search keys, longest first; built once. */
const VOCABULARY: readonly string[] = [
  ...new Set(
    SKILL_CATEGORIES.flatMap((category) => [category.ja, category.kana, category.en, ...category.aliases])
      .flatMap((word) => searchTerms(word))
      .map((term) => term.key)
      .filter((key) => !mustBeWholeWord(key)),
  ),
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/**
 * The taxonomy's words contained in each of the own words (one entry per skill: a word never
 * spans two skills), distinct and sorted: 「お部屋の掃除ができます」 → […, '掃除', …].
 */
export function ownWordsTerms(ownWords: readonly string[]): string[] {
  const found = new Set<string>();
  for (const words of ownWords) {
    const key = normalizeJapanese(words);
    if (key === '') continue;
    for (const term of VOCABULARY) if (key.includes(term)) found.add(term);
  }
  return [...found].sort();
}
