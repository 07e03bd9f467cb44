import { HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessReason,
  type ActivityRecordSummary,
  AuditAction,
  type CalendarEventData,
  JobName,
  type Locale,
  MailTemplate,
  type MatchContacts,
  MatchStatus,
  type MatchSummary,
  type MyMatch,
  type OfferSummary,
  type PersonalDataExport,
  type RequestSchedule,
  RequestSource,
  RequestStatus,
} from '@tsunagu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OutboxService } from '../core/outbox/outbox.service';
import type { RequestMatchesReader } from '../requests/request-matches.port';
import { REQUESTER_ERASED_REASON, type RequesterContact, RequestsService } from '../requests/requests.service';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { Match } from './match.entity';
import { effectiveOfferStatus } from './offer.entity';
import { type VolunteerContact, volunteerContacts, volunteerHasEmailSql } from './volunteers';

interface MatchRow {
  id: string;
  request_id: string;
  person_id: string;
  person_name: string;
  status: MatchStatus;
  volunteer_has_email: boolean;
  approved_at: Date | null;
  approved_by_name: string | null;
  activity_id: string | null;
  activity_date: string | null;
  activity_hours: string | null;
  activity_outcome: 'completed' | 'no-show' | null;
  activity_notes: string | null;
  activity_recorded_by_name: string | null;
}

interface MyMatchRow {
  id: string;
  request_id: string;
  title: string;
  schedule: RequestSchedule | null;
  area_name_ja: string | null;
  area_name_en: string | null;
  center_name_ja: string;
  center_name_en: string;
}

/** How many of their own matches a volunteer sees on /me/matches. */
const MY_MATCHES_SHOWN = 50;

interface OfferRow {
  id: string;
  person_id: string;
  person_name: string;
  status: OfferSummary['status'];
  channel: OfferSummary['channel'];
  sent_at: Date;
  answered_at: Date | null;
  expires_at: Date;
}

/** Why a match ended, in the request's history, when its volunteer's data was erased. */
const VOLUNTEER_ERASED_REASON = 'ボランティアの方の登録が削除されたため';

interface ExportOfferRow {
  request_id: string;
  title: string;
  status: OfferSummary['status'];
  channel: OfferSummary['channel'];
  message: string | null;
  sent_at: Date;
  answered_at: Date | null;
  expires_at: Date;
}

interface ExportMatchRow {
  id: string;
  request_id: string;
  title: string;
  schedule: RequestSchedule | null;
  status: MatchStatus;
  created_at: Date;
  approved_at: Date | null;
  cancelled_at: Date | null;
  role: 'volunteer' | 'requester';
}

/** How the viewer stands to a match: who may see its contacts. */
export type MatchRelation = 'staff' | 'volunteer' | 'requester';

/**
 * マッチング: a coordinator approves the match (then, and only then, both sides get each other's
 * contact details and the exact place, by mail with an .ics file and on the page, each look
 * logged in the 監査ログ), or cancels it. Also tells the requests pages about offers and matches.
 */
