import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AreaSummary } from '@tsunagu/contracts';
import { Repository } from 'typeorm';
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

  findArea(id: string): Promise<Area | null> {
    return this.areas.findOne({ where: { id }, relations: { center: true } });
  }

  /** The ward center takes what belongs to no district. */
  async wardCenter(): Promise<VolunteerCenter> {
    return this.centers.findOneOrFail({ where: { kind: VolunteerCenterKind.Ward } });
  }
}
