import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isCompanyKind,
  JobName,
  MailTemplate,
  type OrganisationApplication,
  type OrganisationMembershipRecord,
  type OrganisationSummary,
  type Page,
  Role,
} from '@tsunagu/contracts';
import { normalizeJapanese, toHiragana } from '@tsunagu/matching';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import { RoleGrant } from '../accounts/role-grant.entity';
import { scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { VolunteerCenter, VolunteerCenterKind } from '../centers/volunteer-center.entity';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OutboxService } from '../core/outbox/outbox.service';
import { Person } from '../people/person.entity';
import type { OrganisationApplicationDto, OrganisationsQueryDto } from './dto/organisation.dto';
import { OrganisationMember } from './organisation-member.entity';
import { Organisation } from './organisation.entity';

type Decision = { status: 'approved'; reason: string | null } | { status: 'rejected'; reason: string };

/** What an anonymised representative's name reads as (the same words as an erased person's name). */
export const ERASED_REPRESENTATIVE_NAME = '（削除済み）';

/** The person being erased, as the organisations rule needs them (read before the erasure). */
export interface ErasedApplicant {
  accountId: string;
  name: string;
  phone: string | null;
  email: string;
}

const digitsOf = (phone: string | null | undefined) => (phone ?? '').normalize('NFKC').replace(/\D/g, '');

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly centers: CentersService,
    private readonly outbox: OutboxService,
  ) {}

  /** 団体・企業の登録申請: pending until a coordinator of the center decides; the applicant is its first member. */
  async apply(viewer: AuthenticatedViewer, dto: OrganisationApplicationDto): Promise<OrganisationSummary> {
    const center = await this.centers.findCenter(dto.centerId);
    // Groups belong to the ward or a district; a disaster center is not where they register.
    if (!center || center.kind === VolunteerCenterKind.Disaster) {
      throw InvalidInputException.forField('centerId', 'unknownArea');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Organisation, {
          kind: dto.kind,
          name: dto.name,
          nameKana: dto.nameKana ? toHiragana(dto.nameKana) : null,
          centerId: center.id,
          representativeName: dto.representativeName,
          phone: dto.phone,
          email: dto.email,
          address: dto.address ?? null,
          description: dto.description,
          applicantAccountId: viewer.accountId,
        }),
      );
      await manager.insert(OrganisationMember, {
        organisationId: saved.id,
        accountId: viewer.accountId,
      });
      return saved.id;
    });
    return summaryOf(await this.organisationOrFail(id));
  }

  /** The groups the viewer belongs to, with where their application stands. */
  async listOwn(viewer: AuthenticatedViewer): Promise<OrganisationSummary[]> {
    const organisations = await this.dataSource.getRepository(Organisation).find({
      where: { members: { accountId: viewer.accountId } },
      relations: { center: true },
      order: { createdAt: 'DESC' },
    });
    return organisations.map(summaryOf);
  }

  /**
   * Applications for the centers the viewer covers (a ward grant covers its districts; admins
   * see all). Pending ones oldest first, as a queue; otherwise the newest first.
   */
  async list(viewer: AuthenticatedViewer, query: OrganisationsQueryDto): Promise<Page<OrganisationApplication>> {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const scope = await this.centers.scopeOf(viewer);
    const builder = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('organisation')
      .innerJoinAndSelect('organisation.center', 'center')
      .orderBy('organisation.created_at', query.status === 'pending' ? 'ASC' : 'DESC')
      .addOrderBy('organisation.id', 'ASC');
    if (scope.kind === 'centers') {
      if (scope.centerIds.length === 0) return empty;
      builder.andWhere('organisation.center_id IN (:...centerIds)', { centerIds: scope.centerIds });
    }
    if (query.status) builder.andWhere('organisation.status = :status', { status: query.status });
    const [organisations, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const accountIds = organisations.flatMap(({ applicantAccountId }) => applicantAccountId ?? []);
    const applicants = accountIds.length ? await this.dataSource.getRepository(Person).find({ where: { accountId: In(accountIds) } }) : [];
    const nameOf = new Map(applicants.map((person) => [person.accountId, person.name]));
    return {
      items: organisations.map((organisation) => applicationOf(organisation, nameOf.get(organisation.applicantAccountId) ?? null)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** 承認: the applicant gets the organisation or company role and a mail, in one transaction. */
  approve(viewer: AuthenticatedViewer, id: string, reason: string | null): Promise<OrganisationSummary> {
    return this.decide(viewer, id, { status: 'approved', reason });
  }

  /** 非承認: the applicant gets a mail quoting the reason. */
  reject(viewer: AuthenticatedViewer, id: string, reason: string): Promise<OrganisationSummary> {
    return this.decide(viewer, id, { status: 'rejected', reason });
  }

  private async decide(viewer: AuthenticatedViewer, id: string, decision: Decision): Promise<OrganisationSummary> {
    const scope = await this.centers.scopeOf(viewer);
    await this.dataSource.transaction(async (manager) => {
      // Locked, so two coordinators deciding at once cannot both succeed.
      const organisation = await manager.findOne(Organisation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
      if (!scopeIncludes(scope, organisation.centerId)) {
        throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
      }
      if (organisation.status !== 'pending') {
        throw new LocalizedHttpException(HttpStatus.CONFLICT, 'organisationAlreadyDecided');
      }
      await manager.update(
        Organisation,
        { id },
        {
          status: decision.status,
          decisionReason: decision.reason,
          decidedByAccountId: viewer.accountId,
          decidedAt: () => 'now()',
        },
      );
      // An applicant whose registration was deleted meanwhile gets neither a role nor a mail.
      if (!organisation.applicantAccountId) return;
      if (decision.status === 'approved') {
        const role = isCompanyKind(organisation.kind) ? Role.CompanyMember : Role.OrganisationMember;
        // A member of a second group already holds the role: keep the one grant.
        await manager
          .createQueryBuilder()
          .insert()
          .into(RoleGrant)
          .values({ accountId: organisation.applicantAccountId, role, centerId: null })
          .orIgnore()
          .execute();
      }
      await this.mailApplicant(manager, organisation, decision);
    });
    return summaryOf(await this.organisationOrFail(id));
  }

  /** The groups an account applied for or acts for, for the person's own data export (APPI 開示). */
  async membershipsOf(accountId: string): Promise<OrganisationMembershipRecord[]> {
    const organisations = await this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('organisation')
      .innerJoinAndSelect('organisation.center', 'center')
      .leftJoinAndSelect('organisation.members', 'member', 'member.account_id = :accountId', { accountId })
      .where(new Brackets((any) => any.where('organisation.applicant_account_id = :accountId').orWhere('member.account_id IS NOT NULL')))
      .orderBy('organisation.created_at', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .getMany();
    return organisations.map((organisation) => {
      const applicant = organisation.applicantAccountId === accountId;
      return {
        organisationId: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        status: organisation.status,
        role: applicant ? 'applicant' : 'member',
        centerNameJa: organisation.center.nameJa,
        centerNameEn: organisation.center.nameEn,
        appliedAt: organisation.createdAt.toISOString(),
        decidedAt: organisation.decidedAt?.toISOString() ?? null,
        memberSince: organisation.members[0]?.createdAt.toISOString() ?? null,
        representative: applicant ? { name: organisation.representativeName, phone: organisation.phone, email: organisation.email } : null,
      };
    });
  }

  /**
   * When a person's registration is erased (by themselves or by staff on their request), what the
   * groups they applied for keep. Called in the erasure's transaction, before their account is
   * deleted (which removes their memberships and leaves applicant_account_id NULL).
   *
   * - Pending or rejected applications never became a registered group: everything in them about
   *   people is what this person typed. The representative's name, phone and email are blanked,
   *   and the address too (for a 町会 or a small group it is often someone's home). The group's
   *   name, kind and description and the coordinator's decision stay, so the record of what was
   *   decided still reads sensibly. A pending application stays in the queue, shown without an
   *   applicant; deciding it sends no mail and grants no role.
   * - Approved groups go on and keep their own public details (name, kind, address, description).
   *   Their representative's name, phone and email are anonymised when the representative is this
   *   person: the name is theirs (spaces and character width ignored), the email is their
   *   account's, or the phone's digits are theirs. A representative who is someone else (the
   *   chair, when a secretary applied) is the group's contact, not this person's data, and stays.
   */
  async forgetApplicant(manager: EntityManager, person: ErasedApplicant): Promise<void> {
    const applied = await manager.find(Organisation, { where: { applicantAccountId: person.accountId } });
    const blanked = { representativeName: ERASED_REPRESENTATIVE_NAME, phone: '', email: '' };
    const unapproved = applied.filter((organisation) => organisation.status !== 'approved').map(({ id }) => id);
    if (unapproved.length > 0) await manager.update(Organisation, { id: In(unapproved) }, { ...blanked, address: null });
    const theirs = applied
      .filter((organisation) => organisation.status === 'approved' && representativeIsPerson(organisation, person))
      .map(({ id }) => id);
    if (theirs.length > 0) await manager.update(Organisation, { id: In(theirs) }, blanked);
  }

  private async mailApplicant(manager: EntityManager, organisation: Organisation, decision: Decision): Promise<void> {
    const person = await manager.findOne(Person, {
      where: { accountId: organisation.applicantAccountId as string },
      relations: { account: true },
    });
    if (!person?.account) return;
    const { account } = person;
    const center = await manager.findOneByOrFail(VolunteerCenter, { id: organisation.centerId });
    const centerName = account.locale === 'en' ? center.nameEn : center.nameJa;
    const common = { name: person.name, organisationName: organisation.name, centerName };
    if (decision.status === 'approved') {
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.OrganisationApproved,
          to: account.email,
          locale: account.locale,
          params: {
            ...common,
            message: decision.reason,
            link: new URL('/me', this.config.PUBLIC_URL).toString(),
          },
        },
        `organisation-approved.${organisation.id}`,
      );
    } else {
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.OrganisationRejected,
          to: account.email,
          locale: account.locale,
          params: { ...common, reason: decision.reason },
        },
        `organisation-rejected.${organisation.id}`,
      );
    }
  }

  private organisationOrFail(id: string): Promise<Organisation> {
    return this.dataSource.getRepository(Organisation).findOneOrFail({ where: { id }, relations: { center: true } });
  }
}

function representativeIsPerson(organisation: Organisation, person: ErasedApplicant): boolean {
  const sameName = normalizeJapanese(organisation.representativeName) === normalizeJapanese(person.name);
  const sameEmail = organisation.email.trim().toLowerCase() === person.email.trim().toLowerCase();
  const phone = digitsOf(person.phone);
  return sameName || sameEmail || (phone !== '' && digitsOf(organisation.phone) === phone);
}

function summaryOf(organisation: Organisation): OrganisationSummary {
  return {
    id: organisation.id,
    kind: organisation.kind,
    name: organisation.name,
    centerId: organisation.centerId,
    centerNameJa: organisation.center.nameJa,
    centerNameEn: organisation.center.nameEn,
    status: organisation.status,
    decisionReason: organisation.decisionReason,
    createdAt: organisation.createdAt.toISOString(),
    decidedAt: organisation.decidedAt?.toISOString() ?? null,
  };
}

function applicationOf(organisation: Organisation, applicantName: string | null): OrganisationApplication {
  return {
    ...summaryOf(organisation),
    nameKana: organisation.nameKana,
    representativeName: organisation.representativeName,
    phone: organisation.phone,
    email: organisation.email,
    address: organisation.address,
    description: organisation.description,
    applicantName,
  };
}