@Injectable()
export class MatchesService implements OnModuleInit, RequestMatchesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: RequestsService,
    private readonly centers: CentersService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.requests.useMatchesReader(this);
  }

  // ---------------------------------------------------------------- RequestMatchesReader

  async offersAndMatches(requestId: string): Promise<{ offers: OfferSummary[]; matches: MatchSummary[] }> {
    const [offers, matches] = await Promise.all([this.offerSummaries({ requestId }), this.matchSummaries({ requestId })]);
    return { offers, matches };
  }

  async approvedMatchCounts(requestIds: readonly string[]): Promise<Map<string, number>> {
    if (requestIds.length === 0) return new Map();
    const rows: { request_id: string; count: number }[] = await this.dataSource.query(
      `SELECT request_id, count(*)::int AS count FROM "match" WHERE status = 'approved' AND request_id = ANY($1::uuid[]) GROUP BY request_id`,
      [requestIds],
    );
    return new Map(rows.map((row) => [row.request_id, row.count]));
  }

  async isApprovedVolunteer(requestId: string, accountId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM "match" m JOIN person p ON p.id = m.person_id
        WHERE m.request_id = $1 AND m.status = 'approved' AND p.account_id = $2 LIMIT 1`,
      [requestId, accountId],
    );
    return rows.length > 0;
  }

  // ---------------------------------------------------------------- approving

  /**
   * 承認: the match is approved; when approved matches reach the headcount the request is
   * マッチング済み (matched). Both sides get the confirmation mail (outbox, same transaction), and
   * showing each side's contacts to the other is logged.
   */
  async approve(viewer: AuthenticatedViewer, matchId: string): Promise<MatchSummary> {
    await this.dataSource.transaction(async (manager) => {
      const match = await this.lockedMatch(manager, matchId);
      const request = await this.requests.findInScope(viewer, match.requestId, manager);
      const locked = await manager.findOneOrFail(VolunteerRequest, { where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
      if (match.status !== MatchStatus.Proposed) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'matchNotProposed');
      if (locked.status === RequestStatus.Matched) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestFull');
      if (locked.status !== RequestStatus.Open && locked.status !== RequestStatus.Matching) {
        throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestNotOpenForOffers');
      }
      const approved = await manager.count(Match, { where: { requestId: request.id, status: MatchStatus.Approved } });
      if (approved >= request.headcount) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestFull');

      await manager.update(
        Match,
        { id: match.id },
        { status: MatchStatus.Approved, approvedAt: () => 'now()', approvedByAccountId: viewer.accountId },
      );
      if (locked.status === RequestStatus.Open) await this.requests.moveStatus(viewer, request.id, RequestStatus.Matching, null, manager);
      if (approved + 1 >= request.headcount) await this.requests.moveStatus(viewer, request.id, RequestStatus.Matched, null, manager);

      const volunteer = (await volunteerContacts(manager, [match.personId])).get(match.personId);
      const requester = await this.requests.requesterContact(request, manager);
      if (!volunteer) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
      await this.mailConfirmations(manager, request, match, volunteer, requester);
      // Each side's contact details go to the other side in these mails.
      await this.audit.record(
        {
          actorAccountId: viewer.accountId,
          subjectPersonId: match.personId,
          action: AuditAction.Read,
          reason: AccessReason.Coordination,
          detail: `match:${match.id}:approved (volunteer's contacts to the requester)`,
        },
        manager,
      );
      if (requester.personId) {
        await this.audit.record(
          {
            actorAccountId: viewer.accountId,
            subjectPersonId: requester.personId,
            action: AuditAction.Read,
            reason: AccessReason.Coordination,
            detail: `match:${match.id}:approved (requester's contacts and address to the volunteer)`,
          },
          manager,
        );
      }
    });
    return this.summaryOf(matchId);
  }

  /** 取り消し: a proposed or approved match ends; a matched request goes back to 調整中. */
  async cancel(viewer: AuthenticatedViewer, matchId: string, reason: string): Promise<MatchSummary> {
    await this.dataSource.transaction(async (manager) => {
      const match = await this.lockedMatch(manager, matchId);
      // Coordinators of the request's center only (404 / 403 otherwise).
      await this.requests.findInScope(viewer, match.requestId, manager);
      if (match.status === MatchStatus.Cancelled) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'matchNotProposed');
      await this.end(manager, viewer, match, reason);
    });
    return this.summaryOf(matchId);
  }

  /**
   * A person's data is erased. The offers to them, and on the requests they asked for, lose the
   * center's notes, and those not yet answered are withdrawn (their links say so). Their matches
   * not yet done end, as the volunteer or on a request they asked for; a matched request whose
   * volunteer goes is back to 調整中. Matches of done requests stay, and so do the approval dates
   * of the ended ones: the figures count them.
   */
  async forgetPerson(manager: EntityManager, personId: string): Promise<void> {
    const ownRequestIds = (await this.requests.ownRequests(manager, personId)).map(({ id }) => id);
    const params = [personId, ownRequestIds];
    const theirs = `(person_id = $1 OR request_id = ANY($2::uuid[]))`;
    await manager.query(
      `UPDATE offer SET message = NULL, status = CASE WHEN status = 'sent' THEN 'withdrawn'::offer_status ELSE status END WHERE ${theirs}`,
      params,
    );
    // The coordinators' words on why earlier matches ended.
    await manager.query(`UPDATE "match" SET cancel_reason = NULL WHERE status = 'cancelled' AND ${theirs}`, params);
    const live: { id: string; request_id: string; person_id: string; status: MatchStatus }[] = await manager.query(
      `SELECT m.id, m.request_id, m.person_id, m.status FROM "match" m JOIN volunteer_request r ON r.id = m.request_id
        WHERE m.status IN ('proposed', 'approved') AND r.status <> 'done' AND (m.person_id = $1 OR m.request_id = ANY($2::uuid[]))
        ORDER BY m.created_at, m.id
          FOR UPDATE OF m`,
      params,
    );
    for (const match of live) {
      const reason = match.person_id === personId ? VOLUNTEER_ERASED_REASON : REQUESTER_ERASED_REASON;
      await this.end(manager, null, { id: match.id, requestId: match.request_id, status: match.status }, reason);
    }
  }

  /** The person's offers and matches for their data export: the request's title and dates, nothing of the other side. */
  async personalDataOf(personId: string): Promise<Pick<PersonalDataExport, 'offers' | 'matches'>> {
    const [offers, matches]: [ExportOfferRow[], ExportMatchRow[]] = await Promise.all([
      this.dataSource.query(
        `SELECT o.request_id, r.title, o.status, o.channel, o.message, o.sent_at, o.answered_at, o.expires_at
           FROM offer o JOIN volunteer_request r ON r.id = o.request_id
          WHERE o.person_id = $1
          ORDER BY o.sent_at, o.id`,
        [personId],
      ),
      this.dataSource.query(
        `SELECT m.id, m.request_id, r.title, r.schedule, m.status, m.created_at, m.approved_at, m.cancelled_at,
                CASE WHEN m.person_id = $1 THEN 'volunteer' ELSE 'requester' END AS role
           FROM "match" m JOIN volunteer_request r ON r.id = m.request_id
          WHERE m.person_id = $1 OR r.requester_person_id = $1
          ORDER BY m.created_at, m.id`,
        [personId],
      ),
    ]);
    return {
      offers: offers.map((row) => ({
        requestId: row.request_id,
        requestTitle: row.title,
        status: effectiveOfferStatus({ status: row.status, expiresAt: row.expires_at }),
        channel: row.channel,
        message: row.message,
        sentAt: row.sent_at.toISOString(),
        answeredAt: row.answered_at?.toISOString() ?? null,
      })),
      matches: matches.map((row) => ({
        matchId: row.id,
        requestId: row.request_id,
        requestTitle: row.title,
        role: row.role,
        schedule: row.schedule,
        status: row.status,
        proposedAt: row.created_at.toISOString(),
        approvedAt: row.approved_at?.toISOString() ?? null,
        cancelledAt: row.cancelled_at?.toISOString() ?? null,
      })),
    };
  }

  /** The match ends; when it was approved and its request matched, the request is back to 調整中. `viewer` null: the system. */
  private async end(
    manager: EntityManager,
    viewer: AuthenticatedViewer | null,
    match: Pick<Match, 'id' | 'requestId' | 'status'>,
    reason: string,
  ): Promise<void> {
    await manager.update(Match, { id: match.id }, { status: MatchStatus.Cancelled, cancelledAt: () => 'now()', cancelReason: reason });
    const locked = await manager.findOneOrFail(VolunteerRequest, { where: { id: match.requestId }, lock: { mode: 'pessimistic_write' } });
    if (match.status === MatchStatus.Approved && locked.status === RequestStatus.Matched) {
      await this.requests.moveStatus(viewer, locked.id, RequestStatus.Matching, reason, manager);
    }
  }

  // ---------------------------------------------------------------- contacts

  /**
   * 連絡先: after approval, for the coordinators of the request's center, the volunteer of this
   * match, and the person who asked (or their group's members). Each look is logged.
   */
  async contacts(viewer: AuthenticatedViewer, matchId: string): Promise<MatchContacts> {
    const match = await this.dataSource.getRepository(Match).findOneBy({ id: matchId });
    if (!match) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    const request = await this.dataSource.getRepository(VolunteerRequest).findOneOrFail({ where: { id: match.requestId } });
    const relation = await this.relationOf(viewer, match, request);
    if (!relation) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
    if (match.status !== MatchStatus.Approved) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'contactsAfterApproval');

    const volunteer = (await volunteerContacts(this.dataSource.manager, [match.personId])).get(match.personId);
    const requester = await this.requests.requesterContact(request);
    const subjects: { personId: string | null; whose: string }[] = [];
    if (relation !== 'volunteer') subjects.push({ personId: match.personId, whose: 'volunteer' });
    if (relation !== 'requester') subjects.push({ personId: requester.personId, whose: 'requester' });
    for (const subject of subjects) {
      await this.audit.record({
        actorAccountId: viewer.accountId,
        subjectPersonId: subject.personId,
        action: AuditAction.Read,
        reason: AccessReason.Coordination,
        detail: `match:${match.id}:contacts (${subject.whose}, seen by the ${relation})`,
      });
    }
    return {
      requester: { name: requesterName(requester), phone: requester.phone, email: requester.email },
      volunteer: { name: volunteer?.name ?? '', phone: volunteer?.phone ?? null, email: volunteer?.email ?? null },
      address: request.address,
    };
  }

  /** Who the viewer is to this match: a coordinator of its center, its volunteer, or the person (group) who asked. */
  async relationOf(viewer: AuthenticatedViewer, match: Match, request: VolunteerRequest): Promise<MatchRelation | null> {
    if (scopeIncludes(await this.centers.scopeOf(viewer), request.centerId)) return 'staff';
    const rows: { volunteer: boolean; requester: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM person WHERE id = $1 AND account_id = $2) AS volunteer,
              EXISTS (SELECT 1 FROM person WHERE id = $3 AND account_id = $2)
              OR ($4 AND $5::uuid = $2)
              OR EXISTS (SELECT 1 FROM organisation_member WHERE organisation_id = $6 AND account_id = $2) AS requester`,
      [
        match.personId,
        viewer.accountId,
        request.requesterPersonId,
        request.source !== RequestSource.StaffIntake,
        request.createdByAccountId,
        request.organisationId,
      ],
    );
    if (rows[0]?.volunteer) return 'volunteer';
    if (rows[0]?.requester) return 'requester';
    return null;
  }

  async lockedMatch(manager: EntityManager, matchId: string): Promise<Match> {
    const match = await manager.findOne(Match, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
    if (!match) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return match;
  }

  // ---------------------------------------------------------------- summaries

  async summaryOf(matchId: string): Promise<MatchSummary> {
    const [summary] = await this.matchSummaries({ id: matchId });
    if (!summary) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return summary;
  }

  /** The signed-in person's own matches as a volunteer (proposed and approved), newest first. */
  async mine(viewer: AuthenticatedViewer): Promise<MyMatch[]> {
    const rows: MyMatchRow[] = await this.dataSource.query(
      `SELECT m.id, r.id AS request_id, r.title, r.schedule, area.name_ja AS area_name_ja, area.name_en AS area_name_en,
              center.name_ja AS center_name_ja, center.name_en AS center_name_en
         FROM "match" m
         JOIN person p ON p.id = m.person_id
         JOIN volunteer_request r ON r.id = m.request_id
         JOIN volunteer_center center ON center.id = r.center_id
         LEFT JOIN area ON area.id = r.area_id
        WHERE p.account_id = $1 AND m.status IN ('proposed', 'approved')
        ORDER BY m.created_at DESC, m.id
        LIMIT ${MY_MATCHES_SHOWN}`,
      [viewer.accountId],
    );
    if (rows.length === 0) return [];
    const summaries = new Map((await this.matchSummaries({ ids: rows.map((row) => row.id) })).map((summary) => [summary.id, summary]));
    return rows.flatMap((row) => {
      const match = summaries.get(row.id);
      return match
        ? [
            {
              match,
              request: {
                id: row.request_id,
                title: row.title,
                schedule: row.schedule,
                areaNameJa: row.area_name_ja,
                areaNameEn: row.area_name_en,
                centerNameJa: row.center_name_ja,
                centerNameEn: row.center_name_en,
              },
            },
          ]
        : [];
    });
  }

  /**
   * Matches with who approved them and their latest activity record, and whether the volunteer can
   * be mailed: the same address as the confirmation mail's (volunteerContacts); an erased person has none.
   */
  async matchSummaries(where: { id?: string; ids?: string[]; requestId?: string }): Promise<MatchSummary[]> {
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT m.id, m.request_id, m.person_id, volunteer.name AS person_name, m.status, m.approved_at,
              ${volunteerHasEmailSql('volunteer', 'volunteer_account')} AS volunteer_has_email,
              approver.name AS approved_by_name,
              latest.id AS activity_id, latest.date::text AS activity_date, latest.hours::text AS activity_hours,
              latest.outcome AS activity_outcome, latest.notes AS activity_notes, recorder.name AS activity_recorded_by_name
         FROM "match" m
         JOIN person volunteer ON volunteer.id = m.person_id
         LEFT JOIN account volunteer_account ON volunteer_account.id = volunteer.account_id
         LEFT JOIN person approver ON approver.account_id = m.approved_by_account_id
         LEFT JOIN LATERAL (
           SELECT * FROM activity_record a WHERE a.match_id = m.id ORDER BY a.date DESC, a.created_at DESC LIMIT 1) latest ON true
         LEFT JOIN person recorder ON recorder.account_id = latest.recorded_by_account_id
        WHERE ($1::uuid IS NULL OR m.id = $1) AND ($2::uuid IS NULL OR m.request_id = $2)
          AND ($3::uuid[] IS NULL OR m.id = ANY($3::uuid[]))
        ORDER BY m.created_at, m.id`,
      [where.id ?? null, where.requestId ?? null, where.ids ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      requestId: row.request_id,
      personId: row.person_id,
      personName: row.person_name,
      status: row.status,
      volunteerHasEmail: row.volunteer_has_email,
      approvedAt: row.approved_at?.toISOString() ?? null,
      approvedByName: row.approved_by_name,
      activity: row.activity_id ? activitySummaryOf(row) : null,
    }));
  }

  /** Offers oldest first; a sent offer whose link ran out reads as expired. */
  async offerSummaries(where: { ids?: string[]; requestId?: string }): Promise<OfferSummary[]> {
    const rows: OfferRow[] = await this.dataSource.query(
      `SELECT o.id, o.person_id, p.name AS person_name, o.status, o.channel, o.sent_at, o.answered_at, o.expires_at
         FROM offer o JOIN person p ON p.id = o.person_id
        WHERE ($1::uuid[] IS NULL OR o.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR o.request_id = $2)
        ORDER BY o.sent_at, o.id`,
      [where.ids ?? null, where.requestId ?? null],
    );
    const now = new Date();
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      personName: row.person_name,
      status: effectiveOfferStatus({ status: row.status, expiresAt: row.expires_at }, now),
      channel: row.channel,
      sentAt: row.sent_at.toISOString(),
      answeredAt: row.answered_at?.toISOString() ?? null,
      expiresAt: row.expires_at.toISOString(),
    }));
  }

  // ---------------------------------------------------------------- mails

  private async mailConfirmations(
    manager: EntityManager,
    request: VolunteerRequest,
    match: Match,
    volunteer: VolunteerContact,
    requester: RequesterContact,
  ): Promise<void> {
    const calendar = (locale: Locale): CalendarEventData | null =>
      request.schedule
        ? {
            uid: `match-${match.id}`,
            title: request.title,
            description: [
              locale === 'en' ? request.center.nameEn : request.center.nameJa,
              request.whatToBring ? `${locale === 'en' ? 'What to bring' : '持ち物'}: ${request.whatToBring}` : '',
            ]
              .filter(Boolean)
              .join('\n'),
            location: request.online ? (locale === 'en' ? 'Online' : 'オンライン') : (request.address ?? areaName(request, locale)),
            schedule: request.schedule,
          }
        : null;
    const common = (locale: Locale) => ({
      requestTitle: request.title,
      schedule: request.schedule,
      areaName: areaName(request, locale),
      address: request.address,
      online: request.online,
      whatToBring: request.whatToBring,
      centerName: locale === 'en' ? request.center.nameEn : request.center.nameJa,
      calendar: calendar(locale),
    });
    if (volunteer.email) {
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.MatchConfirmed,
          to: volunteer.email,
          locale: volunteer.locale,
          params: {
            ...common(volunteer.locale),
            name: volunteer.name,
            role: 'volunteer',
            counterpart: { name: requesterName(requester), phone: requester.phone, email: requester.email },
            link: `${this.config.PUBLIC_URL}/me/matches`,
          },
        },
        `match-confirmed.${match.id}.volunteer`,
      );
    }
    // Someone taken in by phone may have no email: the coordinator tells them by phone.
    if (requester.email) {
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.MatchConfirmed,
          to: requester.email,
          locale: requester.locale,
          params: {
            ...common(requester.locale),
            name: requesterName(requester),
            role: 'requester',
            counterpart: { name: volunteer.name, phone: volunteer.phone, email: volunteer.email },
            link: `${this.config.PUBLIC_URL}/me`,
          },
        },
        `match-confirmed.${match.id}.requester`,
      );
    }
  }
}

function areaName(request: VolunteerRequest, locale: Locale): string | null {
  return request.area ? (locale === 'en' ? request.area.nameEn : request.area.nameJa) : null;
}

/** 「NPO法人 青葉みまもりの会（青葉 一郎）」 for a group, the person's name otherwise. */
export function requesterName(requester: RequesterContact): string {
  if (requester.organisationName) return requester.name ? `${requester.organisationName}（${requester.name}）` : requester.organisationName;
  return requester.name;
}

function activitySummaryOf(row: MatchRow): ActivityRecordSummary {
  return {
    id: row.activity_id as string,
    date: row.activity_date as string,
    hours: Number(row.activity_hours),
    outcome: row.activity_outcome as 'completed' | 'no-show',
    notes: row.activity_notes,
    recordedByName: row.activity_recorded_by_name,
  };
}
