import type { AreaSummary, Locale } from '@tsunagu/contracts';
import { type CategorySuggestion, suggestCategories } from '@tsunagu/matching';

/** The registration form's suggestions and wording; the taxonomy's labels are in shared/util/taxonomy-labels. */
/** How sure a suggestion must be to be offered: one alias written on its own is enough. */
export const SUGGESTION_MIN_SCORE = 0.5;
export const SUGGESTION_LIMIT = 3;

/**
 * Categories to offer for what the person wrote (「草むしりが得意です」 → 庭仕事), best first,
 * with whether each is chosen already. Hints alone (交換, 病院) are not offered.
 */
export function suggestionsFor(words: string, chosen: readonly string[]): (CategorySuggestion & { chosen: boolean })[] {
  if (words.trim() === '') return [];
  return suggestCategories(words, { minScore: SUGGESTION_MIN_SCORE, limit: SUGGESTION_LIMIT, includeHints: false }).map((suggestion) => ({
    ...suggestion,
    chosen: chosen.includes(suggestion.code),
  }));
}

export function areaLabel(id: string, areas: readonly AreaSummary[], lang: Locale): string {
  const area = areas.find((candidate) => candidate.id === id);
  if (!area) return id;
  return lang === 'en' ? area.nameEn || area.nameJa : area.nameJa;
}

/** A date off as people say it: 「2026年8月13日（木）」 / 「Thu, 13 August 2026」. */
export function formatDateOff(iso: string, lang: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'ja') {
    const weekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(date);
    return `${year}年${month}月${day}日（${weekday}）`;
  }
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
