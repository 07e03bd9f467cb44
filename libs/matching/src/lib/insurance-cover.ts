/**
 * ボランティア活動保険 (volunteer activity insurance): cover runs from the day it starts to
 * 31 March at the end of its fiscal year (April–March), whatever the plan.
 */
import type { VolunteerInsurance } from '@tsunagu/contracts';
import { fiscalYearOf } from './calendar-date';

/** What the cover check needs; a full VolunteerInsurance fits. */
export type InsuranceCover = Pick<VolunteerInsurance, 'fiscalYear' | 'coverStart'>;

/** The last day covered (YYYY-MM-DD): 31 March of fiscalYear + 1. */
export function insuranceCoverEnd(insurance: InsuranceCover): string {
  return `${insurance.fiscalYear + 1}-03-31`;
}

/** Whether the insurance covers an activity on `date` (YYYY-MM-DD). No insurance covers nothing. */
export function isInsuredOn(insurance: InsuranceCover | null | undefined, date: string): boolean {
  return !!insurance && insurance.coverStart <= date && fiscalYearOf(date) <= insurance.fiscalYear;
}
