import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, type MatchCandidate, type OfferStatus, RequestStatus } from '@tsunagu/contracts';
import { requestLookups } from '@tsunagu/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { RequestsService } from '../requests/requests.service';
import type { VolunteerRequest } from '../requests/volunteer-request.entity';
import { todayInJapan } from '../skills/insurance-cover';
import {
  type CandidateDetailsRow,
  candidateDetailsSql,
  candidatePoolSql,
  type PoolPlace,
  poolRowOf,
  type RawPoolRow,
} from './candidate-pool-sql';
import { requestInputOf } from './engine-input';
import { rankPool } from './rank-pool';
import { effectiveOfferStatus } from './offer.entity';

/** How many candidates the coordinator sees. */
export const CANDIDATE_LIMIT = 20;

/** Requests that are over: nobody is matched to them any more. */
const CLOSED: readonly RequestStatus[] = [RequestStatus.Done, RequestStatus.Cancelled, RequestStatus.Unfulfilled];

/**
 * 候補: the volunteers who fit a request best, with one reason per factor. PostgreSQL picks the
 * possible ones by index (candidate-pool-sql.ts); the matching engine ranks them.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly audit: AuditService,
  ) {}

  async candidates(viewer: AuthenticatedViewer, requestId: string): Promise<MatchCandidate[]> {
    const request = await this.requests.findInScope(viewer, requestId);
    if (!request.schedule || (!request.areaId && !request.online)) {
      throw new LocalizedHttpException(HttpStatus.CONFLICT, 'candidatesNeedSchedule');
    }
    if (CLOSED.includes(request.status)) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestClosed');

    // Names of volunteers are shown: one entry for the list, as for other staff lists (written while ranking).
    const logged = this.audit.record({
      actorAccountId: viewer.accountId,
      subjectPersonId: null,
      action: AuditAction.List,
      detail: `candidates:request:${request.id}`,
    });
    const [{ ranked, detailsOf }] = await Promise.all([this.rank(request), logged]);
    const now = new Date();
    return ranked.map(({ candidate, score }) => {
      const row = detailsOf(candidate.personId);
      return {
        personId: candidate.personId,
        name: row?.name ?? '',
        nameKana: row?.name_kana ?? null,
        homeAreaNameJa: row?.home_area_name_ja ?? null,
        homeAreaNameEn: row?.home_area_name_en ?? null,
        hasEmail: row?.has_email ?? false,
        score: score.total,
        factors: score.factors,
        warnings: score.warnings,
        offerStatus:
          row?.offer_status && row.offer_expires_at
            ? effectiveOfferStatus({ status: row.offer_status as OfferStatus, expiresAt: row.offer_expires_at }, now)
            : null,
      };
    });
  }

  /**
   * The pre-filter, then the engine. In person, the request's own area first; when that gives
   * fewer than CANDIDATE_LIMIT people, every area of its district (the engine then scores the
   * distance from each home area).
   */
  private async rank(request: VolunteerRequest, manager: EntityManager = this.dataSource.manager) {
    const today = todayInJapan();
    const input = requestInputOf(request);
    const base = {
      centerId: request.centerId,
      online: request.online,
      ...requestLookups(input),
      requiredQualifications: request.requiredQualifications,
      requiredLanguages: request.requiredLanguages.filter((code) => code !== 'ja'),
    };
    const load = async (place: PoolPlace | null) => {
      const { text: sql, values } = candidatePoolSql({ ...base, place });
      const rows = ((await manager.query(sql, values)) as RawPoolRow[]).map(poolRowOf);
      // The person who asked is not offered their own request.
      return rows.filter((row) => row.person_id !== request.requesterPersonId);
    };

    let pool = await load(request.online || !request.areaId ? null : { areaId: request.areaId });
    if (!request.online && request.area && pool.length < CANDIDATE_LIMIT) pool = await load({ districtCenterId: request.area.centerId });
    return rankPool(input, pool, today, (profileIds) => this.details(manager, profileIds, today, request.id));
  }

  private async details(
    manager: EntityManager,
    profileIds: string[],
    today: string,
    requestId: string,
  ): Promise<Map<string, CandidateDetailsRow>> {
    const { text, values } = candidateDetailsSql(profileIds, today, requestId);
    const rows: CandidateDetailsRow[] = await manager.query(text, values);
    return new Map(rows.map((row) => [row.profile_id, row]));
  }
}
