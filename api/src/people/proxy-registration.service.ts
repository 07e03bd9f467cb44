import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  ContactMethod,
  type DuplicateCandidate,
  type DuplicateCheckRequest,
  type DuplicateCheckResult,
  type ProxyRegistrationRequest,
} from '@tsunagu/contracts';
import { normalizeJapanese, toHiragana } from '@tsunagu/matching';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { scopeIncludes } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { ConsentsService } from '../consents/consents.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { Person } from './person.entity';

const DUPLICATE_PREFILTER_LIMIT = 50;
/** Two matching facts (e.g. name and birth date) make a possible duplicate. */
export const DUPLICATE_MIN_MATCHES = 2;

export const digitsOf = (phone: string | null | undefined) => (phone ?? '').normalize('NFKC').replace(/\D/g, '');

/**
 * 代理登録 (proxy registration) and its duplicate check, shared by the people pages and by the
 * requests taken in by phone or at the counter (the caller may be new to the center).
 */
@Injectable()
export class ProxyRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
  ) {}

  /** Possible duplicates in the viewer's centers, and a bare count of those elsewhere. */
  async findDuplicates(viewer: AuthenticatedViewer, dto: DuplicateCheckRequest): Promise<DuplicateCheckResult> {
    const scope = await this.centers.scopeOf(viewer);
    const wanted = {
      name: normalizeJapanese(dto.name),
      nameKana: dto.nameKana ? normalizeJapanese(toHiragana(dto.nameKana)) : null,
      birthDate: dto.birthDate,
      phone: digitsOf(dto.phone) || null,
    };
    const nearby = await this.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.center', 'center')
      .where('person.anonymised_at IS NULL')
      .andWhere(
        new Brackets((any) => {
          any.where('person.birth_date = :birthDate', { birthDate: wanted.birthDate });
          if (wanted.phone) any.orWhere(`regexp_replace(person.phone, '\\D', '', 'g') = :phone`, { phone: wanted.phone });
          any.orWhere(`regexp_replace(person.name, '\\s', '', 'g') = :name`, { name: dto.name.replace(/\s/g, '') });
        }),
      )
      .limit(DUPLICATE_PREFILTER_LIMIT)
      .getMany();

    const matches = nearby
      .map((person) => ({ person, matchedOn: matchedFacts(person, wanted) }))
      .filter(({ matchedOn }) => matchedOn.length >= DUPLICATE_MIN_MATCHES);
    const visible = matches.filter(({ person }) => scopeIncludes(scope, person.centerId));
    return {
      candidates: visible.map(({ person, matchedOn }) => ({
        personId: person.id,
        name: person.name,
        nameKana: person.nameKana,
        birthDate: person.birthDate,
        centerNameJa: person.center.nameJa,
        centerNameEn: person.center.nameEn,
        matchedOn,
      })),
      matchesElsewhere: matches.length - visible.length,
    };
  }

  /**
   * 代理登録 in the caller's transaction: refused while a possible duplicate in the viewer's
   * centers is not acknowledged; the consents the person gave are recorded, and the audit log says
   * who registered them.
   */
  async register(manager: EntityManager, viewer: AuthenticatedViewer, dto: ProxyRegistrationRequest): Promise<Person> {
    if (dto.contactMethod === ContactMethod.Phone && !dto.phone) {
      throw InvalidInputException.forField('phone', 'requiredForContactMethod');
    }
    const center = await this.centers.findCenter(dto.centerId);
    if (!center) throw InvalidInputException.forField('centerId', 'unknownArea');
    if (!scopeIncludes(await this.centers.scopeOf(viewer), center.id)) {
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'outsideCenter');
    }
    const { candidates } = await this.findDuplicates(viewer, dto);
    if (candidates.some((candidate) => !dto.acknowledgedDuplicateIds.includes(candidate.personId))) {
      throw new LocalizedHttpException(HttpStatus.CONFLICT, 'possibleDuplicate');
    }
    // The person gave these on paper or by phone; registering still needs the required ones.
    const grants = this.consents.assertRegistrationConsents(dto.consents);
    const saved = await manager.save(
      manager.create(Person, {
        centerId: center.id,
        name: dto.name,
        nameKana: dto.nameKana ? toHiragana(dto.nameKana) : null,
        birthDate: dto.birthDate,
        phone: dto.phone ?? null,
        email: dto.email ?? null,
        postalAddress: dto.postalAddress ?? null,
        contactMethod: dto.contactMethod,
        registeredByAccountId: viewer.accountId,
      }),
    );
    await this.consents.record(manager, saved.id, grants);
    await this.audit.record(
      { actorAccountId: viewer.accountId, subjectPersonId: saved.id, action: AuditAction.Create, detail: 'proxy-registration' },
      manager,
    );
    return saved;
  }
}

export function matchedFacts(
  person: Person,
  wanted: { name: string; nameKana: string | null; birthDate: string; phone: string | null },
): DuplicateCandidate['matchedOn'] {
  const facts: DuplicateCandidate['matchedOn'] = [];
  if (normalizeJapanese(person.name) === wanted.name) facts.push('name');
  if (wanted.nameKana && person.nameKana && normalizeJapanese(person.nameKana) === wanted.nameKana) facts.push('nameKana');
  if (person.birthDate === wanted.birthDate) facts.push('birthDate');
  if (wanted.phone && digitsOf(person.phone) === wanted.phone) facts.push('phone');
  return facts;
}
