/**
 * A request worked out once per ranking: everything about the request that every candidate is
 * compared with, so scoring a candidate is a few lookups and no allocation.
 */
import type { LocalizedReason } from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf, fiscalYearOf, weekdayIndexOf } from './calendar-date';
import { toRadians } from './geo-distance';
import type { MatchContext, MatchRequestInput } from './match-input';
import { MATCH_TUNING } from './match-weights';
import { mustBeWholeWord } from './phrase-index';
import { type CategorySuggestion, suggestCategories } from './suggest-categories';
import { SKILL_CATEGORIES, skillCategory } from './skill-taxonomy';
import { searchTerms, type SearchTerm } from './text-match';
import { ALL_SLOTS_MASK, dayMask, periodsBetween, slotCount, slotsToMask } from './weekly-slots';

/** How a skill's category relates to the request. */
export const CategoryMatch = {
  None: 0,
  /** One of the categories asked for. */
  Exact: 1,
  /** The request's text names the skill's category (「運び出し」 → 運搬・力仕事). */
  NamedInText: 2,
  /** The request's words are in the person's own words. */
  OwnWords: 3,
  /** Another category in the same field (group). */
  SameGroup: 4,
  /** The request names no category, so skills are not compared. */
  NotCompared: 5,
} as const;
export type CategoryMatch = (typeof CategoryMatch)[keyof typeof CategoryMatch];

/** Set on a category code when it is also in the same group as a requested one. */
export const IN_GROUP = 8;

/** Flexible ranges up to this many days are checked date by date against dates off. */
const SHORT_RANGE_DAYS = 14;

export interface RequestedCategory {
  readonly code: string;
  readonly label: LocalizedReason;
}

export interface PreparedRequest {
  readonly request: MatchRequestInput;
  readonly today: string;

  // --- category ---
  /** The categories compared exactly: the request's codes, or those its text names. */
  readonly requested: readonly RequestedCategory[];
  /** Category code → CategoryMatch (| IN_GROUP) for every category that is more than None. */
  readonly categoryMatch: ReadonlyMap<string, number>;
  /** Category code → the request's word naming it (NamedInText). */
  readonly textWordOf: ReadonlyMap<string, string>;
  /** Search keys of the request's activity words, longest first, looked for in own words. */
  readonly needles: readonly SearchTerm[];

  // --- availability ---
  /** Slots asked for: once = the periods on the date; weekly = its slots; flexible = the range's weekdays. */
  readonly slotMask: number;
  readonly slotTotal: number;
  /** Once: the date. */
  readonly onceDate: string | null;
  /** Flexible ranges of up to two weeks, date by date. */
  readonly rangeDays: readonly { readonly date: string; readonly mask: number }[] | null;
  /** Flexible: the range considered (from today when already running). */
  readonly rangeFrom: string | null;
  readonly rangeUntil: string | null;

  // --- place ---
  readonly hasCentroid: boolean;
  readonly latRad: number;
  readonly lngRad: number;
  readonly cosLat: number;

  // --- requirements ---
  /** Required languages other than Japanese. */
  readonly languagesToCheck: readonly string[];

  // --- insurance ---
  /** The first activity date (once: the date; otherwise the later of start and today). */
  readonly insuranceDate: string;
  readonly insuranceDateFiscalYear: number;
  /** The last date asked for when there is one after the first (weekly with an end, flexible). */
  readonly insuranceUntil: string | null;
  readonly insuranceUntilFiscalYear: number;
  /** How to name insuranceDate in a reason. */
  readonly insuranceDateRole: 'activity' | 'first' | 'today';
}

export function prepareRequest(request: MatchRequestInput, context: MatchContext): PreparedRequest {
  const today = context.today;
  dayNumberOf(today); // a malformed today fails here, loudly, not as a quietly wrong ranking
  return {
    request,
    today,
    ...prepareCategories(request),
    ...prepareSchedule(request, today),
    ...preparePlace(request),
    languagesToCheck: request.requiredLanguages.filter((code) => code !== 'ja'),
    ...prepareInsuranceDates(request, today),
  };
}

/**
 * What the candidates' pre-filter looks for, from one reading of the request's text: the
 * categories given and those the text names, and the search keys of the engine's needles (looked
 * up in the volunteers' `ownWordsTerms`).
 */
export function requestLookups(request: Pick<MatchRequestInput, 'text' | 'categoryCodes'>): { categoryCodes: string[]; words: string[] } {
  const { suggestions, exactCodes } = categoriesAskedFor(request);
  return {
    categoryCodes: [...new Set([...request.categoryCodes, ...suggestions.map((suggestion) => suggestion.code)])],
    words: needlesOf(exactCodes, suggestions).map((needle) => needle.key),
  };
}

/** What the request's text names, and the categories compared exactly: those given, or else those named. */
function categoriesAskedFor(request: Pick<MatchRequestInput, 'text' | 'categoryCodes'>) {
  const suggestions = suggestCategories(request.text, { includeHints: false });
  const givenCodes = [...new Set(request.categoryCodes)];
  const exactCodes = givenCodes.length > 0 ? givenCodes : suggestions.map((suggestion) => suggestion.code);
  return { suggestions, exactCodes };
}

