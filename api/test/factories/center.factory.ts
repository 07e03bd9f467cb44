import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Area } from '../../src/centers/area.entity';
import { VolunteerCenter, VolunteerCenterKind } from '../../src/centers/volunteer-center.entity';
import { centerByCode } from './account.factory';

type Names = Pick<VolunteerCenter, 'nameJa' | 'nameKana' | 'nameEn'>;

/**
 * A district center under the demo ward (load the demo data first) with areas of its own. A suite
 * whose rankings or figures take in everyone of a district uses one, so that what the other suites
 * add to the demo districts in the same database cannot change them. Codes are unique in the whole
 * database, so they get a suffix.
 */
export async function createDistrict(
  app: NestFastifyApplication,
  center: Names & { code: string },
  areas: (Names & { code: string; lat: number; lng: number })[],
): Promise<{ center: VolunteerCenter; areas: Area[] }> {
  const dataSource = app.get(DataSource);
  const suffix = randomUUID().slice(0, 8);
  const ward = await centerByCode(app, 'ward');
  const district = await dataSource
    .getRepository(VolunteerCenter)
    .save({ ...center, code: `${center.code}-${suffix}`, kind: VolunteerCenterKind.District, parentId: ward.id });
  const saved = await dataSource
    .getRepository(Area)
    .save(areas.map((area, index) => ({ ...area, code: `${area.code}-${suffix}`, centerId: district.id, sortOrder: index })));
  return { center: district, areas: saved };
}
