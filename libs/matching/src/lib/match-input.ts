/**
 * What the matching engine is given and what it returns. The API loads these from the database
 * (after its SQL pre-filter) and passes them in; the engine does no I/O.
 */
import type { LocalizedReason, RequestSchedule, ScoreFactor, SkillLevel } from '@tsunagu/contracts';
import type { GeoPoint } from './geo-distance';
import type { InsuranceCover } from './insurance-cover';

/** 依頼 (request) as the engine sees it. */
export interface MatchRequestInput {
  /** Taxonomy category codes asked for. When empty, the categories the text names are used. */
  readonly categoryCodes: readonly string[];
  /** Title and description as written: 「土曜日の午前に、庭の草取りを手伝ってほしい」. */
  readonly text: string;
  readonly schedule: RequestSchedule;
  /** The 地区 of the activity. */
  readonly areaId: string | null;
  /** The area's centre, for distances from a candidate's home. */
  readonly areaCentroid: GeoPoint | null;
  /** The area's name, for reasons (「お住まいの地区（青葉一丁目）が…」); generic wording without it. */
  readonly areaName?: LocalizedReason | null;
  /** Online help (video call …) instead of in person: distance does not count. */
  readonly online: boolean;
  /** Qualification codes every candidate must hold (hard filter). */
  readonly requiredQualifications: readonly string[];
  /** Language codes every candidate must speak (hard filter). 日本語 ('ja') is taken as spoken by all. */
  readonly requiredLanguages: readonly string[];
}

/** One registered 特技 (skill). */
export interface MatchCandidateSkill {
  readonly categoryCode: string;
  /** What the person wrote about it: 「草むしりが得意です」. */
  readonly ownWords: string | null;
  readonly level: SkillLevel | `${SkillLevel}`;
}

/** A volunteer as the engine sees them. */
export interface MatchCandidateInput {
  /** Also the tie-break: equal totals are ordered by personId, so the order never changes by chance. */
  readonly personId: string;
  readonly skills: readonly MatchCandidateSkill[];
  /** 活動できる曜日・時間帯 as a mask: see `slotsToMask` (0 = not said). */
  readonly weeklySlotsMask: number;
  /** YYYY-MM-DD dates the person cannot take part. */
  readonly datesOff: readonly string[];
  /** お住まいの地区 */
  readonly homeAreaId: string | null;
  /** Areas the person can go to. */
  readonly areaIds: readonly string[];
  /** The centre of the home area, for distances. */
  readonly homeCentroid: GeoPoint | null;
  readonly inPerson: boolean;
  readonly online: boolean;
  /** Language codes the person speaks. */
  readonly languages: readonly string[];
  /** Qualification codes the person holds. */
  readonly qualifications: readonly string[];
  /** ボランティア活動保険; a VolunteerInsurance fits. */
  readonly insurance: InsuranceCover | null;
  /** Activities in the last 90 days (fairness). */
  readonly recentActivityCount: number;
  /** Completed activities, ever (reliability). */
  readonly completedCount: number;
  /** Activities they did not turn up for, ever (reliability). */
  readonly noShowCount: number;
}

export interface MatchContext {
  /** Today in Japan, YYYY-MM-DD: the start of flexible and weekly requests already running. */
  readonly today: string;
}

/** A candidate's score for a request, with one reason per factor in ja and en. */
export interface CandidateScore {
  /** False when a hard filter (qualification, language) fails; see `excludedBecause`. */
  readonly eligible: boolean;
  /** 0..100, to one decimal: Σ MATCH_WEIGHTS[factor] × value. */
  readonly total: number;
  /** One per factor, in MATCH_FACTORS order; value 0..1. */
  readonly factors: ScoreFactor[];
  /** Hard flags shown beside the candidate (no insurance on the activity date …). */
  readonly warnings: LocalizedReason[];
  readonly excludedBecause: LocalizedReason | null;
}

export interface RankedCandidate<C extends MatchCandidateInput = MatchCandidateInput> {
  /** The candidate as passed in (with any extra fields the caller added). */
  readonly candidate: C;
  readonly score: CandidateScore;
}
