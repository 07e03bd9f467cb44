import type { Locale, RequestSchedule } from '@tsunagu/contracts';
import { scheduleText } from '../../requests/util/request-schedule';
import { categoryLabel, joinLabels } from '../../shared/util/taxonomy-labels';

/**
 * What a request says about itself wherever the match flow shows it (the console, the 打診 link,
 * 「あなたへのおすすめの依頼」, 「あなたのマッチング」): its categories, when, the area and the center,
 * in the reader's language. Never the address: that is shared only once a match is approved.
 */
export interface RequestFacts {
  /** 「庭仕事、買い物の手伝い」; empty when the source names no categories. */
  categories: string;
  /** The schedule in words; null when the day is still to be agreed. */
  when: string | null;
  /** null when the request names no area. */
  area: string | null;
  center: string;
}

/** The request's fields the facts are made from, as the API sends them on each of those pages. */
export interface RequestFactsSource {
  categoryCodes?: readonly string[];
  schedule: RequestSchedule | null;
  areaNameJa: string | null;
  areaNameEn: string | null;
  centerNameJa: string;
  centerNameEn: string;
}

/** The facts in `lang`; an English name left blank falls back to the Japanese one. */
export function requestFacts(source: RequestFactsSource, lang: Locale): RequestFacts {
  return {
    categories: joinLabels(
      (source.categoryCodes ?? []).map((code) => categoryLabel(code, lang)),
      lang,
    ),
    when: scheduleText(source.schedule, lang),
    area: (lang === 'en' ? source.areaNameEn || source.areaNameJa : source.areaNameJa) ?? null,
    center: lang === 'en' ? source.centerNameEn || source.centerNameJa : source.centerNameJa,
  };
}
