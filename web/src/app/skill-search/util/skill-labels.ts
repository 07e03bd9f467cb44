import type { Locale, PublicSkillListing, SkillLevel, VolunteerSearchResult } from '@tsunagu/contracts';
import { language, LANGUAGES, qualification, QUALIFICATIONS, skillCategoriesInGroup, skillCategory, SKILL_GROUPS } from '@tsunagu/matching';

/**
 * The skills bank's codes in words, from the taxonomy in @tsunagu/matching: category, qualification
 * and language labels in the UI language, and the options of the search forms. An unknown code (a
 * retired one) is shown as it is rather than hidden.
 */

export interface CodeOption {
  code: string;
  label: string;
}

/** One <optgroup> of the category select: a heading of the taxonomy and its categories. */
export interface CodeGroup {
  label: string;
  options: CodeOption[];
}

const text = (item: { ja: string; en: string }, lang: Locale) => (lang === 'en' ? item.en : item.ja);

export function categoryGroups(lang: Locale): CodeGroup[] {
  return SKILL_GROUPS.map((group) => ({
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

/** Languages in taxonomy order. */
export function languageOptions(lang: Locale): CodeOption[] {
  return LANGUAGES.map((item) => ({ code: item.code, label: text(item, lang) }));
}

export function languageLabel(code: string, lang: Locale): string {
  const item = language(code);
  return item ? text(item, lang) : code;
}

/** A list of labels as a reader writes it: 「看護師、保育士」 / "Nurse, Childcare worker". */
export function joinLabels(labels: readonly string[], lang: Locale): string {
  return labels.join(lang === 'en' ? ', ' : '、');
}

export interface SkillLine {
  category: string;
  ownWords: string;
}

/** One result of the coordinators' search, worded for a card. */
export interface VolunteerCard {
  personId: string;
  name: string;
  nameKana: string | null;
  center: string;
  homeArea: string | null;
  skills: (SkillLine & { level: SkillLevel })[];
  /** '' when none. */
  qualifications: string;
  languages: string;
  insuredToday: boolean;
  /** Why this person matched, in the UI language. */
  reasons: string[];
}

export function volunteerCard(result: VolunteerSearchResult, lang: Locale): VolunteerCard {
  const en = lang === 'en';
  return {
    personId: result.personId,
    name: result.name,
    nameKana: result.nameKana,
    center: en ? result.centerNameEn || result.centerNameJa : result.centerNameJa,
    homeArea: en ? (result.homeAreaNameEn ?? result.homeAreaNameJa) : result.homeAreaNameJa,
    skills: result.skills.map((skill) => ({
      category: categoryLabel(skill.categoryCode, lang),
      ownWords: skill.ownWords,
      level: skill.level,
    })),
    qualifications: joinLabels(
      result.qualifications.map((code) => qualificationLabel(code, lang)),
      lang,
    ),
    languages: joinLabels(
      result.languages.map((code) => languageLabel(code, lang)),
      lang,
    ),
    insuredToday: result.insuredToday,
    reasons: result.reasons.map((reason) => (en ? reason.en || reason.ja : reason.ja)),
  };
}

/** One card of the public listing: nickname, area, skills, in person / online. Nothing else exists. */
export interface ListingCard {
  listingId: string;
  nickname: string;
  area: string | null;
  skills: SkillLine[];
  inPerson: boolean;
  online: boolean;
}

export function listingCard(listing: PublicSkillListing, lang: Locale): ListingCard {
  return {
    listingId: listing.listingId,
    nickname: listing.nickname,
    area: lang === 'en' ? (listing.areaNameEn ?? listing.areaNameJa) : listing.areaNameJa,
    skills: listing.skills.map((skill) => ({ category: categoryLabel(skill.categoryCode, lang), ownWords: skill.ownWords })),
    inPerson: listing.inPerson,
    online: listing.online,
  };
}
