import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessReason,
  type AccessReasonQuery,
  AuditAction,
  type DuplicateCheckResult,
  type Page,
  type PersonalDataExport,
  type PersonDetail,
  type PersonSummary,
} from '@tsunagu/contracts';
import { toHiragana } from '@tsunagu/matching';
import { Brackets, DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { RoleGrant } from '../accounts/role-grant.entity';
import { ActivitiesService } from '../activities/activities.service';
import { AuditService } from '../audit/audit.service';
import { type CenterScope, scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { Consent } from '../consents/consent.entity';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { MatchesService } from '../matching/matches.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RequestsService } from '../requests/requests.service';
import { SkillProfilesService } from '../skills/skill-profiles.service';
import type { DuplicateCheckDto, PeopleQueryDto, ProxyRegistrationDto } from './dto/people.dto';
import { Person } from './person.entity';
import { ProxyRegistrationService } from './proxy-registration.service';

const ERASED_NAME = '（削除済み）';

// The duplicate rules live with proxy registration; the skills import uses them from here too.
export { digitsOf, DUPLICATE_MIN_MATCHES, matchedFacts } from './proxy-registration.service';

/** The audit log's reason and detail for a staff access: with 「その他」, the staff member's own words as the detail. */
const auditedAccess = ({ reason, reasonNote }: AccessReasonQuery) => ({
  reason,
  detail: reason === AccessReason.Other ? (reasonNote ?? null) : null,
});

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    private readonly skillProfiles: SkillProfilesService,
    private readonly proxyRegistration: ProxyRegistrationService,
    private readonly requests: RequestsService,
    private readonly matches: MatchesService,
    private readonly activities: ActivitiesService,
  ) {}

  /** Possible duplicates in the viewer's centers, and a bare count of those elsewhere. */
  findDuplicates(viewer: AuthenticatedViewer, dto: DuplicateCheckDto): Promise<DuplicateCheckResult> {
    return this.proxyRegistration.findDuplicates(viewer, dto);
  }

  /** 代理登録: refused while a possible duplicate in the viewer's centers is not acknowledged. */
  async registerByProxy(viewer: AuthenticatedViewer, dto: ProxyRegistrationDto): Promise<PersonSummary> {
    const person = await this.dataSource.transaction((manager) => this.proxyRegistration.register(manager, viewer, dto));
    return this.summaryOf(await this.personOrFail(person.id));
  }

  /** The people of the viewer's centers, without contact details; the search itself is audited. */
  async list(viewer: AuthenticatedViewer, query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    const scope = await this.centers.scopeOf(viewer);
    const builder = this.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.center', 'center')
      .where('person.anonymised_at IS NULL')
      .orderBy('person.created_at', 'DESC');
    if (scope.kind === 'centers') {
      if (scope.centerIds.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      builder.andWhere('person.center_id IN (:...centerIds)', { centerIds: scope.centerIds });
    }
    if (query.q) {
      builder.andWhere(
        new Brackets((any) =>
          any
            .where('person.name ILIKE :q', { q: `%${query.q}%` })
            .orWhere('person.name_kana ILIKE :kana', { kana: `%${toHiragana(query.q ?? '')}%` }),
        ),
      );
    }
    const [people, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    await this.audit.record({ actorAccountId: viewer.accountId, subjectPersonId: null, action: AuditAction.List, detail: query.q ?? null });
    return { items: people.map((person) => this.summaryOf(person)), total, page: query.page, pageSize: query.pageSize };
  }

  /** A person's contact details: for staff of the person's center, with the reason logged. */
  async detail(viewer: AuthenticatedViewer, personId: string, access: AccessReasonQuery): Promise<PersonDetail> {
    const person = await this.personInScope(viewer, personId);
    await this.audit.record({
      actorAccountId: viewer.accountId,
      subjectPersonId: person.id,
      action: AuditAction.Read,
      ...auditedAccess(access),
    });
    return this.detailOf(person);
  }

  /** The person will use Tsunagu themselves: an account for them, and a mail to set a password. */
  async inviteToClaim(viewer: AuthenticatedViewer, personId: string, email: string): Promise<PersonSummary> {
    const person = await this.personInScope(viewer, personId);
    if (person.accountId) throw InvalidInputException.forField('email', 'alreadyHasAccount');
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.inviteToClaim(manager, person, email, person.center.nameJa);
      await this.audit.record(
        { actorAccountId: viewer.accountId, subjectPersonId: person.id, action: AuditAction.Create, detail: 'claim-invitation' },
        manager,
      );
    });
    return this.summaryOf(await this.personOrFail(person.id));
  }

  /** Staff export on the person's request (本人からの開示請求). */
  async exportForStaff(viewer: AuthenticatedViewer, personId: string, access: AccessReasonQuery): Promise<PersonalDataExport> {
    const person = await this.personInScope(viewer, personId);
    await this.audit.record({
      actorAccountId: viewer.accountId,
      subjectPersonId: person.id,
      action: AuditAction.Export,
      ...auditedAccess(access),
    });
    return this.exportOf(person);
  }

  async eraseForStaff(viewer: AuthenticatedViewer, personId: string, access: AccessReasonQuery): Promise<void> {
    const person = await this.personInScope(viewer, personId);
    await this.dataSource.transaction(async (manager) => {
      await this.erase(manager, person);
      await this.audit.record(
        { actorAccountId: viewer.accountId, subjectPersonId: person.id, action: AuditAction.Delete, ...auditedAccess(access) },
        manager,
      );
    });
  }

  /** 「自分のデータのダウンロード」 */
  async exportOwn(viewer: AuthenticatedViewer): Promise<PersonalDataExport> {
    const person = await this.ownPerson(viewer);
    await this.audit.record({ actorAccountId: viewer.accountId, subjectPersonId: person.id, action: AuditAction.Export, detail: 'self' });
    return this.exportOf(person);
  }

  /** 「登録を削除する」: personal data erased, the account and its sessions gone; counts stay. */
  async eraseOwn(viewer: AuthenticatedViewer): Promise<void> {
    const person = await this.ownPerson(viewer);
    await this.dataSource.transaction(async (manager) => {
      await this.erase(manager, person);
      await this.audit.record(
        { actorAccountId: viewer.accountId, subjectPersonId: person.id, action: AuditAction.Delete, detail: 'self' },
        manager,
      );
    });
  }

  private async erase(manager: EntityManager, person: Person): Promise<void> {
    await manager.update(Consent, { personId: person.id, withdrawnAt: IsNull() }, { withdrawnAt: () => 'now()' });
    // The contact details they gave in applications for groups (団体・企業): see forgetApplicant.
    if (person.account) {
      await this.organisations.forgetApplicant(manager, {
        accountId: person.account.id,
        name: person.name,
        phone: person.phone,
        email: person.account.email,
      });
    }
    // 特技バンク: the registration ends and their own words go; the counts stay.
    await this.skillProfiles.forgetPerson(manager, person.id);
    // 依頼: what the requests they made said about them goes, those still going are cancelled; the requests stay for the figures.
    await this.requests.forgetPerson(manager, person.id);
    // 打診・マッチング: unanswered offers are withdrawn, matches not yet done end. After the requests: a request cancelled
    // there is not sent back to 調整中 when its match ends.
    await this.matches.forgetPerson(manager, person.id);
    // 活動記録: the notes go; the records stay for 活動につながった数 and 支援実施回数.
    await this.activities.forgetPerson(manager, person.id);
    await manager.update(
      Person,
      { id: person.id },
      {
        name: ERASED_NAME,
        nameKana: null,
        birthDate: null,
        phone: null,
        email: null,
        postalAddress: null,
        accountId: null,
        anonymisedAt: () => 'now()',
      },
    );
    // Sessions, tokens and role grants go with the account (ON DELETE CASCADE).
    if (person.accountId) await manager.delete(Account, { id: person.accountId });
  }

  private async ownPerson(viewer: AuthenticatedViewer): Promise<Person> {
    return this.dataSource.getRepository(Person).findOneOrFail({
      where: { accountId: viewer.accountId },
      relations: { center: true, account: true },
    });
  }

  private async personInScope(viewer: AuthenticatedViewer, personId: string): Promise<Person> {
    const person = await this.dataSource.getRepository(Person).findOne({
      where: { id: personId, anonymisedAt: IsNull() },
      relations: { center: true, account: true },
    });
    if (!person) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    this.assertInScope(await this.centers.scopeOf(viewer), person.centerId);
    return person;
  }

  private personOrFail(id: string): Promise<Person> {
    return this.dataSource.getRepository(Person).findOneOrFail({ where: { id }, relations: { center: true, account: true } });
  }

  private assertInScope(scope: CenterScope, centerId: string): void {
    if (!scopeIncludes(scope, centerId)) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'outsideCenter');
  }

  private summaryOf(person: Person): PersonSummary {
    return {
      id: person.id,
      name: person.name,
      nameKana: person.nameKana,
      centerId: person.centerId,
      centerNameJa: person.center.nameJa,
      centerNameEn: person.center.nameEn,
      hasAccount: person.accountId !== null,
      registeredByProxy: person.registeredByAccountId !== null,
      contactMethod: person.contactMethod,
      createdAt: person.createdAt.toISOString(),
    };
  }

  private async detailOf(person: Person): Promise<PersonDetail> {
    const consents = await this.dataSource.getRepository(Consent).find({ where: { personId: person.id }, order: { givenAt: 'ASC' } });
    return {
      ...this.summaryOf(person),
      birthDate: person.birthDate,
      phone: person.phone,
      email: person.account?.email ?? person.email,
      postalAddress: person.postalAddress,
      consents: consents.map((consent) => ({
        purpose: consent.purpose,
        version: consent.version,
        givenAt: consent.givenAt.toISOString(),
        withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
      })),
    };
  }

  private async exportOf(person: Person): Promise<PersonalDataExport> {
    const { consents, ...detail } = await this.detailOf(person);
    const roles = person.accountId
      ? await this.dataSource.getRepository(RoleGrant).find({ where: { accountId: In([person.accountId]) } })
      : [];
    return {
      exportedAt: new Date().toISOString(),
      account: person.account
        ? {
            email: person.account.email,
            locale: person.account.locale,
            createdAt: person.account.createdAt.toISOString(),
            emailVerifiedAt: person.account.emailVerifiedAt?.toISOString() ?? null,
          }
        : null,
      person: detail,
      consents,
      roles: roles.map(({ role, centerId }) => ({ role, centerId })),
      organisations: person.accountId ? await this.organisations.membershipsOf(person.accountId) : [],
      skillProfile: await this.skillProfiles.profileOf(person.id),
      ...(await this.matches.personalDataOf(person.id)),
      activities: await this.activities.recordsOf(person.id),
      requests: await this.requests.requestsOf(person.id),
    };
  }
}
