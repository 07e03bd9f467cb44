/**
 * The scoring core shared by ranking (fast path: numbers only) and explaining (reasons built
 * from what is recorded here). One code path, so the order of a ranking and the totals shown
 * beside it always agree.
 *
 * Allocation-free per candidate except where noted: ranking 100,000 candidates reuses one
 * Evaluation.
 */
import { haversineKm } from './geo-distance';
import type { MatchCandidateInput, MatchCandidateSkill } from './match-input';
import { MATCH_FACTORS, MATCH_TUNING, MATCH_WEIGHTS } from './match-weights';
import { normalizeJapanese } from './normalize-japanese';
import { CategoryMatch, categoryMatchValue, IN_GROUP, type PreparedRequest } from './prepare-request';
import { slotCount } from './weekly-slots';

/** Factor positions in Evaluation.values: the order of MATCH_FACTORS. */
export const F = {
  category: 0,
  availability: 1,
  distance: 2,
  language: 3,
  qualification: 4,
  insurance: 5,
  fairness: 6,
  reliability: 7,
} as const satisfies { [K in (typeof MATCH_FACTORS)[number]]: number };

const WEIGHTS = Float64Array.from(MATCH_FACTORS, (factor) => MATCH_WEIGHTS[factor]);

export const Availability = { Unknown: 0, DateOff: 1, Slots: 2, RangeDatesOff: 3 } as const;
export const Place = { Online: 0, NotOnline: 1, OnlineOnly: 2, HomeArea: 3, ListedArea: 4, Distance: 5, Unknown: 6 } as const;
export const Cover = { Covered: 0, EndsDuring: 1, None: 2, NotStarted: 3, Ended: 4 } as const;

/** Fairness values for 0..63 recent activities (beyond: 0). */
const FAIRNESS = Float64Array.from({ length: 64 }, (_, count) => Math.pow(0.5, count / MATCH_TUNING.fairnessHalvingActivities));

/** What one candidate scored and why; reused from candidate to candidate while ranking. */
export class Evaluation {
  /** Factor values 0..1 in MATCH_FACTORS order. */
  readonly values = new Float64Array(MATCH_FACTORS.length);
  eligible = true;
  /** Σ weight × value, unrounded. */
  sum = 0;

  /** CategoryMatch (| IN_GROUP) of the best skill. */
  categoryMatch = 0;
  /** Index of the best skill, -1 for none. */
  categorySkill = -1;
  /** Own-words match: index into PreparedRequest.needles. */
  categoryNeedle = -1;
  /** The most the own-words check could still lift the category value to (0: nothing to check). */
  ownWordsPotential = 0;

  availability = 0;
  /** The candidate's slots among those asked for. */
  coveredSlots = 0;
  place = 0;
  distanceKm = NaN;
  cover = 0;
}

export function totalOf(evaluation: Evaluation): number {
  return Math.round(evaluation.sum * 10) / 10;
}

/** Every factor except the own-words check, which `refineOwnWords` adds when it can matter. */
export function evaluateBase(request: PreparedRequest, candidate: MatchCandidateInput, out: Evaluation): void {
  // Each step writes its value into `out.values` rather than returning it: a double returned from
  // a call that is not inlined is boxed, and that would be an allocation per candidate.
  const values = out.values;
  scoreCategory(request, candidate.skills, out);
  scoreAvailability(request, candidate, out);
  scorePlace(request, candidate, out);
  const speaks = holdsAll(candidate.languages, request.languagesToCheck);
  const holds = holdsAll(candidate.qualifications, request.request.requiredQualifications);
  values[F.language] = speaks ? 1 : 0;
  values[F.qualification] = holds ? 1 : 0;
  out.eligible = speaks && holds;
  scoreInsurance(request, candidate, out);
  const recent = candidate.recentActivityCount > 0 ? Math.floor(candidate.recentActivityCount) : 0;
  values[F.fairness] = recent < FAIRNESS.length ? FAIRNESS[recent] : 0;
  writeReliability(candidate.completedCount, candidate.noShowCount, values);
  writeSum(out);
}

