import { DayPeriod, SkillLevel } from '@tsunagu/contracts';
import { searchReasons } from './skill-reasons';
import { slotsToMask } from '@tsunagu/matching';

const subject = {
  skills: [
    { categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: SkillLevel.Experienced },
    { categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: SkillLevel.Beginner },
  ],
  homeAreaId: 'home',
  weeklySlots: slotsToMask([
    { day: 'sat', period: DayPeriod.Morning },
    { day: 'sat', period: DayPeriod.Afternoon },
    { day: 'mon', period: DayPeriod.Morning },
  ]),
  insuredUntil: '2027-03-31',
};

describe('why a volunteer matched', () => {
  it('explains 草取り through the taxonomy, once per thing said', () => {
    expect(searchReasons({ q: '草取り' }, subject)).toEqual([
      {
        ja: '『草取り』は「庭仕事」の言い換えです（本人の記載: 草むしりが得意です）',
        en: '“草取り” is another word for “Garden work” (their own words: “草むしりが得意です”)',
      },
    ]);
  });

  it('words each filter the coordinator set', () => {
    const reasons = searchReasons(
      {
        category: 'garden-work',
        area: { id: 'home', nameJa: '青葉小学校区', nameEn: 'Aoba school area' },
        day: 'sat',
        period: DayPeriod.Morning,
        language: 'en',
        qualification: 'first-aid-course',
        insured: true,
      },
      subject,
    ).map((reason) => reason.ja);
    expect(reasons).toEqual([
      '「庭仕事」として登録されています',
      '青葉小学校区にお住まいです',
      '土曜日の午前に活動できます',
      '英語ができます',
      '救命講習を修了しています',
      'ボランティア活動保険に加入しています（2027年3月31日まで）',
    ]);
    expect(searchReasons({ day: 'sat' }, subject)).toEqual([
      { ja: '土曜日に活動できます（午前・午後）', en: 'Free on Saturdays (morning, afternoon)' },
    ]);
    expect(searchReasons({ period: DayPeriod.Morning }, subject)[0].ja).toBe('午前に活動できます（月曜日・土曜日）');
    expect(searchReasons({ area: { id: 'other', nameJa: '緑町小学校区', nameEn: 'Midoricho school area' } }, subject)[0].ja).toBe(
      '緑町小学校区で活動できます',
    );
  });
});
