/**
 * The matching engine: how well a volunteer fits a request (依頼), with one reason per factor,
 * and the best few among many.
 *
 * - `scoreCandidate` explains one candidate: total, factor values, reasons, warnings.
 * - `rankCandidates` ranks any number of candidates (the API's SQL pre-filter decides which) and
 *   explains only the top `limit`: the rest are scored on numbers alone, reusing one buffer.
 *
 * Pure and deterministic: the same inputs (and `today`) give the same order and the same words.
 */
import { Evaluation, evaluateBase, refineOwnWords, totalOf, upperBoundTotal } from './evaluate-candidate';
import { explain } from './match-reasons';
import type { CandidateScore, MatchCandidateInput, MatchContext, MatchRequestInput, RankedCandidate } from './match-input';
import { prepareRequest, type PreparedRequest } from './prepare-request';

/** How many candidates `rankCandidates` returns unless told otherwise. */
export const DEFAULT_RANK_LIMIT = 20;

/** Scores and explains one candidate for one request. */
export function scoreCandidate(request: MatchRequestInput, candidate: MatchCandidateInput, context: MatchContext): CandidateScore {
  return scorePrepared(prepareRequest(request, context), candidate, new Evaluation());
}

/**
 * The top `limit` candidates, best first: eligible before not eligible, then by total (highest
 * first), then by personId. Each comes back as passed in, with its full score and reasons.
 */
export function rankCandidates<C extends MatchCandidateInput>(
  request: MatchRequestInput,
  candidates: readonly C[],
  context: MatchContext,
  limit: number = DEFAULT_RANK_LIMIT,
): RankedCandidate<C>[] {
  const prepared = prepareRequest(request, context);
  const size = Math.min(candidates.length, Math.max(0, Math.floor(limit)));
  if (size === 0) return [];

  const top = new TopCandidates(size, candidates);
  const evaluation = new Evaluation();
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    evaluateBase(prepared, candidate, evaluation);
    if (evaluation.ownWordsPotential > 0) {
      // Normalising own words is the costly step: skip it when even its best cannot make the top.
      if (top.isFull() && !top.wouldEnter(evaluation.eligible, upperBoundTotal(evaluation), candidate.personId)) continue;
      refineOwnWords(prepared, candidate, evaluation);
    }
    top.offer(i, evaluation.eligible, totalOf(evaluation));
  }

  return top.inOrder().map((index) => ({ candidate: candidates[index], score: scorePrepared(prepared, candidates[index], evaluation) }));
}

function scorePrepared(request: PreparedRequest, candidate: MatchCandidateInput, evaluation: Evaluation): CandidateScore {
  evaluateBase(request, candidate, evaluation);
  refineOwnWords(request, candidate, evaluation);
  return { eligible: evaluation.eligible, total: totalOf(evaluation), ...explain(request, candidate, evaluation) };
}

/**
 * The best `size` candidates seen so far, as a binary heap with the weakest at the root, so a
 * candidate that does not make the top costs one comparison.
 */
class TopCandidates {
  private readonly index: Int32Array;
  private readonly total: Float64Array;
  private readonly eligible: Uint8Array;
  private count = 0;

  constructor(
    private readonly size: number,
    private readonly candidates: readonly MatchCandidateInput[],
  ) {
    this.index = new Int32Array(size);
    this.total = new Float64Array(size);
    this.eligible = new Uint8Array(size);
  }

  isFull(): boolean {
    return this.count === this.size;
  }

  /** Whether a candidate with these keys would displace the weakest kept one. */
  wouldEnter(eligible: boolean, total: number, personId: string): boolean {
    return ranksBefore(eligible ? 1 : 0, total, personId, this.eligible[0], this.total[0], this.personIdAt(0));
  }

  offer(candidateIndex: number, eligible: boolean, total: number): void {
    const eligibleFlag = eligible ? 1 : 0;
    if (this.count < this.size) {
      this.set(this.count, candidateIndex, eligibleFlag, total);
      this.siftUp(this.count++);
    } else if (
      ranksBefore(eligibleFlag, total, this.candidates[candidateIndex].personId, this.eligible[0], this.total[0], this.personIdAt(0))
    ) {
      this.set(0, candidateIndex, eligibleFlag, total);
      this.siftDown(0);
    }
  }

  /** Candidate indexes, best first. */
  inOrder(): number[] {
    const slots = Array.from({ length: this.count }, (_, slot) => slot);
    slots.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : this.index[a] - this.index[b]));
    return slots.map((slot) => this.index[slot]);
  }

  private personIdAt(slot: number): string {
    return this.candidates[this.index[slot]].personId;
  }

  /** Slot a ranks before slot b. */
  private before(a: number, b: number): boolean {
    return ranksBefore(this.eligible[a], this.total[a], this.personIdAt(a), this.eligible[b], this.total[b], this.personIdAt(b));
  }

  private set(slot: number, candidateIndex: number, eligible: number, total: number): void {
    this.index[slot] = candidateIndex;
    this.eligible[slot] = eligible;
    this.total[slot] = total;
  }

  private swap(a: number, b: number): void {
    const index = this.index[a];
    const eligible = this.eligible[a];
    const total = this.total[a];
    this.set(a, this.index[b], this.eligible[b], this.total[b]);
    this.set(b, index, eligible, total);
  }

  /** The root is the weakest: a parent never ranks before its children. */
  private siftUp(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.before(parent, slot)) return;
      this.swap(parent, slot);
      slot = parent;
    }
  }

  private siftDown(slot: number): void {
    for (;;) {
      const left = 2 * slot + 1;
      const right = left + 1;
      let weakest = slot;
      if (left < this.count && this.before(weakest, left)) weakest = left;
      if (right < this.count && this.before(weakest, right)) weakest = right;
      if (weakest === slot) return;
      this.swap(slot, weakest);
      slot = weakest;
    }
  }
}

/** Eligible first, then the higher total, then the smaller personId. */
function ranksBefore(eligibleA: number, totalA: number, personIdA: string, eligibleB: number, totalB: number, personIdB: string): boolean {
  if (eligibleA !== eligibleB) return eligibleA > eligibleB;
  if (totalA !== totalB) return totalA > totalB;
  return personIdA < personIdB;
}
