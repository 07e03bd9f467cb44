import type { Locale } from '@tsunagu/contracts';
import { language, LANGUAGES, qualification, QUALIFICATIONS, skillCategoriesInGroup, skillCategory, SKILL_GROUPS } from '@tsunagu/matching';

/**
 * The taxonomy's codes (@tsunagu/matching) in the reader's language: category, qualification and
 * language labels and the options of the forms. An unknown code (a retired one) is shown as it is
 * rather than hidden.
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
