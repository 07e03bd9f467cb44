import type { SkillEntry } from '@tsunagu/contracts';
import { normalizeJapanese, ownWordsTerms, strongestLevels } from '@tsunagu/matching';

/**
 * What skill_profile keeps from its skills for the search and the candidates' pre-filter: the
 * distinct categories with the strongest level in each, the own words as search keys (one line
 * per skill, so a search word never spans two skills), and the taxonomy words in them.
 */
export function searchFieldsOf(skills: readonly Pick<SkillEntry, 'categoryCode' | 'ownWords' | 'level'>[]): {
  categoryCodes: string[];
  categoryLevels: string[];
  searchText: string;
  ownWordsTerms: string[];
} {
  const categoryCodes = [...new Set(skills.map((skill) => skill.categoryCode))];
  return {
    categoryCodes,
    categoryLevels: strongestLevels(skills, categoryCodes),
    searchText: skills.map((skill) => normalizeJapanese(skill.ownWords)).join('\n'),
    ownWordsTerms: ownWordsTerms(skills.map((skill) => skill.ownWords)),
  };
}
