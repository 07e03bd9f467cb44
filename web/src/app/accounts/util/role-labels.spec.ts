import { Role, type RoleGrantSummary } from '@tsunagu/contracts';
import { roleLabels } from './role-labels';

const grant = (role: Role, center?: [string, string, string | null]): RoleGrantSummary => ({
  role,
  centerId: center?.[0] ?? null,
  centerNameJa: center?.[1] ?? null,
  centerNameEn: center?.[2] ?? null,
});

describe('roleLabels', () => {
  const grants = [
    grant(Role.Admin),
    grant(Role.Coordinator, ['c-north', '北地区ボランティアセンター', 'North District Volunteer Center']),
    grant(Role.Resident),
    grant(Role.Coordinator, ['c-south', '南地区ボランティアセンター', null]),
  ];

  it('lists roles in a plain order, 住民 first and 管理者 last, one line per center', () => {
    expect(roleLabels(grants, 'ja')).toEqual([
      { key: 'accounts.roles.resident', center: null },
      { key: 'accounts.roles.coordinator', center: '北地区ボランティアセンター' },
      { key: 'accounts.roles.coordinator', center: '南地区ボランティアセンター' },
      { key: 'accounts.roles.admin', center: null },
    ]);
  });

  it('names centers in English for English readers, in Japanese when there is no English name', () => {
    expect(roleLabels(grants, 'en').map((label) => label.center)).toEqual([
      null,
      'North District Volunteer Center',
      '南地区ボランティアセンター',
      null,
    ]);
  });

  it('shows a role given twice only once', () => {
    expect(roleLabels([grant(Role.Resident), grant(Role.Resident)], 'ja')).toHaveLength(1);
  });
});
