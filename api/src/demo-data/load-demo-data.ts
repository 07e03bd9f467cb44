import type { DataSource } from 'typeorm';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { DEMO_DISTRICT_CENTERS, DEMO_WARD_CENTER } from './demo-centers';

/** Upserts by stable code, so running it again changes nothing and duplicates nothing. */
export async function loadDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const centers = manager.getRepository(VolunteerCenter);
    const { areas: _none, ...wardFields } = DEMO_WARD_CENTER;
    await centers.upsert({ ...wardFields, parentId: null }, ['code']);
    const ward = await centers.findOneByOrFail({ code: DEMO_WARD_CENTER.code });

    for (const { areas, ...districtFields } of DEMO_DISTRICT_CENTERS) {
      await centers.upsert({ ...districtFields, parentId: ward.id }, ['code']);
      const district = await centers.findOneByOrFail({ code: districtFields.code });
      await manager.getRepository(Area).upsert(
        areas.map((area, index) => ({ ...area, centerId: district.id, sortOrder: index })),
        ['code'],
      );
    }
  });
}
