import { InsurancePlan, SkillLevel, Transport } from '@tsunagu/contracts';
import {
  fiscalYearOf,
  readCodes,
  readFiscalYear,
  readLevel,
  readPlan,
  readSkills,
  readTransport,
  readWay,
  readWeeklySlots,
  readYesNo,
  splitList,
} from './register-values';

const slotsOf = (cell: string) => readWeeklySlots(cell).slots.map((slot) => `${slot.day}-${slot.period}`);

describe('register cells', () => {
  it('splits lists the ways Excel users write them', () => {
    expect(splitList('英語、中国語')).toEqual(['英語', '中国語']);
    expect(splitList('英語,中国語\n韓国語 ／ タイ語')).toEqual(['英語', '中国語', '韓国語', 'タイ語']);
    expect(splitList('  ')).toEqual([]);
  });

  it('reads skills from category names and from the person’s own words', () => {
    const { skills, unknown } = readSkills('庭仕事、スマホの使い方を教えられます', SkillLevel.Experienced);
    expect(unknown).toEqual([]);
    expect(skills).toEqual([
      { categoryCode: 'garden-work', ownWords: '', level: SkillLevel.Experienced },
      expect.objectContaining({ categoryCode: 'digital-support', ownWords: 'スマホの使い方を教えられます' }),
    ]);
    expect(readSkills('草むしり', SkillLevel.Beginner).skills).toEqual([
      { categoryCode: 'garden-work', ownWords: '草むしり', level: SkillLevel.Beginner },
    ]);
    expect(readSkills('話し相手・傾聴', SkillLevel.Experienced).skills.map((s) => s.categoryCode)).toEqual(['conversation-and-listening']);
    expect(readSkills('なんとなく', SkillLevel.Experienced).unknown).toEqual(['なんとなく']);
  });

  it('reads qualifications and languages by their Japanese or English names', () => {
    expect(readCodes('介護福祉士、ケアマネジャー、普通自動車免許', 'qualification')).toEqual({
      codes: ['certified-care-worker', 'care-manager', 'driving-licence-standard'],
      unknown: [],
    });
    expect(readCodes('英語、ちゅうごくご、English、クリンゴン語', 'language')).toEqual({ codes: ['en', 'zh'], unknown: ['クリンゴン語'] });
  });

  it('reads the days and times a volunteer is free', () => {
    expect(slotsOf('月・水の午前')).toEqual(['mon-morning', 'wed-morning']);
    expect(slotsOf('土日')).toEqual(['sat-morning', 'sat-afternoon', 'sat-evening', 'sun-morning', 'sun-afternoon', 'sun-evening']);
    expect(slotsOf('平日の午後')).toEqual(['mon-afternoon', 'tue-afternoon', 'wed-afternoon', 'thu-afternoon', 'fri-afternoon']);
    expect(slotsOf('火曜午前、木曜日の夜')).toEqual(['tue-morning', 'thu-evening']);
    expect(slotsOf('月〜水の午前')).toEqual(['mon-morning', 'tue-morning', 'wed-morning']);
    expect(slotsOf('毎週土曜の午前')).toEqual(['sat-morning']);
    expect(slotsOf('sat-morning')).toEqual(['sat-morning']);
    expect(slotsOf('いつでも')).toHaveLength(21);
    expect(readWeeklySlots('第2土曜').unknown).toEqual(['第2土曜']);
    expect(readWeeklySlots('応相談').unknown).toEqual(['応相談']);
  });

  it('reads transport, the way of taking part and the level', () => {
    expect(readTransport('徒歩、自転車・車')).toEqual({ transport: [Transport.Walk, Transport.Bicycle, Transport.Car], unknown: [] });
    expect(readTransport('ヘリコプター').unknown).toEqual(['ヘリコプター']);
    expect(readWay('')).toEqual({ inPerson: true, online: false });
    expect(readWay('対面・オンライン')).toEqual({ inPerson: true, online: true });
    expect(readWay('オンライン')).toEqual({ inPerson: false, online: true });
    expect(readWay('電話')).toBeNull();
    expect(readLevel('')).toBe(SkillLevel.Experienced);
    expect(readLevel('はじめて')).toBe(SkillLevel.Beginner);
    expect(readLevel('なんでも')).toBeNull();
  });

  it('reads the volunteer activity insurance', () => {
    expect(readPlan('基本プランA')).toBe(InsurancePlan.BasicA);
    expect(readPlan('天災・地震補償プランB')).toBe(InsurancePlan.NaturalDisasterB);
    expect(readPlan('未加入')).toBeNull();
    expect(readPlan('')).toBeNull();
    expect(readPlan('ゴールド')).toBeUndefined();
    expect(readFiscalYear('令和8年度')).toBe(2026);
    expect(readFiscalYear('２０２６')).toBe(2026);
    expect(readFiscalYear('R8')).toBe(2026);
    expect(readFiscalYear('来年')).toBeNull();
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
  });

  it('reads yes and no', () => {
    expect(readYesNo('はい')).toBe(true);
    expect(readYesNo('')).toBe(false);
    expect(readYesNo('○')).toBe(true);
    expect(readYesNo('たぶん')).toBeNull();
  });
});
