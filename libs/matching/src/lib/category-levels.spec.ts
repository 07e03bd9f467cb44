import { SkillLevel } from '@tsunagu/contracts';
import { strongestLevels } from './category-levels';

describe('strongestLevels', () => {
  it('gives, per category in the order asked, the level the engine values most', () => {
    const skills = [
      { categoryCode: 'garden-work', level: SkillLevel.Beginner },
      { categoryCode: 'housework', level: SkillLevel.Experienced },
      { categoryCode: 'garden-work', level: SkillLevel.Professional },
      { categoryCode: 'housework', level: SkillLevel.Beginner },
    ];
    expect(strongestLevels(skills, ['housework', 'garden-work'])).toEqual([SkillLevel.Experienced, SkillLevel.Professional]);
  });

  it('is empty for a profile without skills', () => {
    expect(strongestLevels([], [])).toEqual([]);
  });
});
