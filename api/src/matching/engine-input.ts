import type { LocalizedReason, SkillLevel } from '@tsunagu/contracts';
import type { MatchCandidateInput, MatchRequestInput } from '@tsunagu/matching';
import type { VolunteerRequest } from '../requests/volunteer-request.entity';
import type { CandidateDetailsRow, CandidatePoolRow } from './candidate-pool-sql';

/**
 * A volunteer as the engine sees them, from a row of the pre-filter and their skills and
 * activity counts.
 *
 * Without the details, an optimistic stand-in that can only score higher than the volunteer
 * really does: every category of theirs at its strongest level with all their own words, and no
 * activity (full fairness) and no no-show (full reliability). Ranking these gives an upper bound
 * of each candidate's score, so the details are read only for those who can still reach the top.
 */
export function candidateInputOf(row: CandidatePoolRow, details: CandidateDetailsRow | null): MatchCandidateInput {
  const codes = details?.skill_codes ?? [];
  return {
    personId: row.person_id,
    skills: details
      ? codes.map((categoryCode, index) => ({
          categoryCode,
          ownWords: details.skill_words?.[index] || null,
          level: (details.skill_levels?.[index] ?? 'experienced') as SkillLevel,
        }))
      : row.category_codes.map((categoryCode, index) => ({
          categoryCode,
          ownWords: row.search_text || null,
          level: (row.category_levels[index] ?? 'professional') as SkillLevel,
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
    recentActivityCount: details?.recent ?? 0,
    completedCount: details?.completed ?? 0,
    noShowCount: details?.no_shows ?? 0,
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
