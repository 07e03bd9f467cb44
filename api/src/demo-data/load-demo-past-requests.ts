import {
  AccessReason,
  AuditAction,
  canMoveRequest,
  ConsentPurpose,
  CURRENT_CONSENT_VERSION,
  MatchStatus,
  OFFER_LINK_VALID_HOURS,
  OfferStatus,
  type RequestSchedule,
  RequestStatus,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf, weekdayIndexOf } from '@tsunagu/matching';
import { type EntityManager, IsNull } from 'typeorm';
import { ActivityOutcome, ActivityRecord } from '../activities/activity-record.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { Consent } from '../consents/consent.entity';
import { newSecretToken } from '../core/auth/secret-token';
import { centerTreeOf } from '../matching/center-tree';
import { Match } from '../matching/match.entity';
import { Offer, OfferChannel } from '../matching/offer.entity';
import { volunteerContacts } from '../matching/volunteers';
import { cleanSchedule } from '../requests/request-schedule';
import { RequestStatusChangeRecord } from '../requests/request-status-change.entity';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { todayInJapan } from '../skills/insurance-cover';
import { DEMO_WARD_CENTER } from './demo-centers';
import { DEMO_PAST_REQUESTS, type DemoPastDay, type DemoPastRequest, type DemoPastVolunteer } from './demo-past-requests';
import { DEMO_VOLUNTEERS } from './demo-volunteers';
import { type DemoParties, demoCoordinatorOf, demoRequestRow } from './load-demo-requests';

/**
 * The demo's past requests (demo-past-requests.ts), each once: a request already there (same title
 * in the same center) is left alone, with its offers, matches and activity records.
 *
 * Each is told with the rows the real flow writes, in the order and with the checks it makes, but
 * dated in the past (the services stamp now()): RequestsService.createForOrganisation /
 * createByIntake (history, intake audit, sensitive-data consent) and moveStatus (only the moves
 * REQUEST_TRANSITIONS allows); OffersService.create + respond (a mailed offer, accepted through its
 * link) or recordPhoneAgreement, each moving an open request to 調整中; MatchesService.approve
 * (approved by the center's coordinator, マッチング済み at the headcount, both contacts reads
 * audited); ActivitiesService.record (recorded by the coordinator; a one-day request is 完了 once
 * every approved match has a completed record) and a coordinator's 完了 otherwise. The mails of that
 * flow (offer, answer, confirmation) are not written to the outbox: they belong to the past, and
 * sending them now would mail stale links.
 */
export async function loadDemoPastRequests(manager: EntityManager, parties: DemoParties): Promise<void> {
  const centers = new Map((await manager.find(VolunteerCenter)).map((center) => [center.code, center]));
  const areas = new Map((await manager.find(Area)).map((area) => [area.code, area]));
  const today = todayInJapan();
  for (const demo of DEMO_PAST_REQUESTS) {
    const center = centers.get(demo.centerCode);
    if (!center) throw new Error(`Demo past request ${demo.title}: no center ${demo.centerCode}`);
    if (await manager.existsBy(VolunteerRequest, { centerId: center.id, title: demo.title })) continue;
    const area = areas.get(demo.areaCode);
    if (!area) throw new Error(`Demo past request ${demo.title}: no area ${demo.areaCode}`);
    await loadPastRequest(manager, demo, center, area, parties, today);
  }
}

interface PastVolunteer {
  demo: DemoPastVolunteer;
  personId: string;
  matchId: string;
  completed: boolean;
}

