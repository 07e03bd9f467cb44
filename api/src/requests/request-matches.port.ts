import type { MatchSummary, OfferSummary } from '@tsunagu/contracts';

/**
 * What the request pages need from the matching domain (offers, matches), without the requests
 * module depending on it: the matching module depends on requests, so it plugs a reader in at
 * start-up (`RequestsService.useMatchesReader`). Until then a request has no offers or matches.
 */
export interface RequestMatchesReader {
  /** The offers and matches of one request, oldest first. */
  offersAndMatches(requestId: string): Promise<{ offers: OfferSummary[]; matches: MatchSummary[] }>;
  /** Approved matches per request, for lists (requests without any may be left out). */
  approvedMatchCounts(requestIds: readonly string[]): Promise<Map<string, number>>;
  /** Whether the account's person is the volunteer of an approved match of the request (sees the address). */
  isApprovedVolunteer(requestId: string, accountId: string): Promise<boolean>;
}

export const NO_MATCHES: RequestMatchesReader = {
  offersAndMatches: async () => ({ offers: [], matches: [] }),
  approvedMatchCounts: async () => new Map(),
  isApprovedVolunteer: async () => false,
};
