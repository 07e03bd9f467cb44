/**
 * One plain, polite line per factor, in Japanese and English, built from an Evaluation.
 * Only the candidates shown (the top of a ranking, or one explained on its own) get here.
 */
import type { LocalizedReason, ScoreFactor, WeeklySlot } from '@tsunagu/contracts';
import { formatDateEn, formatDateJa } from './calendar-date';
import { Availability, Cover, Evaluation, F, Place } from './evaluate-candidate';
import { insuranceCoverEnd } from './insurance-cover';
import type { MatchCandidateInput } from './match-input';
import { MATCH_FACTORS, type MatchFactor } from './match-weights';
import { CategoryMatch, IN_GROUP, type PreparedRequest } from './prepare-request';
import { language, qualification, skillCategory, skillGroup } from './skill-taxonomy';
import { explainTextMatch, ownWordsNote } from './text-match';
import { maskToSlots } from './weekly-slots';

const DAYS: Record<WeeklySlot['day'], LocalizedReason> = {
  mon: { ja: '月曜日', en: 'Monday' },
  tue: { ja: '火曜日', en: 'Tuesday' },
  wed: { ja: '水曜日', en: 'Wednesday' },
  thu: { ja: '木曜日', en: 'Thursday' },
  fri: { ja: '金曜日', en: 'Friday' },
  sat: { ja: '土曜日', en: 'Saturday' },
  sun: { ja: '日曜日', en: 'Sunday' },
};
const PERIODS: Record<WeeklySlot['period'], LocalizedReason> = {
  morning: { ja: '午前', en: 'morning' },
  afternoon: { ja: '午後', en: 'afternoon' },
  evening: { ja: '夜', en: 'evening' },
};

export interface Explanation {
  readonly factors: ScoreFactor[];
  readonly warnings: LocalizedReason[];
  readonly excludedBecause: LocalizedReason | null;
}

export function explain(request: PreparedRequest, candidate: MatchCandidateInput, evaluation: Evaluation): Explanation {
  const reasons: Record<MatchFactor, LocalizedReason> = {
    category: categoryReason(request, candidate, evaluation),
    availability: availabilityReason(request, evaluation),
    distance: placeReason(request, evaluation),
    language: languageReason(request, candidate),
    qualification: qualificationReason(request, candidate),
    insurance: insuranceReason(request, candidate, evaluation),
    fairness: fairnessReason(candidate),
    reliability: reliabilityReason(candidate),
  };
  const factors = MATCH_FACTORS.map((factor) => ({
    factor,
    value: Math.round(evaluation.values[F[factor]] * 1000) / 1000,
    reason: reasons[factor],
  }));

  const exclusions = [
    evaluation.values[F.qualification] === 0 ? reasons.qualification : null,
    evaluation.values[F.language] === 0 ? reasons.language : null,
  ].filter((reason) => reason !== null);
  const excludedBecause =
    exclusions.length === 0 ? null : { ja: exclusions.map((r) => r.ja).join('。'), en: exclusions.map((r) => r.en).join('. ') };

  return { factors, warnings: insuranceWarnings(request, candidate, evaluation), excludedBecause };
}

// --- category -------------------------------------------------------------------------------

function categoryReason(request: PreparedRequest, candidate: MatchCandidateInput, evaluation: Evaluation): LocalizedReason {
  const skill = evaluation.categorySkill >= 0 ? candidate.skills[evaluation.categorySkill] : undefined;
  const kind = evaluation.categoryMatch & ~IN_GROUP;
  if (kind === CategoryMatch.NotCompared) {
    return {
      ja: '依頼の分野が決まっていないため、分野では比べていません',
      en: 'The request has no field yet, so skills were not compared',
    };
  }
  if (!skill || kind === CategoryMatch.None) {
    const asked = request.requested.map((category) => category.label);
    return {
      ja: `依頼の分野（${asked.map((label) => label.ja).join('、')}）の登録はありません`,
      en: `No registered skill in the requested field (${listEn(asked.map((label) => label.en))})`,
    };
  }
  const category = skillCategory(skill.categoryCode);
  const label = category ? { ja: category.ja, en: category.en } : { ja: skill.categoryCode, en: skill.categoryCode };
  const note = ownWordsNote(skill.ownWords);
  switch (kind) {
    case CategoryMatch.Exact:
      switch (skill.level) {
        case 'beginner':
          return {
            ja: `「${label.ja}」は未経験ですが、やってみたいと登録しています${note.ja}`,
            en: `New to “${label.en}” but would like to try${note.en}`,
          };
        case 'professional':
          return {
            ja: `「${label.ja}」ができます。仕事や資格での経験があります${note.ja}`,
            en: `Can help with “${label.en}”, with work experience or a qualification${note.en}`,
          };
        default:
          return { ja: `「${label.ja}」ができます${note.ja}`, en: `Can help with “${label.en}”${note.en}` };
      }
    case CategoryMatch.NamedInText:
      return textMatchReason(request.textWordOf.get(skill.categoryCode) ?? '', skill, label, note);
    case CategoryMatch.OwnWords:
      return textMatchReason(request.needles[evaluation.categoryNeedle]?.text ?? '', skill, label, note);
    default: {
      const group = category ? skillGroup(category.group) : undefined;
      return {
        ja: `依頼と同じ「${group?.ja ?? ''}」の分野の「${label.ja}」ができます${note.ja}`,
        en: `Can help with “${label.en}”, in the same field (“${group?.en ?? ''}”) as the request${note.en}`,
      };
    }
  }
}

