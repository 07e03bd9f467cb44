import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type RequestForVolunteer, RequestStatus } from '@tsunagu/contracts';
import { MATCH_TUNING, scoreCandidate } from '@tsunagu/matching';
import { DataSource, In, IsNull, MoreThanOrEqual } from 'typeorm';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { todayInJapan } from '../skills/insurance-cover';
import { type CandidateDetailsRow, candidateDetailsSql, poolRowOf, type RawPoolRow, volunteerPoolSql } from './candidate-pool-sql';
import { centersAbove, centerTreeOf } from './center-tree';
import { candidateInputOf, requestInputOf } from './engine-input';
import { volunteerOfAccount } from './volunteers';

/** How many requests a volunteer sees, and how many open requests are scored for them at most. */
const SHOWN = 20;
const SCORED = 500;

/** The reasons a volunteer reads about a request: what, when and where (the rest is for coordinators). */
const FOR_VOLUNTEER = new Set(['category', 'availability', 'distance']);

/**
 * 「あなたへのおすすめの依頼」: the open requests of the volunteer's centers, ranked for them by the
 * same engine that ranks candidates for coordinators (one volunteer, many requests).
 */
@Injectable()
export class RequestsForYouService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(viewer: AuthenticatedViewer): Promise<RequestForVolunteer[]> {
    const manager = this.dataSource.manager;
    // Without an active registration there is nothing to rank against: the page invites them to register.
    const notRegistered = () => new LocalizedHttpException(HttpStatus.CONFLICT, 'requestsForYouNeedRegistration');
    const volunteer = await volunteerOfAccount(manager, viewer.accountId);
    if (!volunteer?.activeCenterId) throw notRegistered();
    const pool = volunteerPoolSql(volunteer.personId);
    const [raw] = (await manager.query(pool.text, pool.values)) as RawPoolRow[];
    if (!raw) throw notRegistered();
    const today = todayInJapan();
    const row = poolRowOf(raw);
    const details = candidateDetailsSql([row.profile_id], today);
    const [detail] = (await manager.query(details.text, details.values)) as CandidateDetailsRow[];
    const candidate = candidateInputOf(row, detail ?? null);

    const centerIds = [
      ...new Set([...(await centersAbove(manager, volunteer.activeCenterId)), ...(await centerTreeOf(manager, volunteer.activeCenterId))]),
    ];
    const requests = await manager.find(VolunteerRequest, {
      where: [
        { status: In([RequestStatus.Open, RequestStatus.Matching]), centerId: In(centerIds), lastDate: MoreThanOrEqual(today) },
        { status: In([RequestStatus.Open, RequestStatus.Matching]), centerId: In(centerIds), lastDate: IsNull() },
      ],
      relations: { center: true, area: true },
      order: { firstDate: 'ASC', id: 'ASC' },
      take: SCORED,
    });
    const mine = requests.filter((request) => request.schedule && request.requesterPersonId !== volunteer.personId);
    const offered = await this.offered(
      volunteer.personId,
      mine.map((request) => request.id),
    );

    return (
      mine
        .map((request) => ({ request, score: scoreCandidate(requestInputOf(request), candidate, { today }) }))
        // Something they can do: their category, their own words, or a category the request's text names.
        // Only another category of the same field (家事 for 庭仕事) is not enough to suggest it.
        .filter(
          ({ score }) =>
            score.eligible && (score.factors.find((factor) => factor.factor === 'category')?.value ?? 0) > MATCH_TUNING.sameGroup,
        )
        .sort((a, b) => b.score.total - a.score.total || (a.request.firstDate ?? '').localeCompare(b.request.firstDate ?? ''))
        .slice(0, SHOWN)
        .map(({ request, score }) => ({
          requestId: request.id,
          title: request.title,
          categoryCodes: request.categoryCodes,
          schedule: request.schedule,
          areaNameJa: request.area?.nameJa ?? null,
          areaNameEn: request.area?.nameEn ?? null,
          centerNameJa: request.center.nameJa,
          centerNameEn: request.center.nameEn,
          score: score.total,
          reasons: [
            ...score.factors.filter((factor) => FOR_VOLUNTEER.has(factor.factor)).map((factor) => factor.reason),
            ...score.warnings,
          ],
          offered: offered.has(request.id),
        }))
    );
  }

  /** Requests the volunteer already agreed to help with (a match waiting for approval, or approved). */
  private async offered(personId: string, requestIds: string[]): Promise<Set<string>> {
    if (requestIds.length === 0) return new Set();
    const rows: { request_id: string }[] = await this.dataSource.query(
      `SELECT request_id FROM "match" WHERE person_id = $1 AND request_id = ANY($2::uuid[]) AND status <> 'cancelled'`,
      [personId, requestIds],
    );
    return new Set(rows.map((row) => row.request_id));
  }
}
