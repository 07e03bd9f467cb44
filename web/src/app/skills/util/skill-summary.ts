import type { AreaSummary, DayPeriod, Locale, Weekday } from '@tsunagu/contracts';
import { formatCalendarDate } from '../../shared/util/calendar-date';
import { fiscalYearLabel } from './insurance';
import { draftInsurance, type SkillDraft, type SkillStep, SKILL_STEPS, TRANSPORTS } from './skill-draft';
import { areaLabel, formatDateOff } from './skill-labels';
import { categoryLabel, joinLabels, languageLabel, qualificationLabel } from '../../shared/util/taxonomy-labels';
import { slotsByDay } from './weekly-slots';

/** A value as typed by the person (`text`), a translation key with its parameters, or a day's times. */
export type SummaryValue =
  | { kind: 'text'; text: string }
  | { kind: 'key'; key: string; params?: Record<string, unknown> }
  | { kind: 'slot'; day: Weekday; periods: DayPeriod[] };

export interface SummaryRow {
  /** What is asked: a translation key, or the category's name for a 特技. */
  label: Extract<SummaryValue, { kind: 'text' | 'key' }>;
  values: SummaryValue[];
}

export interface SummarySection {
  step: SkillStep;
  rows: SummaryRow[];
}

const key = (k: string, params?: Record<string, unknown>) => ({ kind: 'key' as const, key: `skills.summary.${k}`, params });
const keyOf = (k: string) => ({ kind: 'key' as const, key: k });
const text = (t: string) => ({ kind: 'text' as const, text: t });
const orNone = (values: SummaryValue[], none = 'none'): SummaryValue[] => (values.length > 0 ? values : [key(none)]);

/**
 * Everything filled in, step by step, in words: what the confirmation page, the overview and
 * マイページ show. Nothing is left out, so the person sees exactly what will be registered.
 */
export function summaryOf(draft: SkillDraft, areas: readonly AreaSummary[], lang: Locale): SummarySection[] {
  const rows: Record<SkillStep, SummaryRow[]> = {
    skills:
      draft.skills.length > 0
        ? draft.skills.map((entry) => ({
            label: text(categoryLabel(entry.categoryCode, lang)),
            values: [
              ...(entry.ownWords.trim() ? [text(entry.ownWords.trim())] : []),
              entry.level ? keyOf(`skills.levels.${entry.level}`) : key('levelMissing'),
            ],
          }))
        : [{ label: key('skillsLabel'), values: [key('noSkills')] }],
    qualifications: [
      {
        label: key('qualificationsLabel'),
        values: orNone(
          draft.qualifications.length > 0
            ? [
                text(
                  joinLabels(
                    draft.qualifications.map((code) => qualificationLabel(code, lang)),
                    lang,
                  ),
                ),
              ]
            : [],
        ),
      },
      {
        label: key('languagesLabel'),
        values: orNone(
          draft.languages.length > 0
            ? [
                text(
                  joinLabels(
                    draft.languages.map((code) => languageLabel(code, lang)),
                    lang,
                  ),
                ),
              ]
            : [],
        ),
      },
    ],
    availability: [
      {
        label: key('slotsLabel'),
        values: orNone(
          slotsByDay(draft.weeklySlots).map((row) => ({ kind: 'slot' as const, ...row })),
          'noSlots',
        ),
      },
      {
        label: key('datesOffLabel'),
        values: orNone(draft.datesOff.map((date) => text(formatDateOff(date, lang)))),
      },
    ],
    places: [
      { label: key('homeAreaLabel'), values: orNone(draft.homeAreaId ? [text(areaLabel(draft.homeAreaId, areas, lang))] : []) },
      {
        label: key('areasLabel'),
        values: orNone(
          draft.areaIds.length > 0
            ? [
                text(
                  joinLabels(
                    draft.areaIds.map((id) => areaLabel(id, areas, lang)),
                    lang,
                  ),
                ),
              ]
            : [],
        ),
      },
      {
        label: key('howLabel'),
        values: orNone([...(draft.inPerson ? [key('inPerson')] : []), ...(draft.online ? [key('online')] : [])]),
      },
      {
        label: key('transportLabel'),
        values: orNone(TRANSPORTS.filter((t) => draft.transport.includes(t)).map((t) => keyOf(`skills.transport.${t}`))),
      },
    ],
    insurance: [
      { label: key('insuranceLabel'), values: insuranceValues(draft, lang) },
      {
        label: key('publicLabel'),
        values: [draft.publicListing ? key('listed', { nickname: draft.nickname.trim() }) : key('notListed')],
      },
    ],
  };
  return SKILL_STEPS.map((step) => ({ step, rows: rows[step] }));
}

function insuranceValues(draft: SkillDraft, lang: Locale): SummaryValue[] {
  if (draft.insured === 'no') return [key('notInsured')];
  const insurance = draftInsurance(draft);
  if (draft.insured === '' || !insurance) return [key('notAnswered')];
  return [
    keyOf(`skills.plans.${insurance.plan}`),
    key('fiscalYear', { year: fiscalYearLabel(insurance.fiscalYear, lang) }),
    key('coverStart', { date: formatCalendarDate(insurance.coverStart, lang) }),
  ];
}
