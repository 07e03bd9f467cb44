import type { Locale, RequestFields, RequestSchedule } from '@tsunagu/contracts';
import { joinLabels, languageLabel, qualificationLabel } from '../../shared/util/taxonomy-labels';
import type { RequestField, RequestStep } from './request-draft';
import { REQUEST_LABEL_KEYS } from './request-fields';
import { categoryNames } from './request-query';
import { scheduleText } from './request-schedule';

/**
 * The request's answers as label–value rows, grouped by the step that asks them: the
 * confirmation page (with 「変更する」 per row) and the detail pages show the same rows.
 */

/** What the rows are made from: the form's fields, or a saved request (which may have no schedule yet). */
export type SummaryInput = Omit<RequestFields, 'areaId' | 'schedule' | 'sensitiveConsent'> & { schedule: RequestSchedule | null };

export interface SummaryRow {
  field: RequestField;
  labelKey: string;
  /** The answer as text, or null for 「なし」. */
  text: string | null;
  /** Answers that are a fixed phrase (オンライン: はい/いいえ) give a translation key instead. */
  key?: string;
  /** 要配慮個人情報: marked as such. */
  sensitive?: boolean;
}

export interface SummarySection {
  step: RequestStep;
  rows: SummaryRow[];
}

export interface SummaryContext {
  lang: Locale;
  areaName: string | null;
  /** Shown for a member's form (which group asks); null leaves the row out. */
  organisationName: string | null;
  /** Coordinators see the sensitive notes row. */
  showSensitive: boolean;
}

const row = (field: RequestField, text: string | null, extra: Partial<SummaryRow> = {}): SummaryRow => ({
  field,
  labelKey: REQUEST_LABEL_KEYS[field],
  text: text === null || text.trim() === '' ? null : text,
  ...extra,
});

export function summarySections(request: SummaryInput, context: SummaryContext): SummarySection[] {
  const { lang } = context;
  const content: SummaryRow[] = [
    ...(context.organisationName !== null ? [row('organisationId', context.organisationName)] : []),
    row('title', request.title),
    row('description', request.description),
    row('categoryCodes', categoryNames(request.categoryCodes, lang)),
  ];
  const place: SummaryRow[] = [
    row('areaId', context.areaName),
    row('address', request.address),
    row('online', null, { key: request.online ? 'requests.summary.onlineYes' : 'requests.summary.onlineNo' }),
    row('headcount', lang === 'ja' ? `${request.headcount}人` : `${request.headcount}`),
    row(
      'requiredQualifications',
      joinLabels(
        request.requiredQualifications.map((code) => qualificationLabel(code, lang)),
        lang,
      ),
    ),
    row(
      'requiredLanguages',
      joinLabels(
        request.requiredLanguages.map((code) => languageLabel(code, lang)),
        lang,
      ),
    ),
    row('accessibilityNotes', request.accessibilityNotes),
    row('whatToBring', request.whatToBring),
    row('costsNote', request.costsNote),
    ...(context.showSensitive ? [row('sensitiveNotes', request.sensitiveNotes, { sensitive: true })] : []),
  ];
  return [
    { step: 'content', rows: content },
    { step: 'schedule', rows: [row('scheduleKind', scheduleText(request.schedule, lang))] },
    { step: 'place', rows: place },
  ];
}
