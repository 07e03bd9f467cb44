/**
 * How much each factor counts in a candidate's score, and the curves behind the factor values.
 * Tuned here, in one place, so a coordinator's question 「なぜこの順番？」 has one answer.
 */
import type { ScoreFactor } from '@tsunagu/contracts';

export type MatchFactor = ScoreFactor['factor'];

/** The factors in the order their reasons are shown. */
export const MATCH_FACTORS = [
  'category',
  'availability',
  'distance',
  'language',
  'qualification',
  'insurance',
  'fairness',
  'reliability',
] as const satisfies readonly MatchFactor[];

/**
 * Points per factor (they sum to 100): a candidate's total is Σ weight × value, value 0..1.
 *
 * - category 30: can they do what is asked (taxonomy category, its field, their own words).
 * - availability 20: are they usually free when it is needed.
 * - distance 20: can they get there (their areas, else the distance from home).
 * - fairness 10: people asked less often lately come first, so the same few are not always asked.
 * - reliability 8: past no-shows count against, gently.
 * - insurance 6: cover on the activity date; a gap is also a warning (a flag, not a filter).
 * - language 3, qualification 3: hard filters; a candidate without them is not eligible, so for
 *   eligible candidates these are always full.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchFactor, number>> = {
  category: 30,
  availability: 20,
  distance: 20,
  fairness: 10,
  reliability: 8,
  insurance: 6,
  language: 3,
  qualification: 3,
};

/** The shapes of the factor values. */
export const MATCH_TUNING = {
  /** category: the skill's level scales its value. */
  level: { beginner: 0.85, experienced: 0.95, professional: 1 },
  /** category: the request's words in the person's own words, or the request's text naming their category. */
  textMatch: 0.6,
  /** category: a category in the same field (group) as the request's. */
  sameGroup: 0.4,
  /** category: both of the above. */
  textMatchInSameGroup: 0.7,
  /** category: the request has no category and its text names none, so skills are not compared. */
  noRequestedCategory: 0.5,
  /** availability / distance: the person has not said when they are free / where they live. */
  unknown: 0.3,
  /** distance: full at or below this many km from home… */
  fullDistanceKm: 1,
  /** …falling in a straight line to nothing at this many km. */
  zeroDistanceKm: 10,
  /** fairness: the value halves with every this many activities in the last 90 days (0 = full). */
  fairnessHalvingActivities: 2,
  /** reliability: (completed + prior) / (completed + no-shows + prior), so one early no-show is not fatal. */
  reliabilityPrior: 4,
  /** insurance: covered on the first day but ending before the last day asked for. */
  insuranceEndsDuring: 0.8,
} as const;
