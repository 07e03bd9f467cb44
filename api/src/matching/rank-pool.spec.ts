import { type MatchRequestInput, rankCandidates, strongestLevels } from '@tsunagu/matching';
import type { CandidateDetailsRow, CandidatePoolRow } from './candidate-pool-sql';
import { candidateInputOf } from './engine-input';
import { DETAILS_STEPS, rankPool } from './rank-pool';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const CATEGORIES = ['garden-work', 'housework', 'cooking', 'shopping-errands', 'heavy-lifting'];
const LEVELS = ['beginner', 'experienced', 'professional'];
const AREAS = ['a1', 'a2', 'a3'];

/** crowded: everyone free on Saturday morning. busyFirst: that many first candidates (the smallest ids) were busy lately. */
function pool(size: number, seed: number, crowded: boolean, busyFirst = 0) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const rows: CandidatePoolRow[] = [];
  const details = new Map<string, CandidateDetailsRow>();
  for (let i = 0; i < size; i++) {
    const skills = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      code: pick(CATEGORIES),
      words: next() < 0.1 ? '草むしりが得意です' : 'お手伝いします',
      level: pick(LEVELS),
    }));
    const id = `p${String(i).padStart(6, '0')}`;
    rows.push({
      profile_id: `profile-${id}`,
      person_id: id,
      home_area_id: pick(AREAS),
      area_ids: next() < 0.3 ? [pick(AREAS)] : [],
      // Crowded: everyone free on Saturday morning, so many share the best bound.
      weekly_slots: crowded ? 1 << 15 : Math.floor(next() * 2097151) & Math.floor(next() * 2097151),
      dates_off: [],
      in_person: next() < 0.95,
      online: false,
      languages: [],
      qualifications: [],
      insurance_fiscal_year: next() < 0.7 ? 2026 : null,
      insurance_cover_start: '2026-04-01',
      category_codes: [...new Set(skills.map((skill) => skill.code))],
      category_levels: [],
      search_text: skills.map((skill) => skill.words).join('\n'),
      home_lat: 35.7 + next() / 50,
      home_lng: 139.7 + next() / 50,
    });
    if (rows[i].insurance_fiscal_year === null) rows[i].insurance_cover_start = null;
    rows[i].category_levels = strongestLevels(
      skills.map((skill) => ({ categoryCode: skill.code, level: skill.level })),
      rows[i].category_codes,
    );
    const recent = i < busyFirst ? 8 : next() < 0.3 ? Math.floor(next() * 5) : 0;
    details.set(`profile-${id}`, {
      profile_id: `profile-${id}`,
      name: `ボランティア ${i}`,
      name_kana: null,
      home_area_name_ja: null,
      home_area_name_en: null,
      has_email: true,
      offer_status: null,
      offer_expires_at: null,
      skill_codes: skills.map((skill) => skill.code),
      skill_words: skills.map((skill) => skill.words),
      skill_levels: skills.map((skill) => skill.level),
      recent,
      completed: recent + Math.floor(next() * 10),
      no_shows: next() < 0.1 ? 1 + Math.floor(next() * 2) : 0,
    });
  }
  return { rows, details };
}

const request: MatchRequestInput = {
  categoryCodes: ['garden-work'],
  text: '庭の草取り\n土曜日の午前に、庭の草取りをお願いします',
  schedule: { kind: 'once', date: '2026-12-12', startTime: '09:00', endTime: '11:30' },
  areaId: 'a1',
  areaCentroid: { lat: 35.71, lng: 139.71 },
  online: false,
  requiredQualifications: [],
  requiredLanguages: [],
};

describe('ranking a pool while reading details only where they can matter', () => {
  it.each([
    ['a mixed pool', 3000, 1, false],
    ['a crowded pool where many share the best bound', 3000, 2, true],
    ['a pool too small for a first step', 2 * DETAILS_STEPS[0] - 10, 3, false],
    ['a crowded pool whose first bounds belong to people busy lately', 3000, 5, true, 2900],
  ])('gives exactly the engine’s top 20 of everyone for %s', async (_name, size, seed, crowded, busyFirst = 0) => {
    const { rows, details } = pool(size, seed, crowded, busyFirst);
    const read: number[] = [];
    const readIds: string[] = [];
    const { ranked } = await rankPool(request, rows, '2026-11-29', async (ids) => {
      read.push(ids.length);
      readIds.push(...ids);
      return new Map(ids.map((id) => [id, details.get(id) as CandidateDetailsRow]));
    });
    const everyone = rankCandidates(
      request,
      rows.map((row) => candidateInputOf(row, details.get(row.profile_id) ?? null)),
      { today: '2026-11-29' },
      20,
    );
    expect(ranked.map((entry) => [entry.candidate.personId, entry.score.total])).toEqual(
      everyone.map((entry) => [entry.candidate.personId, entry.score.total]),
    );
    expect(ranked[0].score.factors).toEqual(everyone[0].score.factors);
    if (!crowded && size > 2 * DETAILS_STEPS[0]) expect(read).toEqual([DETAILS_STEPS[0]]);
    if (size <= 2 * DETAILS_STEPS[0]) expect(read).toEqual([size]);
    if (busyFirst > 0) expect(read.length).toBe(DETAILS_STEPS.length + 1);
    // Each candidate's details are read at most once, however many steps it takes.
    expect(new Set(readIds).size).toBe(readIds.length);
  });

  it('never scores a stand-in below the real candidate', () => {
    const { rows, details } = pool(500, 4, false);
    for (const row of rows) {
      const [bound] = rankCandidates(request, [candidateInputOf(row, null)], { today: '2026-11-29' }, 1);
      const [real] = rankCandidates(request, [candidateInputOf(row, details.get(row.profile_id) ?? null)], { today: '2026-11-29' }, 1);
      expect(bound.score.total).toBeGreaterThanOrEqual(real.score.total);
    }
  });
});
