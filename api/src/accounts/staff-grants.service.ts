import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type StaffGrant } from '@tsunagu/contracts';
import { DataSource, In } from 'typeorm';
import { CentersService } from '../centers/centers.service';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import type { StaffGrantDto } from './dto/staff-grant.dto';
import { RoleGrant } from './role-grant.entity';

const STAFF_ROLES = [Role.Coordinator, Role.Admin];

/** Admins decide who is staff: coordinators of a center, and other admins. */
@Injectable()
export class StaffGrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
  ) {}

  async list(): Promise<StaffGrant[]> {
    const grants = await this.dataSource.getRepository(RoleGrant).find({
      where: { role: In(STAFF_ROLES) },
      relations: { account: true, center: true },
      order: { createdAt: 'DESC' },
    });
    const people = await this.dataSource.getRepository(Person).findBy({ accountId: In(grants.map((grant) => grant.accountId)) });
    const nameOf = new Map(people.map((person) => [person.accountId, person.name]));
    return grants.map((grant) => ({
      id: grant.id,
      accountId: grant.accountId,
      email: grant.account.email,
      name: nameOf.get(grant.accountId) ?? '',
      role: grant.role,
      centerId: grant.centerId,
      centerNameJa: grant.center?.nameJa ?? null,
      createdAt: grant.createdAt.toISOString(),
    }));
  }

  /** Grants the role to the account with that email; granting it twice changes nothing. */
  async grant(dto: StaffGrantDto): Promise<StaffGrant[]> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ email: dto.email });
    if (!account) throw InvalidInputException.forField('email', 'accountNotFound');
    if (dto.role === Role.Coordinator && !dto.centerId) throw InvalidInputException.forField('centerId', 'centerRequiredForCoordinator');
    if (dto.centerId && !(await this.centers.findCenter(dto.centerId))) throw InvalidInputException.forField('centerId', 'unknownArea');
    const centerId = dto.role === Role.Coordinator ? (dto.centerId as string) : null;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RoleGrant)
      .values({ accountId: account.id, role: dto.role, centerId })
      .orIgnore()
      .execute();
    return this.list();
  }

  async revoke(id: string): Promise<void> {
    const result = await this.dataSource.getRepository(RoleGrant).delete({ id, role: In(STAFF_ROLES) });
    if (!result.affected) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
  }
}