/**
 * Looks for the request's words in the own words of skills that did not already match well
 * (normalising text is the one costly step, so ranking skips it when it cannot change the top).
 */
export function refineOwnWords(request: PreparedRequest, candidate: MatchCandidateInput, out: Evaluation): void {
  if (out.ownWordsPotential === 0) return;
  out.ownWordsPotential = 0;
  const skills = candidate.skills;
  let best = out.values[F.category];
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i];
    const match = request.categoryMatch.get(skill.categoryCode) ?? CategoryMatch.None;
    if (!ownWordsCanLift(match) || !skill.ownWords) continue;
    const inGroup = match & IN_GROUP;
    const value = categoryMatchValue(CategoryMatch.OwnWords | inGroup) * levelValue(skill.level);
    if (value <= best) continue;
    const needle = findNeedle(request, normalizeJapanese(skill.ownWords));
    if (needle < 0) continue;
    best = value;
    out.categoryMatch = CategoryMatch.OwnWords | inGroup;
    out.categorySkill = i;
    out.categoryNeedle = needle;
  }
  if (best !== out.values[F.category]) {
    out.values[F.category] = best;
    writeSum(out);
  }
}

/** The total if the own-words check found the best it could: an upper bound for ranking. */
export function upperBoundTotal(out: Evaluation): number {
  const gain = out.ownWordsPotential - out.values[F.category];
  return gain > 0 ? Math.round((out.sum + WEIGHTS[F.category] * gain) * 10) / 10 : totalOf(out);
}

function scoreCategory(request: PreparedRequest, skills: readonly MatchCandidateSkill[], out: Evaluation): void {
  out.categorySkill = -1;
  out.categoryNeedle = -1;
  out.ownWordsPotential = 0;
  if (request.requested.length === 0) {
    out.categoryMatch = CategoryMatch.NotCompared;
    out.values[F.category] = categoryMatchValue(CategoryMatch.NotCompared);
    return;
  }
  out.categoryMatch = CategoryMatch.None;
  let best = 0;
  let potential = 0;
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i];
    const match = request.categoryMatch.get(skill.categoryCode) ?? CategoryMatch.None;
    const level = levelValue(skill.level);
    const value = categoryMatchValue(match) * level;
    if (value > best) {
      best = value;
      out.categoryMatch = match;
      out.categorySkill = i;
    }
    if (ownWordsCanLift(match) && skill.ownWords && request.needles.length > 0) {
      const possible = categoryMatchValue(CategoryMatch.OwnWords | (match & IN_GROUP)) * level;
      if (possible > potential) potential = possible;
    }
  }
  out.ownWordsPotential = potential > best ? potential : 0;
  out.values[F.category] = best;
}

/** Only skills that matched by field or not at all can gain from their own words. */
function ownWordsCanLift(match: number): boolean {
  const kind = match & ~IN_GROUP;
  return kind === CategoryMatch.None || kind === CategoryMatch.SameGroup;
}

function findNeedle(request: PreparedRequest, ownWordsKey: string): number {
  const needles = request.needles;
  for (let n = 0; n < needles.length; n++) if (ownWordsKey.includes(needles[n].key)) return n;
  return -1;
}

export function levelValue(level: string): number {
  switch (level) {
    case 'professional':
      return MATCH_TUNING.level.professional;
    case 'beginner':
      return MATCH_TUNING.level.beginner;
    default:
      return MATCH_TUNING.level.experienced;
  }
}