/** 「『運び出し』は「運搬・力仕事」の言い換えです」 or 「『草むしり』を含みます（本人の記載: …）」. */
function textMatchReason(
  word: string,
  skill: MatchCandidateInput['skills'][number],
  label: LocalizedReason,
  note: LocalizedReason,
): LocalizedReason {
  return explainTextMatch(word, skill).reason ?? { ja: `「${label.ja}」ができます${note.ja}`, en: `Can help with “${label.en}”${note.en}` };
}

// --- availability ---------------------------------------------------------------------------

function availabilityReason(request: PreparedRequest, evaluation: Evaluation): LocalizedReason {
  const schedule = request.request.schedule;
  switch (evaluation.availability) {
    case Availability.DateOff: {
      const date = request.onceDate ?? '';
      return {
        ja: `活動日（${formatDateJa(date)}）は都合の悪い日として登録されています`,
        en: `Has marked the activity date (${formatDateEn(date)}) as a day they cannot take part`,
      };
    }
    case Availability.Unknown:
      return {
        ja: '活動できる曜日・時間帯が登録されていません（ご本人に確認してください）',
        en: 'Has not said which days and times they are free (please ask them)',
      };
  }

  const asked = slotsText(request.slotMask);
  const covered = slotsText(evaluation.coveredSlots);
  if (schedule.kind === 'flexible') {
    const from = request.rangeFrom ?? schedule.from;
    const period = {
      ja: `${formatDateJa(from)}〜${formatDateJa(schedule.until)}`,
      en: `${formatDateEn(from)} – ${formatDateEn(schedule.until)}`,
    };
    if (evaluation.coveredSlots === 0) {
      const extra =
        evaluation.availability === Availability.RangeDatesOff
          ? { ja: '（期間中の空いている日は、都合の悪い日として登録されています）', en: ' (their free days in it are marked as days off)' }
          : { ja: '', en: '' };
      return {
        ja: `期間中（${period.ja}）に活動できる時間帯がありません${extra.ja}`,
        en: `No free times within the period (${period.en})${extra.en}`,
      };
    }
    // The first free slot of the week (the lowest bit set).
    const example = slotsText(evaluation.coveredSlots & -evaluation.coveredSlots);
    return {
      ja: `期間中（${period.ja}）に活動できる時間帯があります（${example.ja}など）`,
      en: `Has free times within the period (${period.en}), e.g. ${example.en}`,
    };
  }

  const askedCount = asked.count;
  if (schedule.kind === 'once') {
    if (covered.count === askedCount) return { ja: `${asked.ja}に活動できます`, en: `Usually free then (${asked.en})` };
    if (covered.count === 0) return { ja: `${asked.ja}は、活動できる時間帯に入っていません`, en: `Not usually free then (${asked.en})` };
    const missing = slotsText(request.slotMask & ~evaluation.coveredSlots);
    return {
      ja: `${covered.ja}は活動できますが、${missing.ja}は活動できる時間帯に入っていません`,
      en: `Usually free for part of it (${covered.en}, not ${missing.en})`,
    };
  }
  if (covered.count === askedCount) {
    return { ja: `毎週の活動の時間帯（${asked.ja}）にすべて活動できます`, en: `Usually free at every weekly time asked for (${asked.en})` };
  }
  if (covered.count === 0) {
    return {
      ja: `毎週の活動の時間帯（${asked.ja}）は、活動できる時間帯に入っていません`,
      en: `Not usually free at the weekly times asked for (${asked.en})`,
    };
  }
  return {
    ja: `毎週の活動の時間帯${askedCount}つのうち、${covered.count}つ（${covered.ja}）に活動できます`,
    en: `Usually free at ${covered.count} of the ${askedCount} weekly times asked for (${covered.en})`,
  };
}

