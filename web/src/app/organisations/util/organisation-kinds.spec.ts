import type { CenterSummary } from '@tsunagu/contracts';
import { applicationCenterChoices, ORGANISATION_KINDS, statusKey } from './organisation-kinds';

const center = (id: string, kind: CenterSummary['kind'], nameJa: string, nameEn = ''): CenterSummary => ({
  id,
  kind,
  nameJa,
  nameEn,
  parentId: kind === 'ward' ? null : 'ward',
});

describe('organisation choices', () => {
  it('offers groups before businesses', () => {
    expect(ORGANISATION_KINDS[0]).toBe('neighbourhood-association');
    expect(ORGANISATION_KINDS.slice(-2)).toEqual(['company', 'shop']);
  });

  it('offers the district centers, the ward center apart, and never a disaster center', () => {
    const centers = [
      center('ward', 'ward', 'つなぐ区ボランティアセンター', 'Tsunagu Ward Volunteer Center'),
      center('aoba', 'district', '青葉地区ボランティアセンター', 'Aoba District Volunteer Center'),
      center('typhoon', 'disaster', '台風災害ボランティアセンター'),
      center('sakura', 'district', '桜台地区ボランティアセンター'),
    ];
    expect(applicationCenterChoices(centers, 'ja')).toEqual({
      districts: [
        { id: 'aoba', label: '青葉地区ボランティアセンター' },
        { id: 'sakura', label: '桜台地区ボランティアセンター' },
      ],
      ward: { id: 'ward', label: 'つなぐ区ボランティアセンター' },
    });
    // English names where there are some; the Japanese name otherwise.
    expect(applicationCenterChoices(centers, 'en').districts.map((choice) => choice.label)).toEqual([
      'Aoba District Volunteer Center',
      '桜台地区ボランティアセンター',
    ]);
    expect(applicationCenterChoices([], 'ja')).toEqual({ districts: [], ward: null });
  });

  it('words a rejection for the applicant differently from the staff list', () => {
    expect(statusKey('rejected', 'applicant')).toBe('organisations.status.applicant.rejected');
    expect(statusKey('pending', 'staff')).toBe('organisations.status.staff.pending');
  });
});