function scoreAvailability(request: PreparedRequest, candidate: MatchCandidateInput, out: Evaluation): void {
  const mask = candidate.weeklySlotsMask;
  out.coveredSlots = mask & request.slotMask;
  if (request.onceDate !== null && candidate.datesOff.length > 0 && candidate.datesOff.includes(request.onceDate)) {
    out.availability = Availability.DateOff;
    out.values[F.availability] = 0;
    return;
  }
  if (mask === 0 || request.slotTotal === 0) {
    out.availability = Availability.Unknown;
    out.values[F.availability] = MATCH_TUNING.unknown;
    return;
  }
  out.availability = Availability.Slots;
  if (request.rangeFrom !== null) {
    // Flexible: one free slot in the range is enough.
    const days = request.rangeDays;
    if (days !== null && candidate.datesOff.length > 0 && out.coveredSlots !== 0) {
      out.coveredSlots = 0;
      for (let d = 0; d < days.length; d++) {
        if ((days[d].mask & mask) !== 0 && !candidate.datesOff.includes(days[d].date)) out.coveredSlots |= days[d].mask & mask;
      }
      if (out.coveredSlots === 0) out.availability = Availability.RangeDatesOff;
    }
    out.values[F.availability] = out.coveredSlots !== 0 ? 1 : 0;
    return;
  }
  out.values[F.availability] = slotCount(out.coveredSlots) / request.slotTotal;
}

function scorePlace(request: PreparedRequest, candidate: MatchCandidateInput, out: Evaluation): void {
  const asked = request.request;
  out.distanceKm = NaN;
  if (asked.online) {
    out.place = candidate.online ? Place.Online : Place.NotOnline;
    out.values[F.distance] = candidate.online ? 1 : 0;
    return;
  }
  if (!candidate.inPerson) {
    out.place = Place.OnlineOnly;
    out.values[F.distance] = 0;
    return;
  }
  if (asked.areaId !== null && candidate.homeAreaId === asked.areaId) {
    out.place = Place.HomeArea;
    out.values[F.distance] = 1;
    return;
  }
  if (asked.areaId !== null && candidate.areaIds.includes(asked.areaId)) {
    out.place = Place.ListedArea;
    out.values[F.distance] = 1;
    return;
  }
  const home = candidate.homeCentroid;
  if (request.hasCentroid && home !== null && Number.isFinite(home.lat) && Number.isFinite(home.lng)) {
    const km = haversineKm(request.latRad, request.lngRad, request.cosLat, home.lat, home.lng);
    out.place = Place.Distance;
    out.distanceKm = km;
    const { fullDistanceKm: full, zeroDistanceKm: zero } = MATCH_TUNING;
    out.values[F.distance] = km <= full ? 1 : km >= zero ? 0 : (zero - km) / (zero - full);
    return;
  }
  out.place = Place.Unknown;
  out.values[F.distance] = MATCH_TUNING.unknown;
}

function holdsAll(held: readonly string[], required: readonly string[]): boolean {
  for (let i = 0; i < required.length; i++) if (!held.includes(required[i])) return false;
  return true;
}

function scoreInsurance(request: PreparedRequest, candidate: MatchCandidateInput, out: Evaluation): void {
  const insurance = candidate.insurance;
  if (insurance === null) {
    out.cover = Cover.None;
    out.values[F.insurance] = 0;
    return;
  }
  if (insurance.coverStart > request.insuranceDate) {
    out.cover = Cover.NotStarted;
    out.values[F.insurance] = 0;
    return;
  }
  if (request.insuranceDateFiscalYear > insurance.fiscalYear) {
    out.cover = Cover.Ended;
    out.values[F.insurance] = 0;
    return;
  }
  if (request.insuranceUntil !== null && request.insuranceUntilFiscalYear > insurance.fiscalYear) {
    out.cover = Cover.EndsDuring;
    out.values[F.insurance] = MATCH_TUNING.insuranceEndsDuring;
    return;
  }
  out.cover = Cover.Covered;
  out.values[F.insurance] = 1;
}

function writeReliability(completedCount: number, noShowCount: number, values: Float64Array): void {
  const completed = completedCount > 0 ? completedCount : 0;
  const noShows = noShowCount > 0 ? noShowCount : 0;
  const prior = MATCH_TUNING.reliabilityPrior;
  values[F.reliability] = (completed + prior) / (completed + noShows + prior);
}

function writeSum(out: Evaluation): void {
  const values = out.values;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += WEIGHTS[i] * values[i];
  out.sum = sum;
}