/** 「土曜日の午前、日曜日の午前」 / “Saturday morning and Sunday morning”. */
function slotsText(mask: number): LocalizedReason & { count: number } {
  const slots = maskToSlots(mask);
  return {
    ja: slots.map((slot) => `${DAYS[slot.day].ja}の${PERIODS[slot.period].ja}`).join('、'),
    en: listEn(slots.map((slot) => `${DAYS[slot.day].en} ${PERIODS[slot.period].en}`)),
    count: slots.length,
  };
}

// --- place ----------------------------------------------------------------------------------

function placeReason(request: PreparedRequest, evaluation: Evaluation): LocalizedReason {
  const name = request.request.areaName;
  switch (evaluation.place) {
    case Place.Online:
      return { ja: 'オンラインの活動のため、距離は問いません', en: 'Online activity, so distance does not matter' };
    case Place.NotOnline:
      return { ja: 'オンラインでの活動は登録されていません', en: 'Has not registered for online activities' };
    case Place.OnlineOnly:
      return { ja: 'オンラインでの活動だけを登録しています', en: 'Has registered for online activities only' };
    case Place.HomeArea:
      return name
        ? { ja: `お住まいの地区（${name.ja}）が活動場所と同じです`, en: `Lives in the area of the activity (${name.en})` }
        : { ja: 'お住まいの地区が活動場所と同じです', en: 'Lives in the area of the activity' };
    case Place.ListedArea:
      return name
        ? { ja: `活動場所の地区（${name.ja}）に行けます`, en: `Can go to the area of the activity (${name.en})` }
        : { ja: '活動場所の地区に行けます', en: 'Can go to the area of the activity' };
    case Place.Distance: {
      const km = evaluation.distanceKm.toFixed(1);
      return { ja: `お住まいから活動場所まで約${km}kmです`, en: `About ${km} km from home to the activity` };
    }
    default:
      return { ja: '活動場所までの距離がわかりません', en: 'The distance to the activity is not known' };
  }
}

// --- hard filters ---------------------------------------------------------------------------

function languageReason(request: PreparedRequest, candidate: MatchCandidateInput): LocalizedReason {
  const required = request.request.requiredLanguages;
  if (required.length === 0) return { ja: '言語の指定はありません', en: 'No language required' };
  const missing = request.languagesToCheck.filter((code) => !candidate.languages.includes(code));
  const names = (codes: readonly string[]) => codes.map((code) => language(code) ?? { ja: code, en: code });
  if (missing.length > 0) {
    const labels = names(missing);
    return {
      ja: `必要な言語（${labels.map((l) => l.ja).join('、')}）を話せるという登録がありません`,
      en: `Has not registered the required ${plural(labels.length, 'language')} (${listEn(labels.map((l) => l.en))})`,
    };
  }
  const labels = names(required);
  return {
    ja: `必要な言語（${labels.map((l) => l.ja).join('、')}）を話せます`,
    en: `Speaks the required ${plural(labels.length, 'language')} (${listEn(labels.map((l) => l.en))})`,
  };
}

function qualificationReason(request: PreparedRequest, candidate: MatchCandidateInput): LocalizedReason {
  const required = request.request.requiredQualifications;
  if (required.length === 0) return { ja: '資格の指定はありません', en: 'No qualification required' };
  const missing = required.filter((code) => !candidate.qualifications.includes(code));
  const names = (codes: readonly string[]) => codes.map((code) => qualification(code) ?? { ja: code, en: code });
  if (missing.length > 0) {
    const labels = names(missing);
    return {
      ja: `必要な資格（${labels.map((q) => q.ja).join('、')}）がありません`,
      en: `Does not hold the required ${plural(labels.length, 'qualification')} (${listEn(labels.map((q) => q.en))})`,
    };
  }
  const labels = names(required);
  return {
    ja: `必要な資格（${labels.map((q) => q.ja).join('、')}）があります`,
    en: `Holds the required ${plural(labels.length, 'qualification')} (${listEn(labels.map((q) => q.en))})`,
  };
}

// --- insurance ------------------------------------------------------------------------------