function prepareCategories(request: MatchRequestInput) {
  const { suggestions, exactCodes } = categoriesAskedFor(request);
  const exact = new Set<string>(exactCodes);
  const groups = new Set(exactCodes.map((code) => skillCategory(code)?.group).filter((group) => group !== undefined));

  const textWordOf = new Map<string, string>();
  for (const suggestion of suggestions) {
    if (!exact.has(suggestion.code) && suggestion.matched[0]) textWordOf.set(suggestion.code, suggestion.matched[0]);
  }

  const categoryMatch = new Map<string, number>();
  for (const code of exactCodes) categoryMatch.set(code, CategoryMatch.Exact);
  for (const category of SKILL_CATEGORIES) {
    if (exact.has(category.code)) continue;
    const inGroup = groups.has(category.group) ? IN_GROUP : 0;
    if (textWordOf.has(category.code)) categoryMatch.set(category.code, CategoryMatch.NamedInText | inGroup);
    else if (inGroup) categoryMatch.set(category.code, CategoryMatch.SameGroup | IN_GROUP);
  }

  return {
    requested: exactCodes.map((code) => {
      const category = skillCategory(code);
      return { code, label: category ? { ja: category.ja, en: category.en } : { ja: code, en: code } };
    }),
    categoryMatch,
    textWordOf,
    needles: needlesOf(exactCodes, suggestions),
  };
}

/**
 * The words for what is asked: the requested categories' names and aliases, and the taxonomy
 * words in the request, longest first. Words that only count as whole words (庭, PC) are left
 * out: an own-words check is a plain substring test and would find 庭 in 家庭.
 */
function needlesOf(exactCodes: readonly string[], suggestions: readonly CategorySuggestion[]): SearchTerm[] {
  const words: string[] = [];
  for (const code of exactCodes) {
    const category = skillCategory(code);
    if (category) words.push(category.ja, category.kana, ...category.aliases);
  }
  for (const suggestion of suggestions) words.push(...suggestion.matched);
  const needles = new Map<string, SearchTerm>();
  for (const word of words) {
    for (const term of searchTerms(word)) {
      if (!mustBeWholeWord(term.key) && !needles.has(term.key)) needles.set(term.key, term);
    }
  }
  return [...needles.values()].sort((a, b) => b.key.length - a.key.length);
}

function prepareSchedule(request: MatchRequestInput, today: string) {
  const schedule = request.schedule;
  const none = { onceDate: null, rangeDays: null, rangeFrom: null, rangeUntil: null };
  switch (schedule.kind) {
    case 'once': {
      const slotMask = periodsBetween(weekdayIndexOf(schedule.date), schedule.startTime, schedule.endTime);
      return { ...none, slotMask, slotTotal: slotCount(slotMask), onceDate: schedule.date };
    }
    case 'weekly': {
      const slotMask = slotsToMask(schedule.slots);
      return { ...none, slotMask, slotTotal: slotCount(slotMask) };
    }
    case 'flexible': {
      // A range already running counts from today; one already over, as it was.
      const from = schedule.from < today && today <= schedule.until ? today : schedule.from;
      const first = dayNumberOf(from);
      const days = Math.max(1, dayNumberOf(schedule.until) - first + 1);
      const rangeDays: { date: string; mask: number }[] = [];
      let slotMask = days >= 7 ? ALL_SLOTS_MASK : 0;
      for (let offset = 0; offset < Math.min(days, SHORT_RANGE_DAYS); offset++) {
        const date = dateOfDayNumber(first + offset);
        const mask = dayMask(weekdayIndexOf(date));
        rangeDays.push({ date, mask });
        slotMask |= mask;
      }
      return {
        slotMask,
        slotTotal: slotCount(slotMask),
        onceDate: null,
        rangeDays: days <= SHORT_RANGE_DAYS ? rangeDays : null,
        rangeFrom: from,
        rangeUntil: schedule.until,
      };
    }
  }
}

function preparePlace(request: MatchRequestInput) {
  const centroid = request.areaCentroid;
  const hasCentroid = !!centroid && Number.isFinite(centroid.lat) && Number.isFinite(centroid.lng);
  const latRad = hasCentroid ? toRadians(centroid.lat) : 0;
  return { hasCentroid, latRad, lngRad: hasCentroid ? toRadians(centroid.lng) : 0, cosLat: Math.cos(latRad) };
}

function prepareInsuranceDates(request: MatchRequestInput, today: string) {
  const schedule = request.schedule;
  if (schedule.kind === 'once') {
    return {
      insuranceDate: schedule.date,
      insuranceDateFiscalYear: fiscalYearOf(schedule.date),
      insuranceUntil: null,
      insuranceUntilFiscalYear: fiscalYearOf(schedule.date),
      insuranceDateRole: 'activity' as const,
    };
  }
  const running = schedule.from < today && (schedule.until === null || today <= schedule.until);
  const first = running ? today : schedule.from;
  const until = schedule.until !== null && schedule.until > first ? schedule.until : null;
  return {
    insuranceDate: first,
    insuranceDateFiscalYear: fiscalYearOf(first),
    insuranceUntil: until,
    insuranceUntilFiscalYear: fiscalYearOf(until ?? first),
    insuranceDateRole: running ? ('today' as const) : ('first' as const),
  };
}

/** The value of a category match before the skill's level: see MATCH_TUNING. */
export function categoryMatchValue(match: number): number {
  const inGroup = (match & IN_GROUP) !== 0;
  switch (match & ~IN_GROUP) {
    case CategoryMatch.Exact:
      return 1;
    case CategoryMatch.NamedInText:
    case CategoryMatch.OwnWords:
      return inGroup ? MATCH_TUNING.textMatchInSameGroup : MATCH_TUNING.textMatch;
    case CategoryMatch.SameGroup:
      return MATCH_TUNING.sameGroup;
    case CategoryMatch.NotCompared:
      return MATCH_TUNING.noRequestedCategory;
    default:
      return 0;
  }
}
