import { Role, type StaffGrant } from '@tsunagu/contracts';
import { emptyStaffGrantDraft, grantFor, staffGrantProblem, staffGrantProblems, toRoleGrantRequest } from './staff-grant-draft';

const grant = (id: string, email: string, role: Role, centerId: string | null): StaffGrant => ({
  id,
  accountId: `account-${id}`,
  email,
  name: `職員${id}`,
  role,
  centerId,
  centerNameJa: centerId ? '青葉地区ボランティアセンター' : null,
  createdAt: '2026-04-01T00:00:00.000Z',
});

describe('職員を登録する', () => {
  it('needs an email and a role, and a center only for a coordinator', () => {
    expect(staffGrantProblems(emptyStaffGrantDraft())).toEqual(['email', 'role']);
    expect(staffGrantProblems({ email: 'aoba@example.jp', role: Role.Coordinator, centerId: '' })).toEqual(['centerId']);
    expect(staffGrantProblems({ email: 'aoba@example.jp', role: Role.Admin, centerId: '' })).toEqual([]);
    expect(staffGrantProblem({ ...emptyStaffGrantDraft(), email: 'aoba@' }, 'email')).toBe('email');
  });

  it('sends the email in half-width characters, and a center only for a coordinator', () => {
    expect(
      toRoleGrantRequest({
        email: ' ａｏｂａ＠example.jp ',
        role: Role.Coordinator,
        centerId: 'aoba',
      }),
    ).toEqual({
      email: 'aoba@example.jp',
      role: Role.Coordinator,
      centerId: 'aoba',
    });
    expect(toRoleGrantRequest({ email: 'boss@example.jp', role: Role.Admin, centerId: 'aoba' })).toEqual({
      email: 'boss@example.jp',
      role: Role.Admin,
    });
  });

  it('finds the grant just made in the list the API answers with, whatever the case of the email', () => {
    const grants = [
      grant('1', 'Aoba@Example.jp', Role.Coordinator, 'sakura'),
      grant('2', 'Aoba@Example.jp', Role.Coordinator, 'aoba'),
      grant('3', 'Aoba@Example.jp', Role.Admin, null),
    ];
    expect(grantFor(grants, { email: 'aoba@example.jp', role: Role.Coordinator, centerId: 'aoba' })?.id).toBe('2');
    expect(grantFor(grants, { email: 'aoba@example.jp', role: Role.Admin })?.id).toBe('3');
    expect(grantFor(grants, { email: 'other@example.jp', role: Role.Admin })).toBeNull();
  });
});
