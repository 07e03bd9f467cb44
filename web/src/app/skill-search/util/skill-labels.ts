import type { Locale, PublicSkillListing, SkillLevel, VolunteerSearchResult } from '@tsunagu/contracts';

/** The search results and listing worded for cards; the taxonomy's labels are shared (taxonomy-labels). */
import { categoryLabel, joinLabels, languageLabel, qualificationLabel } from '../../shared/util/taxonomy-labels';

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
