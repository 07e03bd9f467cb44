import {
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  type RequestSchedule,
  RequestSource,
  RequestStatus,
  Role,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf, weekdayIndexOf } from '@tsunagu/matching';
import type { DeepPartial, EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { RoleGrant } from '../accounts/role-grant.entity';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { Consent } from '../consents/consent.entity';
import { hashPassword } from '../core/auth/passwords';
import { OrganisationMember } from '../organisations/organisation-member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { requiredQualificationsFor } from '../requests/requests.service';
import { cleanSchedule, scheduleColumns } from '../requests/request-schedule';
import { RequestStatusChangeRecord } from '../requests/request-status-change.entity';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { todayInJapan } from '../skills/insurance-cover';
import { DEMO_ORGANISATIONS, DEMO_REQUESTERS, DEMO_REQUESTS, type DemoDay, type DemoRequest, type DemoSchedule } from './demo-requests';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo-staff';

/** Who asks in the demo: each group (by code) with the member who posts for it, and each resident taken in by phone (by name). */
export interface DemoParties {
  organisations: Map<string, { organisation: Organisation; memberAccountId: string; memberPersonId: string }>;
  requesters: Map<string, Person>;
}

/** The demo coordinator of a center (demo-staff.ts), if their account is there. */
export async function demoCoordinatorOf(manager: EntityManager, centerCode: string): Promise<Account | null> {
  const email = DEMO_STAFF.find((staff) => staff.centerCode === centerCode)?.email;
  return email ? await manager.findOneBy(Account, { email }) : null;
}

/**
 * The demo groups, residents and requests, each once: a group or person already there (same name)
 * and a request already there (same title in the same center) are left alone.
 */
export async function loadDemoRequests(manager: EntityManager): Promise<DemoParties> {
  const centers = new Map((await manager.find(VolunteerCenter)).map((center) => [center.code, center]));
  const areas = new Map((await manager.find(Area)).map((area) => [area.code, area]));
  const centerOf = (code: string) => {
    const center = centers.get(code);
    if (!center) throw new Error(`Demo requests: no center ${code}`);
    return center;
  };
  const staffOf = (centerCode: string) => demoCoordinatorOf(manager, centerCode);

  const organisations: DemoParties['organisations'] = new Map();
  for (const demo of DEMO_ORGANISATIONS) {
    const center = centerOf(demo.centerCode);
    const memberAccount =
      (await manager.findOneBy(Account, { email: demo.member.email })) ??
      (await manager.save(
        manager.create(Account, {
          email: demo.member.email,
          passwordHash: await hashPassword(DEMO_STAFF_PASSWORD),
          locale: 'ja',
          emailVerifiedAt: new Date(),
        }),
      ));
    const memberPerson =
      (await manager.findOneBy(Person, { accountId: memberAccount.id })) ??
      (await manager.save(
        manager.create(Person, {
          accountId: memberAccount.id,
          centerId: center.id,
          name: demo.member.name,
          nameKana: demo.member.nameKana,
        }),
      ));
    let organisation = await manager.findOneBy(Organisation, { name: demo.name });
    if (!organisation) {
      const decider = await staffOf(demo.centerCode);
      organisation = await manager.save(
        manager.create(Organisation, {
          kind: demo.kind,
          name: demo.name,
          nameKana: demo.nameKana,
          centerId: center.id,
          representativeName: demo.representativeName,
          phone: demo.phone,
          email: demo.email,
          address: demo.address,
          description: demo.description,
          status: 'approved',
          decisionReason: null,
          applicantAccountId: memberAccount.id,
          decidedByAccountId: decider?.id ?? null,
          decidedAt: new Date(),
        }),
      );
      await manager
        .createQueryBuilder()
        .insert()
        .into(OrganisationMember)
        .values({ organisationId: organisation.id, accountId: memberAccount.id })
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ accountId: memberAccount.id, role: Role.OrganisationMember, centerId: null })
        .orIgnore()
        .execute();
    }
    organisations.set(demo.code, { organisation, memberAccountId: memberAccount.id, memberPersonId: memberPerson.id });
  }

  const requesters = new Map<string, Person>();
  for (const demo of DEMO_REQUESTERS) {
    const center = centerOf(demo.centerCode);
    let person = await manager.findOneBy(Person, { name: demo.name, birthDate: demo.birthDate });
    if (!person) {
      const staff = await staffOf(demo.centerCode);
      person = await manager.save(
        manager.create(Person, {
          centerId: center.id,
          name: demo.name,
          nameKana: demo.nameKana,
          birthDate: demo.birthDate,
          phone: demo.phone,
          postalAddress: demo.postalAddress,
          contactMethod: ContactMethod.Phone,
          registeredByAccountId: staff?.id ?? null,
        }),
      );
      // Given by phone and recorded by the coordinator, as at a real proxy registration.
      await manager.insert(
        Consent,
        [ConsentPurpose.AccountRegistration, ConsentPurpose.SensitiveData].map((purpose) => ({
          personId: person?.id,
          purpose,
          version: CURRENT_CONSENT_VERSION[purpose],
        })),
      );
    }
    requesters.set(demo.name, person);
  }

  const today = todayInJapan();
  for (const demo of DEMO_REQUESTS) {
    const center = centerOf(demo.centerCode);
    if (await manager.existsBy(VolunteerRequest, { centerId: center.id, title: demo.title })) continue;
    const area = areas.get(demo.areaCode);
    if (!area) throw new Error(`Demo request ${demo.title}: no area ${demo.areaCode}`);
    const staff = await staffOf(demo.centerCode);
    const group = 'organisation' in demo.by ? organisations.get(demo.by.organisation) : undefined;
    const requester = 'requester' in demo.by ? requesters.get(demo.by.requester) : undefined;
    if (!group && !requester) throw new Error(`Demo request ${demo.title}: nobody asks for it`);
    const firstStatus = group
      ? demo.moves[0]?.to === RequestStatus.Draft
        ? RequestStatus.Draft
        : RequestStatus.Submitted
      : RequestStatus.Open;
    const schedule = cleanSchedule(scheduleOf(demo.schedule, today));
    const createdBy = group ? group.memberAccountId : (staff?.id ?? null);
    const request = await manager.save(
      manager.create(
        VolunteerRequest,
        demoRequestRow(demo, {
          centerId: center.id,
          areaId: area.id,
          status: firstStatus,
          schedule,
          createdBy,
          requesterPersonId: group ? group.memberPersonId : (requester?.id ?? null),
          organisationId: group ? group.organisation.id : null,
          at: new Date(),
        }),
      ),
    );
    await manager.insert(RequestStatusChangeRecord, {
      requestId: request.id,
      fromStatus: null,
      toStatus: firstStatus,
      byAccountId: createdBy,
    });
    let status = firstStatus;
    for (const move of demo.moves) {
      if (move.to === status) continue;
      // The group cancels its own; the center's coordinator does the rest.
      const by = move.to === RequestStatus.Cancelled && group ? group.memberAccountId : (staff?.id ?? null);
      await manager.insert(RequestStatusChangeRecord, {
        requestId: request.id,
        fromStatus: status,
        toStatus: move.to,
        byAccountId: by,
        reason: move.reason ?? null,
      });
      status = move.to;
    }
    if (status !== firstStatus) await manager.update(VolunteerRequest, { id: request.id }, { status });
  }
  return { organisations, requesters };
}