/** 「活動日（2026年12月5日）」 / “the activity date (5 December 2026)”. */
function insuranceDateText(request: PreparedRequest): LocalizedReason {
  const date = request.insuranceDate;
  const dates = { ja: formatDateJa(date), en: formatDateEn(date) };
  switch (request.insuranceDateRole) {
    case 'activity':
      return { ja: `活動日（${dates.ja}）`, en: `the activity date (${dates.en})` };
    case 'first':
      return { ja: `活動の初日（${dates.ja}）`, en: `the first day of the activity (${dates.en})` };
    case 'today':
      return { ja: `今日（${dates.ja}）`, en: `today (${dates.en})` };
  }
}

function insuranceReason(request: PreparedRequest, candidate: MatchCandidateInput, evaluation: Evaluation): LocalizedReason {
  const on = insuranceDateText(request);
  const insurance = candidate.insurance;
  switch (evaluation.cover) {
    case Cover.Covered:
      return { ja: `${on.ja}はボランティア活動保険の補償期間内です`, en: `Covered by volunteer activity insurance on ${on.en}` };
    case Cover.EndsDuring: {
      const end = insurance ? insuranceCoverEnd(insurance) : request.insuranceDate;
      return {
        ja: `ボランティア活動保険の補償は${formatDateJa(end)}までです（活動期間の途中で更新が必要です）`,
        en: `Volunteer activity insurance covers until ${formatDateEn(end)} (it must be renewed during the activity period)`,
      };
    }
    case Cover.NotStarted: {
      const start = insurance?.coverStart ?? request.insuranceDate;
      return {
        ja: `ボランティア活動保険の補償は${formatDateJa(start)}からです`,
        en: `Volunteer activity insurance cover starts on ${formatDateEn(start)}`,
      };
    }
    case Cover.Ended: {
      const end = insurance ? insuranceCoverEnd(insurance) : request.insuranceDate;
      return {
        ja: `ボランティア活動保険の補償は${formatDateJa(end)}で終わっています`,
        en: `Volunteer activity insurance cover ended on ${formatDateEn(end)}`,
      };
    }
    default:
      return { ja: 'ボランティア活動保険の加入が登録されていません', en: 'No volunteer activity insurance registered' };
  }
}

function insuranceWarnings(request: PreparedRequest, candidate: MatchCandidateInput, evaluation: Evaluation): LocalizedReason[] {
  if (evaluation.cover === Cover.Covered) return [];
  if (evaluation.cover === Cover.EndsDuring && candidate.insurance) {
    const end = insuranceCoverEnd(candidate.insurance);
    return [
      {
        ja: `ボランティア活動保険の補償は${formatDateJa(end)}までです。それより後の活動には更新が必要です`,
        en: `Volunteer activity insurance covers only until ${formatDateEn(end)}; it must be renewed for later activities`,
      },
    ];
  }
  const on = insuranceDateText(request);
  return [{ ja: `${on.ja}にボランティア活動保険の補償がありません`, en: `Not covered by volunteer activity insurance on ${on.en}` }];
}

// --- fairness and reliability ---------------------------------------------------------------

function fairnessReason(candidate: MatchCandidateInput): LocalizedReason {
  const count = Math.max(0, Math.floor(candidate.recentActivityCount));
  if (count === 0) {
    return {
      ja: '最近90日間の活動はありません（お願いする機会が少ない方を先にしています）',
      en: 'No activities in the last 90 days (people asked less often come first)',
    };
  }
  return { ja: `最近90日間に${count}回活動しています`, en: `${count} ${plural(count, 'activity', 'activities')} in the last 90 days` };
}

function reliabilityReason(candidate: MatchCandidateInput): LocalizedReason {
  const completed = Math.max(0, candidate.completedCount);
  const noShows = Math.max(0, candidate.noShowCount);
  const all = completed + noShows;
  if (all === 0) return { ja: 'これまでの活動記録はまだありません', en: 'No activity records yet' };
  if (noShows === 0) {
    return {
      ja: `これまでの${all}回の活動に、すべて参加しています`,
      en: `Took part in all ${all} ${plural(all, 'activity', 'activities')} so far`,
    };
  }
  return {
    ja: `これまでの${all}回のうち${noShows}回、予定の活動に参加できませんでした`,
    en: `Did not turn up ${noShows} ${plural(noShows, 'time', 'times')} out of ${all} so far`,
  };
}

// --- English --------------------------------------------------------------------------------

/** “a”, “a and b”, “a, b and c”. */
function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
