import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ActivityRecordSummary, MatchStatus, RequestStatus } from '@tsunagu/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
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
