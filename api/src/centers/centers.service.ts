import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AreaSummary, type CenterSummary, Role } from '@tsunagu/contracts';
import { In, QueryFailedError, Repository } from 'typeorm';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import type { AreaDto, CenterDto, CenterUpdateDto } from './dto/center-admin.dto';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import type { CenterScope } from './center-scope';
import { Area } from './area.entity';
import { VolunteerCenter, VolunteerCenterKind } from './volunteer-center.entity';

@Injectable()
export class CentersService {
  constructor(
    @InjectRepository(Area) private readonly areas: Repository<Area>,
    @InjectRepository(VolunteerCenter) private readonly centers: Repository<VolunteerCenter>,
  ) {}

  async listAreas(): Promise<AreaSummary[]> {
    const areas = await this.areas.find({
      relations: { center: true },
      order: { center: { code: 'ASC' }, sortOrder: 'ASC' },
    });
    return areas.map(toAreaSummary);
  }

  async listCenters(): Promise<CenterSummary[]> {
    const centers = await this.centers.find({ order: { code: 'ASC' } });
    return centers.map(toCenterSummary);
  }

  /**
   * Admins see every center; a coordinator sees the centers of their grants, and a grant on the
   * ward center covers all its districts (ward staff see all their districts).
   */
  async scopeOf(viewer: AuthenticatedViewer): Promise<CenterScope> {
    if (viewer.grants.some((grant) => grant.role === Role.Admin)) return { kind: 'all' };
    const granted = viewer.grants
      .filter((grant) => grant.role === Role.Coordinator && grant.centerId !== null)
      .map((grant) => grant.centerId as string);
    if (granted.length === 0) return { kind: 'centers', centerIds: [] };
    const children = await this.centers.find({ where: { parentId: In(granted) }, select: { id: true } });
    return { kind: 'centers', centerIds: [...new Set([...granted, ...children.map((child) => child.id)])] };
  }

  /** Opens a district or disaster center under the ward center. */
  async createCenter(dto: CenterDto): Promise<CenterSummary> {
    const ward = await this.wardCenter();
    const kind = dto.kind === 'disaster' ? VolunteerCenterKind.Disaster : VolunteerCenterKind.District;
    const center = await uniqueCode(() => this.centers.save(this.centers.create({ ...dto, kind, parentId: ward.id })));
    return toCenterSummary(center);
  }

  async updateCenter(id: string, dto: CenterUpdateDto): Promise<CenterSummary> {
    const center = await this.centerOrFail(id);
    return toCenterSummary(await this.centers.save(Object.assign(center, sentFields(dto))));
  }

  async createArea(centerId: string, dto: AreaDto): Promise<AreaSummary> {
    const center = await this.centerOrFail(centerId);
    const count = await this.areas.countBy({ centerId });
    const area = await uniqueCode(() => this.areas.save(this.areas.create({ ...dto, centerId: center.id, sortOrder: count })));
    return toAreaSummary({ ...area, center });
  }

  async updateArea(id: string, dto: CenterUpdateDto): Promise<AreaSummary> {
    const area = await this.findArea(id);
    if (!area) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return toAreaSummary(await this.areas.save(Object.assign(area, sentFields(dto))));
  }

  private async centerOrFail(id: string): Promise<VolunteerCenter> {
    const center = await this.findCenter(id);
    if (!center) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    return center;
  }

  findCenter(id: string): Promise<VolunteerCenter | null> {
    return this.centers.findOneBy({ id });
  }

  findArea(id: string): Promise<Area | null> {
    return this.areas.findOne({ where: { id }, relations: { center: true } });
  }

  /** The ward center takes what belongs to no district. */
  async wardCenter(): Promise<VolunteerCenter> {
    return this.centers.findOneOrFail({ where: { kind: VolunteerCenterKind.Ward } });
  }
}

/** A PATCH changes only the fields it sends; class-transformer leaves the others as undefined. */
function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function toCenterSummary({ id, kind, nameJa, nameEn, parentId }: VolunteerCenter): CenterSummary {
  return { id, kind, nameJa, nameEn, parentId };
}

function toAreaSummary(area: Area): AreaSummary {
  return {
    id: area.id,
    nameJa: area.nameJa,
    nameKana: area.nameKana,
    nameEn: area.nameEn,
    centerNameJa: area.center.nameJa,
    centerNameEn: area.center.nameEn,
  };
}

const UNIQUE_VIOLATION = '23505';

/** A taken code is the admin's input error, not a server error. */
async function uniqueCode<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      throw InvalidInputException.forField('code', 'codeTaken');
    }
    throw error;
  }
}
