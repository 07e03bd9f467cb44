import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AreaSummary, type CenterSummary, Role } from '@tsunagu/contracts';
import { In, Repository } from 'typeorm';
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
    return areas.map((area) => ({
      id: area.id,
      nameJa: area.nameJa,
      nameKana: area.nameKana,
      nameEn: area.nameEn,
      centerNameJa: area.center.nameJa,
      centerNameEn: area.center.nameEn,
    }));
  }

  async listCenters(): Promise<CenterSummary[]> {
    const centers = await this.centers.find({ order: { code: 'ASC' } });
    return centers.map(({ id, kind, nameJa, nameEn, parentId }) => ({ id, kind, nameJa, nameEn, parentId }));
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
