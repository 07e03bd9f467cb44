import { levelValue } from './evaluate-candidate';

/**
 * For each of `categoryCodes`, the level of the volunteer's skill in that category that the
 * engine values most. Kept beside the profile's categories, it lets a candidate be ranked on an
 * upper bound close to the real score before their skills are read (see rankPool in the API).
 */
export function strongestLevels(skills: readonly { categoryCode: string; level: string }[], categoryCodes: readonly string[]): string[] {
  return categoryCodes.map((code) => {
    let strongest: string | null = null;
    for (const skill of skills) {
      if (skill.categoryCode !== code) continue;
      if (strongest === null || levelValue(skill.level) > levelValue(strongest)) strongest = skill.level;
    }
    // A category without a skill cannot happen for derived codes; the top level keeps the bound an upper bound.
    return strongest ?? 'professional';
  });
}
