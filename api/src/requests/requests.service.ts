import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessReason,
  AuditAction,
  canMoveRequest,
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  type Locale,
  type PersonalDataRequest,
  REQUEST_LIMITS,
  type RequestDetail,
  type RequestHistoryEntry,
  type RequestPage,
  type RequestSchedule,
  RequestSource,
  RequestStatus,
  type RequestSummary,
} from '@tsunagu/contracts';
import { Brackets, DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Area } from '../centers/area.entity';
import { type CenterScope, scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { Consent } from '../consents/consent.entity';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { type FieldProblem, InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OrganisationMember } from '../organisations/organisation-member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { ProxyRegistrationService } from '../people/proxy-registration.service';
import { todayInJapan } from '../skills/insurance-cover';
import type { RequestListQueryDto } from './dto/request-list-query.dto';
import type {
  CreateOrganisationRequestDto,
  RequestFieldsDto,
  RequestStatusChangeDto,
  StaffIntakeRequestDto,
  UpdateRequestDto,
} from './dto/request-fields.dto';
import { NO_MATCHES, type RequestMatchesReader } from './request-matches.port';
import { cleanSchedule, scheduleColumns, scheduleProblems } from './request-schedule';
import { RequestStatusChangeRecord } from './request-status-change.entity';
import { VolunteerRequest } from './volunteer-request.entity';

/** 移動情報センター: a guide-help outing needs a 同行援護従業者 (the taxonomy's qualification code). */
export const GUIDE_HELP_CATEGORY = 'guide-help';
export const GUIDE_HELP_QUALIFICATION = 'accompanying-guide';

/** Statuses in which the requester or a coordinator may still change what is asked. */
const EDITABLE: readonly RequestStatus[] = [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Open];
/** Moves that need a reason in the history (and, for the requester, in the coordinator's view). */
const NEEDS_REASON: readonly RequestStatus[] = [RequestStatus.Cancelled, RequestStatus.Unfulfilled];
/** Before these, a request need not say when and where (a draft from the skills listing does not). */
const MAY_BE_INCOMPLETE: readonly RequestStatus[] = [RequestStatus.Draft, RequestStatus.Cancelled];
/** Matching and matched follow offers and the approval of a match, never a coordinator's click. */
const MATCH_FLOW: readonly RequestStatus[] = [RequestStatus.Matching, RequestStatus.Matched];
/** What the requester (or a member of the group) may do: send a draft, or cancel. */
const REQUESTER_MOVES: readonly RequestStatus[] = [RequestStatus.Submitted, RequestStatus.Cancelled];

export interface DraftFromListing {
  centerId: string;
  title: string;
  description: string;
  categoryCodes: string[];
  requesterAccountId: string;
  organisationId: string | null;
  listingProfileId: string;
}

/**
 * How to reach whoever asked: for a group, the member who posted it (falling back on the group's
 * own phone and email). Not audited here: a caller that shows it to staff or to a volunteer logs it.
 */
export interface RequesterContact {
  personId: string | null;
  accountId: string | null;
  name: string;
  organisationName: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  contactMethod: ContactMethod;
  /** The language of mails to them. */
  locale: Locale;
}

/** How the viewer stands to a request: what they may see and do follows from it. */
type Relation = 'staff' | 'requester' | 'volunteer';

const ERASED_NAME = '（削除済み）';

/** The history's reason when a request or its match ends because the person who asked was erased. */
export const REQUESTER_ERASED_REASON = '依頼した方の登録が削除されたため';

@Injectable()
export class RequestsService {
  private matches: RequestMatchesReader = NO_MATCHES;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly audit: AuditService,
    private readonly proxyRegistration: ProxyRegistrationService,
  ) {}

  /** The matching module plugs in its offers and matches (it depends on requests, not the other way). */
  useMatchesReader(reader: RequestMatchesReader): void {
    this.matches = reader;
  }

  // ---------------------------------------------------------------- for other domains

  /**
   * Moves a request to another status and writes the history row, in the caller's transaction
   * when one is given (the row is locked until it ends). Refuses a move REQUEST_TRANSITIONS does
   * not allow (409), a cancel or unfulfilled without a reason (400), and opening a request that
   * does not yet say when and where (400). Who may ask for the move is the caller's check.
   * `viewer` null: the system (e.g. a volunteer's answer through a mailed link).
   */
  async moveStatus(
    viewer: AuthenticatedViewer | null,
    requestId: string,
    to: RequestStatus,
    reason?: string | null,
    manager?: EntityManager,
  ): Promise<VolunteerRequest> {
    if (!manager) return this.dataSource.transaction((own) => this.moveStatus(viewer, requestId, to, reason, own));
    const request = await manager.findOne(VolunteerRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    if (!canMoveRequest(request.status, to)) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestTransitionRefused');
    const why = reason?.trim() || null;
    if (NEEDS_REASON.includes(to) && !why) throw InvalidInputException.forField('reason', 'requiredToClose');
    if (why && why.length > REQUEST_LIMITS.reasonMaxLength) {
      throw InvalidInputException.forField('reason', 'maxLength', { max: REQUEST_LIMITS.reasonMaxLength });
    }
    if (!MAY_BE_INCOMPLETE.includes(to)) {
      const missing: FieldProblem[] = [];
      if (!request.schedule) missing.push({ field: 'schedule', rule: 'requiredToOpen' });
      if (!request.areaId) missing.push({ field: 'areaId', rule: 'requiredToOpen', args: { label: 'requestAreaId' } });
      if (missing.length > 0) throw new InvalidInputException(missing);
    }
    await manager.update(VolunteerRequest, { id: request.id }, { status: to });
    await this.recordHistory(manager, request.id, request.status, to, viewer, why);
    return Object.assign(request, { status: to });
  }

  /** A request of the viewer's centers (ward staff: every district; admins: all): 404, or 403 outside them. */
  async findInScope(viewer: AuthenticatedViewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<VolunteerRequest> {
    // One query (findOne with relations asks for the id first, then the row), beside the viewer's scope.
    const [request, scope] = await Promise.all([
      manager
        .createQueryBuilder(VolunteerRequest, 'request')
        .leftJoinAndSelect('request.center', 'center')
        .leftJoinAndSelect('request.area', 'area')
        .where('request.id = :id', { id })
        .getOne(),
      this.centers.scopeOf(viewer),
    ]);
    if (!request) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    if (!scopeIncludes(scope, request.centerId)) {
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'requestOutsideCenter');
    }
    return request;
  }

  /** Who asked and how to reach them (see RequesterContact: the caller audits showing it). */
  async requesterContact(
    request: Pick<VolunteerRequest, 'requesterPersonId' | 'organisationId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RequesterContact> {
    const person = request.requesterPersonId
      ? await manager.findOne(Person, { where: { id: request.requesterPersonId }, relations: { account: true } })
      : null;
    const organisation = request.organisationId ? await manager.findOneBy(Organisation, { id: request.organisationId }) : null;
    const erased = person?.anonymisedAt !== null && person?.anonymisedAt !== undefined;
    const own = person && !erased ? person : null;
    return {
      personId: person?.id ?? null,
      accountId: own?.accountId ?? null,
      name: own?.name ?? (erased ? ERASED_NAME : (organisation?.representativeName ?? '')),
      organisationName: organisation?.name ?? null,
      phone: own?.phone || organisation?.phone || null,
      email: own?.account?.email ?? own?.email ?? (organisation?.email || null),
      postalAddress: own?.postalAddress ?? null,
      contactMethod: own?.contactMethod ?? (organisation ? ContactMethod.Email : ContactMethod.Phone),
      locale: own?.account?.locale ?? 'ja',
    };
  }

  /**
   * The requests the person asked for themselves. A request posted for a group is not among them:
   * its place and notes belong to the group, not to the member who posted it.
   */
  ownRequests(manager: EntityManager, personId: string): Promise<Pick<VolunteerRequest, 'id' | 'status'>[]> {
    return manager.find(VolunteerRequest, {
      select: { id: true, status: true },
      where: { requesterPersonId: personId, source: Not(RequestSource.Organisation) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * A person's data is erased: what their own requests said about them (what they need in their
   * own words, their home address, health notes, how to help them, the reasons in the history)
   * goes, and those still going are cancelled, as nobody can help them now. The requests stay,
   * anonymised, for the figures.
   */
  async forgetPerson(manager: EntityManager, personId: string): Promise<void> {
    const own = await this.ownRequests(manager, personId);
    if (own.length === 0) return;
    const ids = own.map(({ id }) => id);
    await manager.update(
      VolunteerRequest,
      { id: In(ids) },
      {
        description: '',
        address: null,
        accessibilityNotes: null,
        sensitiveNotes: null,
        sensitiveConsentVersion: null,
        sensitiveConsentAt: null,
      },
    );
    await manager.update(RequestStatusChangeRecord, { requestId: In(ids) }, { reason: null });
    for (const request of own) {
      if (canMoveRequest(request.status, RequestStatus.Cancelled)) {
        await this.moveStatus(null, request.id, RequestStatus.Cancelled, REQUESTER_ERASED_REASON, manager);
      }
    }
  }

  /** The requests the person asked for (themselves, or posting for a group), for their data export. */
  async requestsOf(personId: string): Promise<PersonalDataRequest[]> {
    const requests = await this.dataSource.getRepository(VolunteerRequest).find({
      where: { requesterPersonId: personId },
      relations: { center: true, organisation: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return requests.map((request) => {
      const own = request.source !== RequestSource.Organisation;
      return {
        id: request.id,
        title: request.title,
        description: request.description,
        status: request.status,
        source: request.source,
        organisationName: request.organisation?.name ?? null,
        centerNameJa: request.center.nameJa,
        centerNameEn: request.center.nameEn,
        schedule: request.schedule,
        createdAt: request.createdAt.toISOString(),
        address: own ? request.address : null,
        accessibilityNotes: own ? request.accessibilityNotes : null,
        sensitiveNotes: own ? request.sensitiveNotes : null,
      };
    });
  }

  // ---------------------------------------------------------------- creating

  /** 「この特技についてセンターに相談する」: a draft for a coordinator of the volunteer's center. */
  async createDraftFromListing(manager: EntityManager, draft: DraftFromListing): Promise<VolunteerRequest> {
    const { requesterAccountId, ...fields } = draft;
    const asker = await manager.findOneBy(Person, { accountId: requesterAccountId });
    const saved = await manager.save(
      manager.create(VolunteerRequest, {
        ...fields,
        requesterPersonId: asker?.id ?? null,
        createdByAccountId: requesterAccountId,
        status: RequestStatus.Draft,
        source: RequestSource.SkillsListing,
      }),
    );
    await this.recordHistory(manager, saved.id, null, saved.status, { accountId: requesterAccountId }, null);
    return saved;
  }

  /** An approved group's member posts a request to the group's center (submit: false keeps a draft). */
  async createForOrganisation(viewer: AuthenticatedViewer, dto: CreateOrganisationRequestDto): Promise<RequestDetail> {
    const organisation = await this.organisationActedFor(viewer, dto.organisationId);
    const fields = await this.checkedFields(dto, organisation.centerId);
    const poster = await this.dataSource.getRepository(Person).findOneBy({ accountId: viewer.accountId });
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(VolunteerRequest, {
          ...fields,
          centerId: organisation.centerId,
          source: RequestSource.Organisation,
          status: dto.submit ? RequestStatus.Submitted : RequestStatus.Draft,
          organisationId: organisation.id,
          requesterPersonId: poster?.id ?? null,
          createdByAccountId: viewer.accountId,
        }),
      );
      await this.recordHistory(manager, saved.id, null, saved.status, viewer, null);
      return saved.id;
    });
    return this.detailFor(viewer, id, { audited: false });
  }

  /**
   * 電話・窓口で受けた依頼: a coordinator of the center takes it for a person in their centers, or
   * for a new person registered by proxy in the same transaction. It opens at once: the
   * coordinator has checked it while taking it.
   */
  async createByIntake(viewer: AuthenticatedViewer, dto: StaffIntakeRequestDto): Promise<RequestDetail> {
    if (dto.requesterPersonId && dto.newRequester) throw InvalidInputException.forField('requesterPersonId', 'requesterChoice');
    const center = await this.centers.findCenter(dto.centerId);
    if (!center) throw InvalidInputException.forField('centerId', 'unknownArea');
    const scope = await this.centers.scopeOf(viewer);
    if (!scopeIncludes(scope, center.id)) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'requestOutsideCenter');
    const fields = await this.checkedFields(dto, center.id);
    const existing = dto.requesterPersonId ? await this.personInScope(scope, dto.requesterPersonId) : null;

    const id = await this.dataSource.transaction(async (manager) => {
      const requester = existing ?? (await this.registerNewRequester(manager, viewer, dto));
      const saved = await manager.save(
        manager.create(VolunteerRequest, {
          ...fields,
          centerId: center.id,
          source: RequestSource.StaffIntake,
          status: RequestStatus.Open,
          requesterPersonId: requester.id,
          createdByAccountId: viewer.accountId,
        }),
      );
      await this.recordHistory(manager, saved.id, null, RequestStatus.Open, viewer, null);
      if (fields.sensitiveNotes) await this.recordSensitiveConsent(manager, requester.id);
      await this.audit.record(
        { actorAccountId: viewer.accountId, subjectPersonId: requester.id, action: AuditAction.Create, detail: `request:${saved.id}` },
        manager,
      );
      return saved.id;
    });
    // What the coordinator has just typed in is not a read of the person's data.
    return this.detailFor(viewer, id, { audited: false });
  }

  // ---------------------------------------------------------------- reading

  /**
   * Coordinators: their centers' requests (not the groups' unsent drafts). Everyone: the requests
   * they asked for, and those of the groups they belong to. Staff lists show names: audited.
   */
  async list(viewer: AuthenticatedViewer, query: RequestListQueryDto): Promise<RequestPage> {
    const scope = await this.centers.scopeOf(viewer);
    const staff = scope.kind === 'all' || scope.centerIds.length > 0;
    if (staff) {
      const params = new URLSearchParams();
      if (query.status) params.set('status', query.status);
      if (query.q) params.set('q', query.q);
      await this.audit.record({
        actorAccountId: viewer.accountId,
        subjectPersonId: null,
        action: AuditAction.List,
        detail: `requests${params.size > 0 ? `?${decodeURIComponent(params.toString())}` : ''}`,
      });
    }
    const builder = this.summaryQuery().where(
      new Brackets((visible) => {
        if (staff) {
          visible.where(
            new Brackets((ofCenters) => {
              if (scope.kind === 'centers') ofCenters.where('request.center_id IN (:...centerIds)', { centerIds: scope.centerIds });
              ofCenters.andWhere(`NOT (request.source = 'organisation' AND request.status = 'draft')`);
            }),
          );
        }
        visible
          .orWhere('requester.account_id = :accountId', { accountId: viewer.accountId })
          .orWhere(`(request.source <> 'staff-intake' AND request.created_by_account_id = :accountId)`)
          .orWhere(
            `request.organisation_id IN (SELECT member.organisation_id FROM organisation_member member WHERE member.account_id = :accountId)`,
          );
      }),
    );
    if (query.status) builder.andWhere('request.status = :status', { status: query.status });
    if (query.q) {
      const words = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.andWhere(
        new Brackets((any) => any.where('request.title ILIKE :words', { words }).orWhere('request.description ILIKE :words', { words })),
      );
    }
    const [requests, total] = await builder
      .orderBy('request.created_at', 'DESC')
      .addOrderBy('request.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const matched = requests.length > 0 ? await this.matches.approvedMatchCounts(requests.map(({ id }) => id)) : new Map<string, number>();
    return {
      items: requests.map((request) => summaryOf(request, matched.get(request.id) ?? 0)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * One request as the viewer may see it: the address for coordinators of its center, the
   * requester and their group, and volunteers of an approved match; sensitive notes and offers for
   * coordinators only. A coordinator's read that shows an address or sensitive notes is audited.
   */
  detail(viewer: AuthenticatedViewer, id: string): Promise<RequestDetail> {
    return this.detailFor(viewer, id, { audited: true });
  }

  private async detailFor(viewer: AuthenticatedViewer, id: string, { audited }: { audited: boolean }): Promise<RequestDetail> {
    const request = await this.loadFull(id);
    const relation = await this.relationOf(viewer, request);
    if (!relation) throw await this.refusal(viewer);
    const staff = relation === 'staff';
    const [history, { offers, matches }, requester] = await Promise.all([
      this.history(request.id, staff),
      this.matches.offersAndMatches(request.id),
      staff ? this.requesterContact(request) : null,
    ]);
    const approved = matches.filter((match) => match.status === 'approved');
    if (audited && staff && (request.address || request.sensitiveNotes)) {
      await this.audit.record({
        actorAccountId: viewer.accountId,
        subjectPersonId: request.requesterPersonId,
        action: AuditAction.Read,
        reason: AccessReason.Coordination,
        detail: `request:${request.id}`,
      });
    }
    return {
      ...summaryOf(request, approved.length),
      description: request.description,
      requiredQualifications: request.requiredQualifications,
      requiredLanguages: request.requiredLanguages,
      accessibilityNotes: request.accessibilityNotes,
      whatToBring: request.whatToBring,
      costsNote: request.costsNote,
      online: request.online,
      address: request.address,
      sensitiveNotes: staff ? request.sensitiveNotes : null,
      organisationId: request.organisationId,
      requesterPersonId: staff ? request.requesterPersonId : null,
      // The same test as the approval's confirmation mail (MatchesService.mailConfirmations).
      requesterHasEmail: requester ? Boolean(requester.email) : null,
      history: relation === 'volunteer' ? [] : history,
      offers: staff ? offers : [],
      matches: staff ? matches : relation === 'requester' ? approved : [],
    };
  }

  // ---------------------------------------------------------------- changing

  /** The requester (or their group) and the center's coordinators edit it until matching begins. */
  async update(viewer: AuthenticatedViewer, id: string, dto: UpdateRequestDto): Promise<RequestDetail> {
    const request = await this.loadFull(id);
    const relation = await this.relationOf(viewer, request);
    if (relation !== 'staff' && relation !== 'requester') throw await this.refusal(viewer);
    if (!EDITABLE.includes(request.status)) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestNotEditable');

    const sent = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<RequestFieldsDto>;
    const problems: FieldProblem[] = [];
    for (const field of ['title', 'description', 'categoryCodes', 'schedule', 'areaId', 'headcount'] as const) {
      if (field in sent && sent[field] === null) {
        problems.push({ field, rule: 'isNotEmpty', args: field === 'areaId' ? { label: 'requestAreaId' } : undefined });
      }
    }
    for (const field of ['requiredQualifications', 'requiredLanguages', 'sensitiveConsent', 'online'] as const) {
      if (field in sent && sent[field] === null) problems.push({ field, rule: 'invalid' });
    }
    if (problems.length > 0) throw new InvalidInputException(problems);

    const notesChanged = sent.sensitiveNotes !== undefined && sent.sensitiveNotes !== request.sensitiveNotes;
    const merged: RequestFieldsDto = {
      title: sent.title ?? request.title,
      description: sent.description ?? request.description,
      categoryCodes: sent.categoryCodes ?? request.categoryCodes,
      schedule: (sent.schedule ?? request.schedule) as RequestSchedule,
      areaId: (sent.areaId ?? request.areaId) as string,
      address: sent.address !== undefined ? sent.address : request.address,
      headcount: sent.headcount ?? request.headcount,
      requiredQualifications: sent.requiredQualifications ?? request.requiredQualifications,
      requiredLanguages: sent.requiredLanguages ?? request.requiredLanguages,
      accessibilityNotes: sent.accessibilityNotes !== undefined ? sent.accessibilityNotes : request.accessibilityNotes,
      whatToBring: sent.whatToBring !== undefined ? sent.whatToBring : request.whatToBring,
      costsNote: sent.costsNote !== undefined ? sent.costsNote : request.costsNote,
      sensitiveNotes: sent.sensitiveNotes !== undefined ? sent.sensitiveNotes : request.sensitiveNotes,
      // Unchanged notes keep the consent they were given under; new ones need it given now.
      sensitiveConsent: notesChanged ? sent.sensitiveConsent === true : request.sensitiveConsentVersion !== null,
      online: sent.online ?? request.online,
    };
    const fields = await this.checkedFields(merged, request.centerId, {
      checkSchedule: sent.schedule !== undefined,
      checkArea: sent.areaId !== undefined,
      keepConsent: notesChanged ? null : { version: request.sensitiveConsentVersion, at: request.sensitiveConsentAt },
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(VolunteerRequest, { id: request.id }, fields);
      if (notesChanged && fields.sensitiveNotes && request.source === RequestSource.StaffIntake && request.requesterPersonId) {
        await this.recordSensitiveConsent(manager, request.requesterPersonId);
      }
      if (relation === 'staff' && request.requesterPersonId) {
        await this.audit.record(
          {
            actorAccountId: viewer.accountId,
            subjectPersonId: request.requesterPersonId,
            action: AuditAction.Update,
            detail: `request:${request.id}`,
          },
          manager,
        );
      }
    });
    return this.detailFor(viewer, request.id, { audited: false });
  }

  /**
   * POST /requests/:id/status. Coordinators of the center send, open, close (cancelled or
   * unfulfilled, with a reason) and finish requests; matching and matched follow offers and
   * approvals. The requester (or a member of their group) may send their draft or cancel.
   */
  async changeStatus(viewer: AuthenticatedViewer, id: string, dto: RequestStatusChangeDto): Promise<RequestDetail> {
    const request = await this.loadFull(id);
    const relation = await this.relationOf(viewer, request);
    if (relation === 'staff') {
      if (MATCH_FLOW.includes(dto.to)) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestStatusByMatching');
    } else if (relation === 'requester') {
      if (!REQUESTER_MOVES.includes(dto.to)) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
    } else {
      throw await this.refusal(viewer);
    }
    await this.moveStatus(viewer, request.id, dto.to, dto.reason);
    return this.detail(viewer, request.id);
  }

  // ---------------------------------------------------------------- helpers

  /** The request with everything its summary and detail show. */
  private async loadFull(id: string): Promise<VolunteerRequest> {
    const request = await this.summaryQuery().where('request.id = :id', { id }).getOne();
    if (!request) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return request;
  }

  private summaryQuery() {
    return this.dataSource
      .getRepository(VolunteerRequest)
      .createQueryBuilder('request')
      .innerJoinAndSelect('request.center', 'center')
      .leftJoinAndSelect('request.area', 'area')
      .leftJoinAndSelect('request.requesterPerson', 'requester')
      .leftJoinAndSelect('request.organisation', 'organisation');
  }

  private async relationOf(viewer: AuthenticatedViewer, request: VolunteerRequest): Promise<Relation | null> {
    if (scopeIncludes(await this.centers.scopeOf(viewer), request.centerId)) return 'staff';
    if (request.requesterPerson?.accountId === viewer.accountId) return 'requester';
    if (request.source !== RequestSource.StaffIntake && request.createdByAccountId === viewer.accountId) return 'requester';
    if (request.organisationId) {
      const member = await this.dataSource
        .getRepository(OrganisationMember)
        .existsBy({ organisationId: request.organisationId, accountId: viewer.accountId });
      if (member) return 'requester';
    }
    if (await this.matches.isApprovedVolunteer(request.id, viewer.accountId)) return 'volunteer';
    return null;
  }

  /** 403, saying why to a coordinator of another center. */
  private async refusal(viewer: AuthenticatedViewer): Promise<LocalizedHttpException> {
    const scope = await this.centers.scopeOf(viewer);
    const coordinator = scope.kind === 'centers' && scope.centerIds.length > 0;
    return new LocalizedHttpException(HttpStatus.FORBIDDEN, coordinator ? 'requestOutsideCenter' : 'forbidden');
  }

  private async history(requestId: string, withNames: boolean): Promise<RequestHistoryEntry[]> {
    const rows = await this.dataSource
      .getRepository(RequestStatusChangeRecord)
      .createQueryBuilder('change')
      .leftJoin(Person, 'by', 'by.account_id = change.by_account_id')
      .select([
        'change.at AS at',
        'change.from_status AS from_status',
        'change.to_status AS to_status',
        'change.reason AS reason',
        'by.name AS by_name',
      ])
      .where('change.request_id = :requestId', { requestId })
      .orderBy('change.at', 'ASC')
      .addOrderBy('change.id', 'ASC')
      .getRawMany<{
        at: Date;
        from_status: RequestStatus | null;
        to_status: RequestStatus;
        reason: string | null;
        by_name: string | null;
      }>();
    return rows.map((row) => ({
      at: row.at.toISOString(),
      from: row.from_status,
      to: row.to_status,
      byName: withNames ? row.by_name : null,
      reason: row.reason,
    }));
  }

  private async recordHistory(
    manager: EntityManager,
    requestId: string,
    from: RequestStatus | null,
    to: RequestStatus,
    by: Pick<AuthenticatedViewer, 'accountId'> | null,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(RequestStatusChangeRecord, {
      requestId,
      fromStatus: from,
      toStatus: to,
      byAccountId: by?.accountId ?? null,
      reason,
    });
  }

  /** Posting for a group needs membership of an approved one. */
  private async organisationActedFor(viewer: AuthenticatedViewer, organisationId: string): Promise<Organisation> {
    const membership = await this.dataSource
      .getRepository(OrganisationMember)
      .findOne({ where: { organisationId, accountId: viewer.accountId }, relations: { organisation: true } });
    if (!membership) throw InvalidInputException.forField('organisationId', 'notOrganisationMember');
    if (membership.organisation.status !== 'approved') throw InvalidInputException.forField('organisationId', 'organisationNotApproved');
    return membership.organisation;
  }

  private async personInScope(scope: CenterScope, personId: string): Promise<Person> {
    const person = await this.dataSource.getRepository(Person).findOneBy({ id: personId, anonymisedAt: IsNull() });
    if (!person) throw InvalidInputException.forField('requesterPersonId', 'unknownPerson');
    if (!scopeIncludes(scope, person.centerId)) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'outsideCenter');
    return person;
  }

  /** 代理登録 of the caller, with its field errors named as the intake form's (newRequester.phone …). */
  private async registerNewRequester(manager: EntityManager, viewer: AuthenticatedViewer, dto: StaffIntakeRequestDto): Promise<Person> {
    if (!dto.newRequester) throw InvalidInputException.forField('requesterPersonId', 'requesterChoice');
    try {
      return await this.proxyRegistration.register(manager, viewer, { ...dto.newRequester, centerId: dto.centerId });
    } catch (error) {
      if (error instanceof InvalidInputException) {
        throw new InvalidInputException(error.problems.map((problem) => ({ ...problem, field: `newRequester.${problem.field}` })));
      }
      throw error;
    }
  }

  /** The person's consent to sensitive notes, as a consent of their own (once per wording version). */
  private async recordSensitiveConsent(manager: EntityManager, personId: string): Promise<void> {
    const version = CURRENT_CONSENT_VERSION[ConsentPurpose.SensitiveData];
    const given = await manager.existsBy(Consent, { personId, purpose: ConsentPurpose.SensitiveData, version, withdrawnAt: IsNull() });
    if (!given) await manager.insert(Consent, { personId, purpose: ConsentPurpose.SensitiveData, version });
  }

  /**
   * The columns of checked fields: the schedule's dates (not in the past) and times, the area in
   * the center's tree, the consent with sensitive notes, and a guide-help outing's qualification.
   */
  private async checkedFields(
    fields: RequestFieldsDto,
    centerId: string,
    options: {
      checkSchedule?: boolean;
      checkArea?: boolean;
      keepConsent?: { version: string | null; at: Date | null } | null;
    } = {},
  ) {
    const { checkSchedule = true, checkArea = true, keepConsent = null } = options;
    const problems: FieldProblem[] = [];
    const schedule = fields.schedule ? cleanSchedule(fields.schedule) : null;
    if (schedule && checkSchedule) problems.push(...scheduleProblems(schedule, todayInJapan()));
    if (fields.areaId && checkArea) {
      const problem = await this.areaProblem(fields.areaId, centerId);
      if (problem) problems.push(problem);
    }
    if (fields.sensitiveNotes && !fields.sensitiveConsent) problems.push({ field: 'sensitiveConsent', rule: 'requiredForSensitiveNotes' });
    if (problems.length > 0) throw new InvalidInputException(problems);

    const consent = !fields.sensitiveNotes
      ? { version: null, at: null }
      : (keepConsent ?? { version: CURRENT_CONSENT_VERSION[ConsentPurpose.SensitiveData], at: new Date() });
    return {
      title: fields.title,
      description: fields.description,
      categoryCodes: fields.categoryCodes,
      schedule,
      ...scheduleColumns(schedule),
      areaId: fields.areaId ?? null,
      address: fields.address,
      headcount: fields.headcount,
      requiredQualifications: requiredQualificationsFor(fields.categoryCodes, fields.requiredQualifications),
      requiredLanguages: fields.requiredLanguages,
      accessibilityNotes: fields.accessibilityNotes,
      whatToBring: fields.whatToBring,
      costsNote: fields.costsNote,
      sensitiveNotes: fields.sensitiveNotes,
      sensitiveConsentVersion: consent.version,
      sensitiveConsentAt: consent.at,
      online: fields.online,
    };
  }

  /** The area must be the center's or, for the ward center, one of its districts'. */
  private async areaProblem(areaId: string, centerId: string): Promise<FieldProblem | null> {
    const area = await this.dataSource.getRepository(Area).findOne({ where: { id: areaId }, relations: { center: true } });
    if (!area) return { field: 'areaId', rule: 'unknownArea', args: { label: 'requestAreaId' } };
    if (area.centerId === centerId || area.center.parentId === centerId) return null;
    return { field: 'areaId', rule: 'areaOutsideCenter', args: { label: 'requestAreaId' } };
  }
}

/** A guide-help outing (移動情報センター) always asks for 同行援護従業者, whatever else was chosen. */
export function requiredQualificationsFor(categoryCodes: readonly string[], qualifications: readonly string[]): string[] {
  const required = [...new Set(qualifications)];
  if (categoryCodes.includes(GUIDE_HELP_CATEGORY) && !required.includes(GUIDE_HELP_QUALIFICATION))
    required.unshift(GUIDE_HELP_QUALIFICATION);
  return required;
}

function summaryOf(request: VolunteerRequest, matchedCount: number): RequestSummary {
  const person = request.requesterPerson;
  const personName = person ? (person.anonymisedAt ? ERASED_NAME : person.name) : null;
  const organisationName = request.organisation?.name ?? null;
  const requesterLabel = organisationName ? (personName ? `${organisationName}（${personName}）` : organisationName) : (personName ?? '');
  return {
    id: request.id,
    title: request.title,
    status: request.status,
    source: request.source,
    centerId: request.centerId,
    centerNameJa: request.center.nameJa,
    centerNameEn: request.center.nameEn,
    areaId: request.areaId,
    areaNameJa: request.area?.nameJa ?? null,
    areaNameEn: request.area?.nameEn ?? null,
    categoryCodes: request.categoryCodes,
    schedule: request.schedule,
    headcount: request.headcount,
    matchedCount,
    requesterLabel,
    createdAt: request.createdAt.toISOString(),
  };
}
