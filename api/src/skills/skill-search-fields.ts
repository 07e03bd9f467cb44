import type { SkillEntry } from '@tsunagu/contracts';
import { normalizeJapanese } from '@tsunagu/matching';

/**
 * What skill_profile keeps from its skills for the search: the distinct categories, and the own
 * words as search keys (one line per skill, so a search word never spans two skills).
 */
export function searchFieldsOf(skills: readonly Pick<SkillEntry, 'categoryCode' | 'ownWords'>[]): {
  categoryCodes: string[];
  searchText: string;
} {
  return {
    categoryCodes: [...new Set(skills.map((skill) => skill.categoryCode))],
    searchText: skills.map((skill) => normalizeJapanese(skill.ownWords)).join('\n'),
  };
}
