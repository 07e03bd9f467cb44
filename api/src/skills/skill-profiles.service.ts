import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessReason,
  type AccessReasonQuery,
  AuditAction,
  type SkillProfile,
  type SkillProfileInput,
  type SkillProfileResponse,
  SkillProfileStatus,
  SKILL_PROFILE_LIMITS,
} from '@tsunagu/contracts';
import { normalizeJapanese, maskToSlots, slotsToMask } from '@tsunagu/matching';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Area } from '../centers/area.entity';
import { scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { VolunteerCenter, VolunteerCenterKind } from '../centers/volunteer-center.entity';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { type FieldProblem, InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { Person } from '../people/person.entity';
import { coversOn, coverStartInFiscalYear, fiscalYearRange, todayInJapan } from './insurance-cover';
import { SkillRecord } from './skill.entity';
import { SkillProfileRecord } from './skill-profile.entity';
import { SkillRegistrationPeriod } from './skill-registration-period.entity';
import { searchFieldsOf } from './skill-search-fields';

export interface SaveOptions {
  /** true: check everything and register (active); false: keep a draft at `step`. */
  submit: boolean;
  step: number;
}

/** The audit log's reason and detail for a staff access: with 「その他」, the staff member's words. */
const auditedAccess = ({ reason, reasonNote }: AccessReasonQuery) => ({
  reason,
  detail: reason === AccessReason.Other ? (reasonNote ?? null) : 'skill-profile',
});

/**
 * 特技バンクの登録: the resident's own profile, and staff filling it in by proxy.
 *
 * A draft is saved as far as it goes (only what is filled in is checked). Registering checks
 * everything and makes the profile active: searchable by coordinators and counted in 登録者数.
 * An active profile stays complete: every later save is checked in full.
 */
@Injectable()
export class SkillProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly audit: AuditService,
  ) {}

  async getOwn(viewer: AuthenticatedViewer): Promise<SkillProfileResponse> {
    const person = await this.ownPerson(viewer);
    return { profile: await this.profileOf(person.id) };
  }

  async saveOwn(viewer: AuthenticatedViewer, input: SkillProfileInput, options: SaveOptions): Promise<SkillProfileResponse> {
    const person = await this.ownPerson(viewer);
    await this.dataSource.transaction((manager) => this.save(manager, person.id, input, options));
    return { profile: await this.profileOf(person.id) };
  }

  /** 「登録をやめる」: out of the search at once; the registration stays in the figures' history. */
  async withdrawOwn(viewer: AuthenticatedViewer): Promise<void> {
    const person = await this.ownPerson(viewer);
    const withdrawn = await this.dataSource.transaction((manager) => this.withdraw(manager, person.id));
    if (!withdrawn) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
  }

  /** A coordinator of the person's center reads the profile; the reason goes to the audit log. */
  async getForStaff(viewer: AuthenticatedViewer, personId: string, access: AccessReasonQuery): Promise<SkillProfileResponse> {
    const person = await this.personInScope(viewer, personId);
    await this.audit.record({
      actorAccountId: viewer.accountId,
      subjectPersonId: person.id,
      action: AuditAction.Read,
      ...auditedAccess(access),
    });
    return { profile: await this.profileOf(person.id) };
  }

  /** 代理入力: a coordinator fills in the profile for the person (paper form, phone, counter). */
  async saveForStaff(
    viewer: AuthenticatedViewer,
    personId: string,
    input: SkillProfileInput,
    options: SaveOptions,
  ): Promise<SkillProfileResponse> {
    const person = await this.personInScope(viewer, personId);
    await this.dataSource.transaction(async (manager) => {
      await this.save(manager, person.id, input, options);
      await this.audit.record(
        { actorAccountId: viewer.accountId, subjectPersonId: person.id, action: AuditAction.Update, detail: 'skill-profile' },
        manager,
      );
    });
    return { profile: await this.profileOf(person.id) };
  }

  /**
   * Saves a person's profile in the caller's transaction (also used by the register import).
   * Throws InvalidInputException with every problem found, fields named as in the request
   * (`skills`, `homeAreaId`, `insurance.coverStart` …).
   */
  async save(manager: EntityManager, personId: string, input: SkillProfileInput, options: SaveOptions): Promise<SkillProfileRecord> {
    // One save at a time per person: the profile row may not exist yet, so the person's row is locked.
    const person = await manager.findOneOrFail(Person, { where: { id: personId }, lock: { mode: 'pessimistic_write' } });
    const center = await manager.findOneByOrFail(VolunteerCenter, { id: person.centerId });
    const existing = await manager.findOne(SkillProfileRecord, { where: { personId } });
    const wasActive = existing?.status === SkillProfileStatus.Active;
    const complete = options.submit || wasActive;

    const areas = await this.checkedAreas(manager, input);
    const problems = [...areas.problems, ...this.inputProblems(person, input, complete)];
    if (problems.length > 0) throw new InvalidInputException(problems);

    // Sign-up puts everyone at the ward center; once they say where they live, that district
    // center looks after them. A person a district registered stays with that district.
    const homeArea = input.homeAreaId ? areas.byId.get(input.homeAreaId) : undefined;
    if (homeArea && center.kind === VolunteerCenterKind.Ward && homeArea.centerId !== person.centerId) {
      await manager.update(Person, { id: person.id }, { centerId: homeArea.centerId });
      person.centerId = homeArea.centerId;
    }

    const now = new Date();
    const status = complete ? SkillProfileStatus.Active : SkillProfileStatus.Draft;
    const skills = input.skills.map((skill) => ({ ...skill, ownWords: skill.ownWords.trim() }));
    const fields = {
      personId: person.id,
      centerId: person.centerId,
      status,
      step: Math.min(Math.max(options.step, 1), SKILL_PROFILE_LIMITS.steps),
      nickname: input.nickname?.trim() || null,
      publicListing: input.publicListing,
      inPerson: input.inPerson,
      online: input.online,
      languages: [...new Set(input.languages)],
      qualifications: [...new Set(input.qualifications)],
      homeAreaId: input.homeAreaId,
      areaIds: [...new Set(input.areaIds)],
      weeklySlots: slotsToMask(input.weeklySlots),
      datesOff: [...new Set(input.datesOff)].sort(),
      transport: [...new Set(input.transport)],
      insurancePlan: input.insurance?.plan ?? null,
      insuranceFiscalYear: input.insurance?.fiscalYear ?? null,
      insuranceCoverStart: input.insurance?.coverStart ?? null,
      ...searchFieldsOf(skills),
      registeredAt: complete ? (existing?.registeredAt ?? now) : (existing?.registeredAt ?? null),
      withdrawnAt: null,
    };
    const profile = existing ? manager.merge(SkillProfileRecord, existing, fields) : manager.create(SkillProfileRecord, fields);
    const saved = await manager.save(profile);

    await manager.delete(SkillRecord, { profileId: saved.id });
    if (skills.length > 0) {
      await manager.insert(
        SkillRecord,
        skills.map((skill, index) => ({
          profileId: saved.id,
          categoryCode: skill.categoryCode,
          ownWords: skill.ownWords,
          level: skill.level,
          sortOrder: index,
        })),
      );
    }
    if (complete && !wasActive) await manager.insert(SkillRegistrationPeriod, { profileId: saved.id, startedAt: now, endedAt: null });
    return saved;
  }

  /** Ends the registration (true), or false when the person has no profile. */
  async withdraw(manager: EntityManager, personId: string): Promise<boolean> {
    const profile = await manager.findOne(SkillProfileRecord, { where: { personId }, lock: { mode: 'pessimistic_write' } });
    if (!profile) return false;
    if (profile.status === SkillProfileStatus.Withdrawn) return true;
    const now = new Date();
    await manager.update(SkillRegistrationPeriod, { profileId: profile.id, endedAt: IsNull() }, { endedAt: now });
    await manager.update(
      SkillProfileRecord,
      { id: profile.id },
      { status: SkillProfileStatus.Withdrawn, withdrawnAt: now, publicListing: false },
    );
    return true;
  }

  /**
   * The person's data is erased (登録の削除): the registration ends and what they wrote goes;
   * the categories, areas and dates stay so the figures do not change.
   */
  async forgetPerson(manager: EntityManager, personId: string): Promise<void> {
    const profile = await manager.findOne(SkillProfileRecord, { where: { personId } });
    if (!profile) return;
    await this.withdraw(manager, personId);
    await manager.update(SkillRecord, { profileId: profile.id }, { ownWords: '' });
    await manager.update(SkillProfileRecord, { id: profile.id }, { nickname: null, searchText: '', ownWordsTerms: [], datesOff: [] });
  }

  async profileOf(personId: string, manager: EntityManager = this.dataSource.manager): Promise<SkillProfile | null> {
    const profile = await manager.findOne(SkillProfileRecord, { where: { personId }, relations: { skills: true } });
    return profile ? toSkillProfile(profile) : null;
  }

  private async checkedAreas(
    manager: EntityManager,
    input: SkillProfileInput,
  ): Promise<{ byId: Map<string, Area>; problems: FieldProblem[] }> {
    const ids = [...new Set([...(input.homeAreaId ? [input.homeAreaId] : []), ...input.areaIds])];
    const found = ids.length > 0 ? await manager.find(Area, { where: { id: In(ids) } }) : [];
    const byId = new Map(found.map((area) => [area.id, area]));
    const problems: FieldProblem[] = [];
    if (input.homeAreaId && !byId.has(input.homeAreaId)) problems.push({ field: 'homeAreaId', rule: 'unknownArea' });
    if (input.areaIds.some((id) => !byId.has(id))) problems.push({ field: 'areaIds', rule: 'unknownArea' });
    return { byId, problems };
  }

  /** What registering needs, and what must be right whenever it is filled in. */
  private inputProblems(person: Person, input: SkillProfileInput, complete: boolean): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (input.insurance && !coverStartInFiscalYear(input.insurance)) {
      const { from, to } = fiscalYearRange(input.insurance.fiscalYear);
      problems.push({
        field: 'insurance.coverStart',
        rule: 'coverStartInFiscalYear',
        args: { fiscalYear: input.insurance.fiscalYear, from, to },
      });
    }
    const nickname = input.nickname?.trim();
    if (nickname && normalizeJapanese(nickname) === normalizeJapanese(person.name)) {
      problems.push({ field: 'nickname', rule: 'nicknameIsName' });
    }
    if (!complete) return problems;
    if (input.skills.length === 0) problems.push({ field: 'skills', rule: 'atLeastOneSkill' });
    if (!input.homeAreaId) problems.push({ field: 'homeAreaId', rule: 'requiredChoice' });
    if (!input.inPerson && !input.online) problems.push({ field: 'inPerson', rule: 'howToHelp' });
    if (input.publicListing && !nickname) problems.push({ field: 'nickname', rule: 'requiredForPublicListing' });
    return problems;
  }

  private async ownPerson(viewer: AuthenticatedViewer): Promise<Person> {
    const person = await this.dataSource.getRepository(Person).findOne({ where: { accountId: viewer.accountId, anonymisedAt: IsNull() } });
    if (!person) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return person;
  }

  /** The same rule as GET /people/:id: staff of the person's center (ward staff: every district). */
  private async personInScope(viewer: AuthenticatedViewer, personId: string): Promise<Person> {
    const person = await this.dataSource.getRepository(Person).findOne({ where: { id: personId, anonymisedAt: IsNull() } });
    if (!person) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    if (!scopeIncludes(await this.centers.scopeOf(viewer), person.centerId)) {
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'outsideCenter');
    }
    return person;
  }
}

