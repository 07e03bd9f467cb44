import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ActivityRecordSummary, MatchStatus, type PersonalDataActivity, RequestStatus } from '@tsunagu/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { MatchesService } from '../matching/matches.service';
import { RequestsService } from '../requests/requests.service';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { todayInJapan } from '../skills/insurance-cover';
import { ActivityOutcome, ActivityRecord } from './activity-record.entity';
import type { RecordActivityDto } from './dto/activities.dto';

const UNIQUE_VIOLATION = '23505';

/**
 * 活動記録: after the activity, the volunteer of the match or a coordinator of the request's
 * center records it (or a no-show). A one-day request is done (完了) by itself once every approved
 * match has a completed record; weekly and flexible requests go on until a coordinator closes them.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
    private readonly requests: RequestsService,
  ) {}

  async record(viewer: AuthenticatedViewer, matchId: string, dto: RecordActivityDto): Promise<ActivityRecordSummary> {
    if (!isRealDate(dto.date)) throw InvalidInputException.forField('date', 'activityDate', { label: 'activityDay' });
    if (dto.date > todayInJapan()) throw InvalidInputException.forField('date', 'notInFuture', { label: 'activityDay' });
    const id = await this.dataSource.transaction(async (manager) => {
      const match = await this.matches.lockedMatch(manager, matchId);
      const request = await manager.findOneOrFail(VolunteerRequest, {
        where: { id: match.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      const relation = await this.matches.relationOf(viewer, match, request);
      if (relation !== 'staff' && relation !== 'volunteer') throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
      if (match.status !== MatchStatus.Approved) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'activityNeedsApproval');
      let saved: ActivityRecord;
      try {
        saved = await manager.save(
          manager.create(ActivityRecord, {
            matchId: match.id,
            requestId: request.id,
            personId: match.personId,
            centerId: request.centerId,
            date: dto.date,
            hours: dto.outcome === 'no-show' ? 0 : dto.hours,
            outcome: dto.outcome as ActivityOutcome,
            notes: dto.notes ?? null,
            recordedByAccountId: viewer.accountId,
          }),
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new LocalizedHttpException(HttpStatus.CONFLICT, 'activityAlreadyRecorded');
        }
        throw error;
      }
      if (request.scheduleKind === 'once' && request.status === RequestStatus.Matched) {
        const open: { count: number }[] = await manager.query(
          `SELECT count(*)::int AS count FROM "match" m
            WHERE m.request_id = $1 AND m.status = 'approved'
              AND NOT EXISTS (SELECT 1 FROM activity_record a WHERE a.match_id = m.id AND a.outcome = 'completed')`,
          [request.id],
        );
        if (open[0].count === 0) await this.requests.moveStatus(viewer, request.id, RequestStatus.Done, null, manager);
      }
      return saved.id;
    });
    const [summary] = await this.summaries([id]);
    return summary;
  }

  /** The person's own activities as a volunteer, for their data export. */
  async recordsOf(personId: string): Promise<PersonalDataActivity[]> {
    const rows: { match_id: string; title: string; date: string; hours: string; outcome: 'completed' | 'no-show'; notes: string | null }[] =
      await this.dataSource.query(
        `SELECT a.match_id, r.title, a.date::text AS date, a.hours::text AS hours, a.outcome, a.notes
           FROM activity_record a JOIN volunteer_request r ON r.id = a.request_id
          WHERE a.person_id = $1
          ORDER BY a.date, a.created_at, a.id`,
        [personId],
      );
    return rows.map((row) => ({
      matchId: row.match_id,
      requestTitle: row.title,
      date: row.date,
      hours: Number(row.hours),
      outcome: row.outcome,
      notes: row.notes,
    }));
  }

  /**
   * A person's data is erased: the notes on their activities, and on the activities for requests
   * they asked for, go. The records stay: 活動につながった数 and 支援実施回数 count them.
   */
  async forgetPerson(manager: EntityManager, personId: string): Promise<void> {
    const ownRequestIds = (await this.requests.ownRequests(manager, personId)).map(({ id }) => id);
    await manager.query(
      `UPDATE activity_record SET notes = NULL WHERE notes IS NOT NULL AND (person_id = $1 OR request_id = ANY($2::uuid[]))`,
      [personId, ownRequestIds],
    );
  }

  private async summaries(ids: string[]): Promise<ActivityRecordSummary[]> {
    const rows: { id: string; date: string; hours: string; outcome: 'completed' | 'no-show'; notes: string | null; name: string | null }[] =
      await this.dataSource.query(
        `SELECT a.id, a.date::text AS date, a.hours::text AS hours, a.outcome, a.notes, p.name
           FROM activity_record a LEFT JOIN person p ON p.account_id = a.recorded_by_account_id
          WHERE a.id = ANY($1::uuid[])`,
        [ids],
      );
    return rows.map((row) => ({
      id: row.id,
      date: row.date,
      hours: Number(row.hours),
      outcome: row.outcome,
      notes: row.notes,
      recordedByName: row.name,
    }));
  }
}

function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
