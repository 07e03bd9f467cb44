import type { DayPeriod, LocalizedReason, SkillEntry, Weekday } from '@tsunagu/contracts';
import { explainTextMatch, language, qualification, skillCategory, DAY_PERIODS, maskToSlots } from '@tsunagu/matching';
import { formatDate } from './insurance-cover';

/**
 * Why a volunteer is in the coordinator's results: one line per criterion, in both languages,
 * e.g. 「『草取り』は「庭仕事」の言い換えです（本人の記載: 草むしりが得意です）」,
 * 「土曜日の午前に活動できます」, 「英語ができます」.
 */
export interface ReasonCriteria {
  q?: string;
  category?: string;
  area?: { id: string; nameJa: string; nameEn: string } | null;
  day?: Weekday;
  period?: DayPeriod;
  language?: string;
  qualification?: string;
  insured?: boolean;
}

export interface ReasonSubject {
  skills: SkillEntry[];
  homeAreaId: string | null;
  weeklySlots: number;
  /** YYYY-MM-DD, when insured today. */
  insuredUntil: string | null;
}

const DAY_JA: Record<Weekday, string> = {
  mon: '月曜日',
  tue: '火曜日',
  wed: '水曜日',
  thu: '木曜日',
  fri: '金曜日',
  sat: '土曜日',
  sun: '日曜日',
};
const DAY_EN: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const PERIOD_JA: Record<DayPeriod, string> = { morning: '午前', afternoon: '午後', evening: '夜' };
const PERIOD_EN: Record<DayPeriod, string> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening' };

export function searchReasons(criteria: ReasonCriteria, subject: ReasonSubject): LocalizedReason[] {
  const reasons: LocalizedReason[] = [];
  if (criteria.q) {
    for (const skill of subject.skills) {
      const { matched, reason } = explainTextMatch(criteria.q, skill);
      if (matched && reason) reasons.push({ ja: reason.ja, en: reason.en });
    }
  }
  const category = criteria.category ? skillCategory(criteria.category) : undefined;
  if (category) reasons.push({ ja: `「${category.ja}」として登録されています`, en: `Registered under “${category.en}”` });
  if (criteria.area) reasons.push(areaReason(criteria.area, subject.homeAreaId));
  if (criteria.day || criteria.period) {
    const reason = availabilityReason(criteria.day, criteria.period, subject.weeklySlots);
    if (reason) reasons.push(reason);
  }
  const spoken = criteria.language ? language(criteria.language) : undefined;
  if (spoken) reasons.push({ ja: `${spoken.ja}ができます`, en: `Speaks ${spoken.en}` });
  const held = criteria.qualification ? qualification(criteria.qualification) : undefined;
  if (held) {
    reasons.push(
      held.ja.endsWith('修了')
        ? { ja: `${held.ja.replace(/修了$/, '')}を修了しています`, en: `Has completed: ${held.en.replace(/ completed$/, '')}` }
        : { ja: `${held.ja}の資格があります`, en: `Holds the qualification: ${held.en}` },
    );
  }
  if (criteria.insured && subject.insuredUntil) {
    reasons.push({
      ja: `ボランティア活動保険に加入しています（${formatDate(subject.insuredUntil, 'ja')}まで）`,
      en: `Covered by volunteer activity insurance until ${formatDate(subject.insuredUntil, 'en')}`,
    });
  }
  // One line per thing said: two skills can give the same reason.
  return reasons.filter((reason, index) => reasons.findIndex((other) => other.ja === reason.ja) === index);
}

function areaReason(area: NonNullable<ReasonCriteria['area']>, homeAreaId: string | null): LocalizedReason {
  return area.id === homeAreaId
    ? { ja: `${area.nameJa}にお住まいです`, en: `Lives in ${area.nameEn}` }
    : { ja: `${area.nameJa}で活動できます`, en: `Can help in ${area.nameEn}` };
}

function availabilityReason(day: Weekday | undefined, period: DayPeriod | undefined, mask: number): LocalizedReason | null {
  const slots = maskToSlots(mask).filter((slot) => (!day || slot.day === day) && (!period || slot.period === period));
  if (slots.length === 0) return null;
  if (day && period) {
    return { ja: `${DAY_JA[day]}の${PERIOD_JA[period]}に活動できます`, en: `Free on ${DAY_EN[day]} ${PERIOD_EN[period]}s` };
  }
  if (day) {
    const periods = DAY_PERIODS.filter((p) => slots.some((slot) => slot.period === p));
    return {
      ja: `${DAY_JA[day]}に活動できます（${periods.map((p) => PERIOD_JA[p]).join('・')}）`,
      en: `Free on ${DAY_EN[day]}s (${periods.map((p) => PERIOD_EN[p]).join(', ')})`,
    };
  }
  const chosen = period as DayPeriod;
  const days = slots.map((slot) => slot.day);
  return {
    ja: `${PERIOD_JA[chosen]}に活動できます（${days.map((d) => DAY_JA[d]).join('・')}）`,
    en: `Free in the ${PERIOD_EN[chosen]} (${days.map((d) => DAY_EN[d]).join(', ')})`,
  };
}
