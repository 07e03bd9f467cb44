import { type MatchCandidateInput, type MatchRequestInput, rankCandidates, type RankedCandidate } from '@tsunagu/matching';
import type { CandidateDetailsRow, CandidatePoolRow } from './candidate-pool-sql';
import { candidateInputOf } from './engine-input';

/**
 * How many candidates get their details read, step by step, before everyone's are: with the
 * strongest level per category in the bound, about 40 settle a common request (bench/matching).
 */
export const DETAILS_STEPS = [50, 200] as const;

/**
 * The engine's top `limit` of a pre-filtered pool, reading skills and activity counts only for
 * the candidates that can still make the top.
 *
 * 1. The engine ranks optimistic stand-ins (see candidateInputOf): each one's total is an upper
 *    bound of the candidate's real total, and the stand-ins rank in the engine's own order.
 * 2. The details of the best DETAILS_STEPS[0] are read and the engine ranks them for real.
 * 3. That is the answer when the real `limit`-th ranks before the last bound read: every
 *    candidate left out scores at most its bound, which ranks after that one, so it cannot enter.
 *    Otherwise (many equal bounds, a crowded pool) the next step reads more, and the last reads
 *    everyone.
 *
 * Every score comes from the engine; this only decides whose details are worth reading.
 */
export async function rankPool(
  request: MatchRequestInput,
  pool: readonly CandidatePoolRow[],
  today: string,
  readDetails: (profileIds: string[]) => Promise<Map<string, CandidateDetailsRow>>,
  limit = 20,
): Promise<RankedPool> {
  const context = { today };
  // Details read by an earlier step are not read again by the next.
  const details = new Map<string, CandidateDetailsRow>();
  const rankWithDetails = async (rows: readonly CandidatePoolRow[]): Promise<RankedPool> => {
    const unread = rows.filter((row) => !details.has(row.profile_id)).map((row) => row.profile_id);
    if (unread.length > 0) for (const [profileId, row] of await readDetails(unread)) details.set(profileId, row);
    const profileOf = new Map(rows.map((row) => [row.person_id, row.profile_id]));
    const inputs = rows.map((row) => candidateInputOf(row, details.get(row.profile_id) ?? null));
    return {
      ranked: rankCandidates(request, inputs, context, limit),
      detailsOf: (personId) => details.get(profileOf.get(personId) ?? ''),
    };
  };
  // A step that would read most of the pool saves less than the second read it may need.
  if (pool.length <= 2 * DETAILS_STEPS[0]) return rankWithDetails(pool);

  const byPerson = new Map(pool.map((row) => [row.person_id, row]));
  const standIns = pool.map((row) => candidateInputOf(row, null));
  for (const size of DETAILS_STEPS) {
    if (pool.length <= 2 * size) break;
    const bounds = rankCandidates(request, standIns, context, size);
    const first = await rankWithDetails(bounds.map((bound) => byPerson.get(bound.candidate.personId) as CandidatePoolRow));
    const last = first.ranked[limit - 1];
    if (last && ranksBefore(last, bounds[bounds.length - 1])) return first;
  }
  return rankWithDetails(pool);
}

export interface RankedPool {
  /** The engine's top, best first. */
  ranked: RankedCandidate[];
  /** The details read for a ranked candidate (name, skills, counts). */
  detailsOf: (personId: string) => CandidateDetailsRow | undefined;
}

/** The engine's order: eligible first, then the higher total, then the smaller personId. */
function ranksBefore(a: RankedCandidate<MatchCandidateInput>, b: RankedCandidate<MatchCandidateInput>): boolean {
  if (a.score.eligible !== b.score.eligible) return a.score.eligible;
  if (a.score.total !== b.score.total) return a.score.total > b.score.total;
  return a.candidate.personId < b.candidate.personId;
}