async function loadPastRequest(
  manager: EntityManager,
  demo: DemoPastRequest,
  center: VolunteerCenter,
  area: Area,
  parties: DemoParties,
  today: string,
): Promise<void> {
  const fail = (problem: string) => new Error(`Demo past request ${demo.title}: ${problem}`);
  // A district without a demo coordinator of its own is handled by the ward center's, whose scope takes it in.
  const coordinator = (await demoCoordinatorOf(manager, demo.centerCode)) ?? (await demoCoordinatorOf(manager, DEMO_WARD_CENTER.code));
  if (!coordinator) throw fail(`no demo coordinator for ${demo.centerCode}`);
  const group = 'organisation' in demo.by ? parties.organisations.get(demo.by.organisation) : undefined;
  const requester = 'requester' in demo.by ? parties.requesters.get(demo.by.requester) : undefined;
  if (!group && !requester) throw fail('nobody asks for it');

  const days = activityDays(demo.schedule, today);
  if (demo.volunteers.length !== demo.headcount) throw fail('as many volunteers as the headcount, please');
  if (demo.volunteers.some((volunteer) => volunteer.activities.length !== days.length)) throw fail('one activity per day, please');
  const first = days[0];
  const last = days[days.length - 1];
  // Taken in about two weeks before the first activity, offered and agreed within two days,
  // approved the day after; each activity recorded the next morning, the request closed two days
  // after the last. Times are Japan's.
  const when = {
    created: inJapan(first - 16, '10:00'),
    opened: inJapan(first - 15, '09:30'),
    offered: (index: number) => inJapan(first - 13, '14:00', index * 10),
    answered: (index: number) => inJapan(first - 12, '19:30', index * 25),
    approved: (index: number) => inJapan(first - 11, '10:00', index * 5),
    recorded: (day: number, index: number) => inJapan(day + 1, '10:00', index * 5),
    closed: inJapan(last + 2, '11:00'),
  };
  if (when.closed.getTime() >= Date.now()) throw fail('it would end in the future: give it an earlier day');

  // Registered volunteers of the request's center tree (OffersService.volunteersFor), registered
  // before the request was taken in, so 活動につながった数 counts them; a mailed offer needs an address.
  const tree = await centerTreeOf(manager, center.id);
  const volunteers: Omit<PastVolunteer, 'matchId' | 'completed'>[] = [];
  for (const volunteer of demo.volunteers) {
    const personId = await registeredDemoVolunteer(manager, volunteer.name, when.created);
    if (!personId) throw fail(`${volunteer.name} is not a demo volunteer registered before ${when.created.toISOString()}`);
    const contact = (await volunteerContacts(manager, [personId])).get(personId);
    if (!contact?.activeCenterId || !tree.includes(contact.activeCenterId))
      throw fail(`${volunteer.name} is not a volunteer of its centers`);
    if (volunteer.agreed === 'mail' && !contact.email) throw fail(`${volunteer.name} has no address for a mailed offer`);
    volunteers.push({ demo: volunteer, personId });
  }

  // 受付: a group's member sends it (submitted); a request taken in by phone opens at once.
  const schedule = cleanSchedule(scheduleOf(demo.schedule, days));
  const createdBy = group ? group.memberAccountId : coordinator.id;
  const requesterPersonId = group ? group.memberPersonId : (requester?.id ?? null);
  const firstStatus = group ? RequestStatus.Submitted : RequestStatus.Open;
  const request = await manager.save(
    manager.create(
      VolunteerRequest,
      demoRequestRow(demo, {
        centerId: center.id,
        areaId: area.id,
        status: firstStatus,
        schedule,
        createdBy,
        requesterPersonId,
        organisationId: group ? group.organisation.id : null,
        at: when.created,
      }),
    ),
  );
  await manager.insert(RequestStatusChangeRecord, {
    requestId: request.id,
    fromStatus: null,
    toStatus: firstStatus,
    byAccountId: createdBy,
    reason: null,
    at: when.created,
  });
  // Where the request stands (a closure moves it: an object, so the checks below read it afresh).
  const state: { status: RequestStatus; changedAt: Date } = { status: firstStatus, changedAt: when.created };
  /** RequestsService.moveStatus, by the center's coordinator, at a past moment. */
  const move = async (to: RequestStatus, at: Date, reason: string | null = null) => {
    if (!canMoveRequest(state.status, to)) throw fail(`${state.status} → ${to} is not a move the services make`);
    await manager.insert(RequestStatusChangeRecord, {
      requestId: request.id,
      fromStatus: state.status,
      toStatus: to,
      byAccountId: coordinator.id,
      reason,
      at,
    });
    state.status = to;
    state.changedAt = at;
  };

  if (requester) {
    // The person's consent to the sensitive notes, once per wording version (recordSensitiveConsent).
    const purpose = ConsentPurpose.SensitiveData;
    const version = CURRENT_CONSENT_VERSION[purpose];
    if (demo.sensitiveNotes && !(await manager.existsBy(Consent, { personId: requester.id, purpose, version, withdrawnAt: IsNull() }))) {
      await manager.insert(Consent, { personId: requester.id, purpose, version, givenAt: when.created });
    }
    await manager.insert(AuditLog, {
      at: when.created,
      actorAccountId: coordinator.id,
      subjectPersonId: requester.id,
      action: AuditAction.Create,
      reason: null,
      detail: `request:${request.id}`,
    });
  } else {
    await move(RequestStatus.Open, when.opened);
  }

  // 打診: a mailed offer accepted through its link (the match dates from the answer), or agreed on the phone.
  const matched: PastVolunteer[] = [];
  for (const [index, volunteer] of volunteers.entries()) {
    const mailed = volunteer.demo.agreed === 'mail';
    const sentAt = when.offered(index);
    const answeredAt = mailed ? when.answered(index) : sentAt;
    const offer = await manager.save(
      manager.create(Offer, {
        requestId: request.id,
        personId: volunteer.personId,
        status: OfferStatus.Accepted,
        channel: mailed ? OfferChannel.Mail : OfferChannel.Phone,
        // Only the hash of a mailed link is kept; this one was used and nobody holds the token.
        tokenHash: mailed ? newSecretToken().hash : null,
        expiresAt: mailed ? new Date(sentAt.getTime() + OFFER_LINK_VALID_HOURS * 3600_000) : sentAt,
        message: mailed ? (demo.offerMessage ?? null) : (volunteer.demo.note ?? null),
        sentAt,
        answeredAt,
        createdByAccountId: coordinator.id,
      }),
    );
    if (state.status === RequestStatus.Open) await move(RequestStatus.Matching, sentAt);
    const match = await manager.save(
      manager.create(Match, { requestId: request.id, personId: volunteer.personId, offerId: offer.id, createdAt: answeredAt }),
    );
    matched.push({ ...volunteer, matchId: match.id, completed: false });
  }

  // 承認: both sides' contacts go to each other (audited); マッチング済み at the headcount.
  for (const [index, volunteer] of matched.entries()) {
    const at = when.approved(index);
    await manager.update(
      Match,
      { id: volunteer.matchId },
      { status: MatchStatus.Approved, approvedAt: at, approvedByAccountId: coordinator.id },
    );
    if (state.status === RequestStatus.Open) await move(RequestStatus.Matching, at);
    if (index + 1 >= demo.headcount) await move(RequestStatus.Matched, at);
    const read = { at, actorAccountId: coordinator.id, action: AuditAction.Read, reason: AccessReason.Coordination };
    await manager.insert(AuditLog, {
      ...read,
      subjectPersonId: volunteer.personId,
      detail: `match:${volunteer.matchId}:approved (volunteer's contacts to the requester)`,
    });
    if (requesterPersonId) {
      await manager.insert(AuditLog, {
        ...read,
        subjectPersonId: requesterPersonId,
        detail: `match:${volunteer.matchId}:approved (requester's contacts and address to the volunteer)`,
      });
    }
  }

  // 活動記録, by the coordinator (the demo volunteers have no login); a one-day request is 完了 by itself.
  for (const [dayIndex, day] of days.entries()) {
    for (const [index, volunteer] of matched.entries()) {
      const activity = volunteer.demo.activities[dayIndex];
      const noShow = 'noShow' in activity;
      const at = when.recorded(day, index);
      await manager.insert(ActivityRecord, {
        matchId: volunteer.matchId,
        requestId: request.id,
        personId: volunteer.personId,
        centerId: center.id,
        date: dateOfDayNumber(day),
        hours: noShow ? 0 : activity.hours,
        outcome: noShow ? ActivityOutcome.NoShow : ActivityOutcome.Completed,
        notes: activity.notes,
        recordedByAccountId: coordinator.id,
        createdAt: at,
      });
      if (!noShow) volunteer.completed = true;
      if (schedule.kind === 'once' && state.status === RequestStatus.Matched && matched.every(({ completed }) => completed)) {
        await move(RequestStatus.Done, at);
      }
    }
  }
  if (state.status === RequestStatus.Done && demo.closeReason) throw fail('it ended by itself: no closeReason');
  if (state.status !== RequestStatus.Done) await move(RequestStatus.Done, when.closed, demo.closeReason ?? null);
  await manager.update(VolunteerRequest, { id: request.id }, { status: state.status, updatedAt: state.changedAt });
}

