import { Role, type RoleGrantSummary, type Viewer } from '@tsunagu/contracts';
import { defaultCenterId, isAdmin, isStaff } from './staff-roles';

const grant = (role: Role, centerId: string | null = null): RoleGrantSummary => ({
  role,
  centerId,
  centerNameJa: centerId ? `${centerId}センター` : null,
  centerNameEn: null,
});
const viewer = (...roles: RoleGrantSummary[]): Viewer => ({
  accountId: 'a1',
  email: 'x@example.jp',
  name: '職員',
  locale: 'ja',
  roles,
});

describe('staff roles', () => {
  it('counts coordinators and admins as staff, and nobody else', () => {
    expect(isStaff(viewer(grant(Role.Coordinator, 'aoba')))).toBe(true);
    expect(isStaff(viewer(grant(Role.Admin)))).toBe(true);
    expect(isStaff(viewer(grant(Role.Resident), grant(Role.OrganisationMember)))).toBe(false);
    expect(isStaff(null)).toBe(false);
  });

  it('lets only admins read the audit log', () => {
    expect(isAdmin(viewer(grant(Role.Resident), grant(Role.Admin)))).toBe(true);
    expect(isAdmin(viewer(grant(Role.Coordinator, 'aoba')))).toBe(false);
  });

  it("registers people for the coordinator's first center unless they choose another", () => {
    expect(defaultCenterId(viewer(grant(Role.Resident), grant(Role.Coordinator, 'aoba'), grant(Role.Coordinator, 'midori')))).toBe('aoba');
    expect(defaultCenterId(viewer(grant(Role.Admin)))).toBeNull();
    expect(defaultCenterId(null)).toBeNull();
  });
});