function scheduleOf(schedule: DemoSchedule, today: string): RequestSchedule {
  switch (schedule.kind) {
    case 'once':
      return { kind: 'once', date: dateOf(schedule.day, today), startTime: schedule.startTime, endTime: schedule.endTime };
    case 'weekly':
      return {
        kind: 'weekly',
        slots: schedule.slots,
        from: dateOf(schedule.from, today),
        until: schedule.until ? dateOf(schedule.until, today) : null,
      };
    case 'flexible':
      return { kind: 'flexible', from: dateOf(schedule.from, today), until: dateOf(schedule.until, today) };
  }
}

/** The first `weekday` on or after today + (weeksAhead - 1) weeks + 1 day: 'sat', 1 → the coming Saturday, never today. */
function dateOf({ weekday, weeksAhead }: DemoDay, today: string): string {
  const start = dayNumberOf(today) + 1 + (weeksAhead - 1) * 7;
  const offset = (WEEKDAYS.indexOf(weekday) - weekdayIndexOf(dateOfDayNumber(start)) + 7) % 7;
  return dateOfDayNumber(start + offset);
}

/**
 * The request row of a demo request, current or past, as RequestsService writes it: qualifications
 * the categories require, the schedule's columns, consent to the sensitive notes when there are some.
 */
export function demoRequestRow(
  demo: Omit<DemoRequest, 'schedule' | 'moves'>,
  row: {
    centerId: string;
    areaId: string;
    status: RequestStatus;
    schedule: RequestSchedule;
    createdBy: string | null;
    requesterPersonId: string | null;
    organisationId: string | null;
    /** When it was taken in. */
    at: Date;
  },
): DeepPartial<VolunteerRequest> {
  return {
    centerId: row.centerId,
    status: row.status,
    source: row.organisationId ? RequestSource.Organisation : RequestSource.StaffIntake,
    title: demo.title,
    description: demo.description,
    categoryCodes: demo.categoryCodes,
    headcount: demo.headcount,
    schedule: row.schedule,
    ...scheduleColumns(row.schedule),
    areaId: row.areaId,
    address: demo.address,
    requiredQualifications: requiredQualificationsFor(demo.categoryCodes, demo.requiredQualifications ?? []),
    requiredLanguages: demo.requiredLanguages ?? [],
    accessibilityNotes: demo.accessibilityNotes ?? null,
    whatToBring: demo.whatToBring ?? null,
    costsNote: demo.costsNote ?? null,
    sensitiveNotes: demo.sensitiveNotes ?? null,
    sensitiveConsentVersion: demo.sensitiveNotes ? CURRENT_CONSENT_VERSION[ConsentPurpose.SensitiveData] : null,
    sensitiveConsentAt: demo.sensitiveNotes ? row.at : null,
    online: demo.online ?? false,
    requesterPersonId: row.requesterPersonId,
    organisationId: row.organisationId,
    createdByAccountId: row.createdBy,
    createdAt: row.at,
    updatedAt: row.at,
  };
}