/** The demo volunteer of that name, registered in the skills bank (active) since before `by`. */
async function registeredDemoVolunteer(manager: EntityManager, name: string, by: Date): Promise<string | null> {
  const demo = DEMO_VOLUNTEERS.find((volunteer) => volunteer.name === name);
  if (!demo) return null;
  const rows: { id: string }[] = await manager.query(
    `SELECT p.id FROM person p
       JOIN skill_profile sp ON sp.person_id = p.id AND sp.status = 'active'
       JOIN skill_registration_period rp ON rp.profile_id = sp.id AND rp.ended_at IS NULL AND rp.started_at <= $3
      WHERE p.name = $1 AND p.birth_date = $2 AND p.anonymised_at IS NULL
      ORDER BY rp.started_at, p.id
      LIMIT 1`,
    [name, demo.birthDate, by],
  );
  return rows[0]?.id ?? null;
}

/** The activity days as day numbers (dayNumberOf), oldest first, every one before today. */
function activityDays(schedule: DemoPastRequest['schedule'], today: string): number[] {
  const days =
    schedule.kind === 'once'
      ? [pastDay(schedule.day, today)]
      : schedule.weeksAgo.map((weeksAgo) => pastDay({ weekday: schedule.weekday, weeksAgo }, today));
  if (days.length === 0 || days.some((day, index) => index > 0 && day <= days[index - 1])) {
    throw new Error('Demo past request: activity days oldest first, please');
  }
  return days;
}

function scheduleOf(schedule: DemoPastRequest['schedule'], days: number[]): RequestSchedule {
  if (schedule.kind === 'once') {
    return { kind: 'once', date: dateOfDayNumber(days[0]), startTime: schedule.startTime, endTime: schedule.endTime };
  }
  return {
    kind: 'weekly',
    slots: [{ day: schedule.weekday, period: schedule.period }],
    from: dateOfDayNumber(days[0]),
    until: dateOfDayNumber(days[days.length - 1]),
  };
}

/** The last `weekday` on or before today - 1 - (weeksAgo - 1) weeks: 'sat', 1 → the last Saturday before today, never today. */
function pastDay({ weekday, weeksAgo }: DemoPastDay, today: string): number {
  const start = dayNumberOf(today) - 1 - (weeksAgo - 1) * 7;
  return start - ((weekdayIndexOf(dateOfDayNumber(start)) - WEEKDAYS.indexOf(weekday) + 7) % 7);
}

/** A moment in Japan: the day (dayNumberOf), 'HH:mm', and minutes after it. */
function inJapan(day: number, time: string, minutesLater = 0): Date {
  return new Date(Date.parse(`${dateOfDayNumber(day)}T${time}:00+09:00`) + minutesLater * 60_000);
}