export function toSkillProfile(profile: SkillProfileRecord, today = todayInJapan()): SkillProfile {
  const insurance =
    profile.insurancePlan && profile.insuranceFiscalYear !== null && profile.insuranceCoverStart
      ? { plan: profile.insurancePlan, fiscalYear: profile.insuranceFiscalYear, coverStart: profile.insuranceCoverStart }
      : null;
  return {
    personId: profile.personId,
    centerId: profile.centerId,
    status: profile.status,
    step: profile.step,
    skills: [...(profile.skills ?? [])]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ categoryCode, ownWords, level }) => ({ categoryCode, ownWords, level })),
    qualifications: profile.qualifications,
    languages: profile.languages,
    weeklySlots: maskToSlots(profile.weeklySlots),
    datesOff: profile.datesOff.map(asDateString),
    homeAreaId: profile.homeAreaId,
    areaIds: profile.areaIds,
    inPerson: profile.inPerson,
    online: profile.online,
    transport: profile.transport as SkillProfile['transport'],
    insurance,
    publicListing: profile.publicListing,
    nickname: profile.nickname,
    registeredAt: profile.registeredAt?.toISOString() ?? null,
    updatedAt: profile.updatedAt.toISOString(),
    insuredToday: coversOn(insurance, today),
  };
}

/** node-postgres may hand a date[] back as Date objects (midnight UTC) or as strings. */
function asDateString(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
