import type { LocalizedReason, SkillLevel } from '@tsunagu/contracts';
import type { MatchCandidateInput, MatchRequestInput } from '@tsunagu/matching';
import type { VolunteerRequest } from '../requests/volunteer-request.entity';
import type { CandidatePoolRow } from './candidate-pool-sql';

/** A volunteer as the matching engine sees them, from a row of the pre-filter. */
export function candidateInputOf(row: CandidatePoolRow): MatchCandidateInput {
  const codes = row.skill_codes ?? [];
  return {
    personId: row.person_id,
    skills: codes.map((categoryCode, index) => ({
      categoryCode,
      ownWords: row.skill_words?.[index] || null,
      level: (row.skill_levels?.[index] ?? 'experienced') as SkillLevel,
    })),
    weeklySlotsMask: row.weekly_slots,
    datesOff: row.dates_off ?? [],
    homeAreaId: row.home_area_id,
    areaIds: row.area_ids ?? [],
    homeCentroid: row.home_lat !== null && row.home_lng !== null ? { lat: row.home_lat, lng: row.home_lng } : null,
    inPerson: row.in_person,
    online: row.online,
    languages: row.languages ?? [],
    qualifications: row.qualifications ?? [],
    insurance:
      row.insurance_fiscal_year !== null && row.insurance_cover_start !== null
        ? { fiscalYear: row.insurance_fiscal_year, coverStart: row.insurance_cover_start }
        : null,
    recentActivityCount: row.recent,
    completedCount: row.completed,
    noShowCount: row.no_shows,
  };
}

/**
 * A request as the engine sees it. `area` must be loaded; a request without a schedule is not
 * matched (the caller refuses it first).
 */
export function requestInputOf(request: VolunteerRequest): MatchRequestInput {
  if (!request.schedule) throw new Error(`Request ${request.id} has no schedule to match against.`);
  const area = request.area;
  const areaName: LocalizedReason | null = area ? { ja: area.nameJa, en: area.nameEn } : null;
  return {
    categoryCodes: request.categoryCodes,
    text: `${request.title}\n${request.description}`,
    schedule: request.schedule,
    areaId: request.areaId,
    areaCentroid: area && area.lat !== null && area.lng !== null ? { lat: area.lat, lng: area.lng } : null,
    areaName,
    online: request.online,
    requiredQualifications: request.requiredQualifications,
    requiredLanguages: request.requiredLanguages,
  };
}
