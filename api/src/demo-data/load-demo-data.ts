import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { RoleGrant } from '../accounts/role-grant.entity';
import { hashPassword } from '../core/auth/passwords';
import { Person } from '../people/person.entity';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo-staff';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { DEMO_DISTRICT_CENTERS, DEMO_WARD_CENTER } from './demo-centers';
import { loadDemoPastRequests } from './load-demo-past-requests';
import { loadDemoRequests } from './load-demo-requests';
import { loadDemoVolunteers } from './load-demo-volunteers';

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
    await loadDemoStaff(manager);
    await loadDemoVolunteers(manager);
    const parties = await loadDemoRequests(manager);
    await loadDemoPastRequests(manager, parties);
  });
}

/** Staff accounts are created once; a later run leaves them (and any changed password) alone. */
async function loadDemoStaff(manager: EntityManager): Promise<void> {
  const existing = new Set((await manager.find(Account, { select: { email: true } })).map((account) => account.email));
  const missing = DEMO_STAFF.filter((staff) => !existing.has(staff.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  const centers = await manager.find(VolunteerCenter);
  const idOf = (code: string | null) => (code ? (centers.find((center) => center.code === code)?.id ?? null) : null);
  const ward = centers.find((center) => center.code === DEMO_WARD_CENTER.code) as VolunteerCenter;
  for (const staff of missing) {
    const account = await manager.save(
      manager.create(Account, { email: staff.email, passwordHash, locale: 'ja', emailVerifiedAt: new Date() }),
    );
    await manager.save(
      manager.create(Person, {
        accountId: account.id,
        centerId: idOf(staff.centerCode) ?? ward.id,
        name: staff.name,
        nameKana: staff.nameKana,
      }),
    );
    await manager.insert(RoleGrant, { accountId: account.id, role: staff.role, centerId: idOf(staff.centerCode) });
  }
}
