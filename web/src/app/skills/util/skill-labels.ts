import type { AreaSummary, Locale } from '@tsunagu/contracts';
import {
  type CategorySuggestion,
  language,
  LANGUAGES,
  qualification,
  QUALIFICATIONS,
  skillCategoriesInGroup,
  skillCategory,
  SKILL_GROUPS,
  suggestCategories,
} from '@tsunagu/matching';

/**
 * The taxonomy's codes (@tsunagu/matching) in the reader's language, for the registration form and
 * its confirmation. An unknown code (a retired one) is shown as it is rather than hidden.
 */

export interface CodeOption {
  code: string;
  label: string;
}

export interface CodeGroup {
  code: string;
  label: string;
  options: CodeOption[];
}

const text = (item: { ja: string; en: string }, lang: Locale) => (lang === 'en' ? item.en : item.ja);

/** The category picker: the taxonomy's headings, each with its categories. */
export function categoryGroups(lang: Locale): CodeGroup[] {
  return SKILL_GROUPS.map((group) => ({
    code: group.code,
    label: text(group, lang),
    options: skillCategoriesInGroup(group.code).map((category) => ({ code: category.code, label: text(category, lang) })),
  })).filter((group) => group.options.length > 0);
}

export function categoryLabel(code: string, lang: Locale): string {
  const category = skillCategory(code);
  return category ? text(category, lang) : code;
}

export function qualificationOptions(lang: Locale): CodeOption[] {
  return QUALIFICATIONS.map((item) => ({ code: item.code, label: text(item, lang) }));
}

export function qualificationLabel(code: string, lang: Locale): string {
  const item = qualification(code);
  return item ? text(item, lang) : code;
}

export function languageOptions(lang: Locale): CodeOption[] {
  return LANGUAGES.map((item) => ({ code: item.code, label: text(item, lang) }));
}

export function languageLabel(code: string, lang: Locale): string {
  const item = language(code);
  return item ? text(item, lang) : code;
}

/** 「看護師、保育士」 / "Nurse, Childcare worker". */
export function joinLabels(labels: readonly string[], lang: Locale): string {
  return labels.join(lang === 'en' ? ', ' : '、');
}

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

/** The areas of GET /api/areas under their center's name, in the API's order. */
export function areasByCenter(areas: readonly AreaSummary[], lang: Locale): CodeGroup[] {
  const groups: CodeGroup[] = [];
  for (const area of areas) {
    const center = lang === 'en' ? area.centerNameEn || area.centerNameJa : area.centerNameJa;
    let group = groups.find((candidate) => candidate.code === area.centerNameJa);
    if (!group) {
      group = { code: area.centerNameJa, label: center, options: [] };
      groups.push(group);
    }
    group.options.push({ code: area.id, label: lang === 'en' ? area.nameEn || area.nameJa : area.nameJa });
  }
  return groups;
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
