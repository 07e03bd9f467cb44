import { type DayPeriod, InsurancePlan, SkillProfileStatus, type Weekday } from '@tsunagu/contracts';
import { type EntityManager, In } from 'typeorm';
import { Area } from '../centers/area.entity';
import { Person } from '../people/person.entity';
import { todayInJapan } from '../skills/insurance-cover';
import { SkillRecord } from '../skills/skill.entity';
import { SkillProfileRecord } from '../skills/skill-profile.entity';
import { SkillRegistrationPeriod } from '../skills/skill-registration-period.entity';
import { searchFieldsOf } from '../skills/skill-search-fields';
import { slotsToMask } from '@tsunagu/matching';
import { DEMO_VOLUNTEERS, type DemoVolunteer } from './demo-volunteers';

const PERIODS: Record<string, DayPeriod> = { am: 'morning' as DayPeriod, pm: 'afternoon' as DayPeriod, ev: 'evening' as DayPeriod };

/** The demo volunteers, each once: someone already there (same name and birth date) is left alone. */
export async function loadDemoVolunteers(manager: EntityManager): Promise<void> {
  const existing = await manager.find(Person, {
    where: { name: In(DEMO_VOLUNTEERS.map((volunteer) => volunteer.name)) },
    select: { name: true, birthDate: true },
  });
  const known = new Set(existing.map((person) => `${person.name}|${person.birthDate}`));
  const missing = DEMO_VOLUNTEERS.filter((volunteer) => !known.has(`${volunteer.name}|${volunteer.birthDate}`));
  if (missing.length === 0) return;
  const areas = new Map((await manager.find(Area)).map((area) => [area.code, area]));
  const today = todayInJapan();
  for (const [index, volunteer] of missing.entries()) await loadVolunteer(manager, volunteer, index, areas, today);
}

async function loadVolunteer(manager: EntityManager, volunteer: DemoVolunteer, index: number, areas: Map<string, Area>, today: string) {
  const home = areas.get(volunteer.homeArea);
  if (!home) throw new Error(`Demo volunteer ${volunteer.name}: no area ${volunteer.homeArea}`);
  const person = await manager.save(
    manager.create(Person, {
      centerId: home.centerId,
      name: volunteer.name,
      nameKana: volunteer.nameKana,
      birthDate: volunteer.birthDate,
      phone: volunteer.phone,
      email: volunteer.email,
      contactMethod: volunteer.contactMethod,
    }),
  );
  const registeredAt = monthsAgo(volunteer.monthsAgo, index);
  const withdrawnAt = volunteer.withdrewMonthsAgo === undefined ? null : monthsAgo(volunteer.withdrewMonthsAgo, index);
  const status = volunteer.draft ? SkillProfileStatus.Draft : withdrawnAt ? SkillProfileStatus.Withdrawn : SkillProfileStatus.Active;
  const skills = volunteer.skills.map(([categoryCode, ownWords, level]) => ({ categoryCode, ownWords, level }));
  const fiscalYear = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const joined = registeredAt.toISOString().slice(0, 10);
  const profile = await manager.save(
    manager.create(SkillProfileRecord, {
      personId: person.id,
      centerId: home.centerId,
      status,
      step: volunteer.draft ? 3 : 5,
      nickname: volunteer.nickname ?? null,
      publicListing: volunteer.nickname !== undefined && status === SkillProfileStatus.Active,
      inPerson: volunteer.inPerson ?? true,
      online: volunteer.online ?? false,
      languages: volunteer.languages ?? [],
      qualifications: volunteer.qualifications ?? [],
      homeAreaId: home.id,
      areaIds: volunteer.areas.map((code) => areas.get(code)?.id).filter((id): id is string => id !== undefined),
      weeklySlots: slotsToMask(
        volunteer.slots.map((slot) => {
          const [day, period] = slot.split(':');
          return { day: day as Weekday, period: PERIODS[period] };
        }),
      ),
      datesOff: [],
      transport: volunteer.transport ?? [],
      insurancePlan: volunteer.insured ? InsurancePlan.BasicA : null,
      insuranceFiscalYear: volunteer.insured ? fiscalYear : null,
      insuranceCoverStart: volunteer.insured ? (joined > `${fiscalYear}-04-01` ? joined : `${fiscalYear}-04-01`) : null,
      ...searchFieldsOf(skills),
      registeredAt: volunteer.draft ? null : registeredAt,
      withdrawnAt,
    }),
  );
  await manager.insert(
    SkillRecord,
    skills.map((skill, sortOrder) => ({ ...skill, profileId: profile.id, sortOrder })),
  );
  if (!volunteer.draft) {
    await manager.insert(SkillRegistrationPeriod, { profileId: profile.id, startedAt: registeredAt, endedAt: withdrawnAt });
  }
}

/** Spread over the month so the figures grow month by month (never in the future). */
function monthsAgo(months: number, index: number): Date {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(Math.min(date.getUTCDate(), 1 + (index % 20)));
  return date;
}
