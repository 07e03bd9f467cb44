import type { AreaSummary, CenterSummary } from '@tsunagu/contracts';
import { centerChoices, centerTree } from './center-tree';

const center = (id: string, kind: CenterSummary['kind'], nameJa: string, nameEn: string): CenterSummary => ({
  id,
  kind,
  nameJa,
  nameEn,
  parentId: kind === 'ward' ? null : 'ward',
});
const area = (id: string, nameJa: string, centerNameJa: string): AreaSummary => ({
  id,
  nameJa,
  nameKana: 'よみ',
  nameEn: `${id} school area`,
  centerNameJa,
  centerNameEn: '',
});

const CENTERS = [
  center('typhoon', 'disaster', '台風災害ボランティアセンター', 'Typhoon Disaster Volunteer Center'),
  center('aoba', 'district', '青葉地区ボランティアセンター', 'Aoba District Volunteer Center'),
  center('ward', 'ward', 'つなぐ区ボランティアセンター', 'Tsunagu Ward Volunteer Center'),
  center('sakura', 'district', '桜台地区ボランティアセンター', ''),
];

describe('センターと地区の一覧', () => {
  it('lists the ward center first, then the districts in the API order, then disaster centers', () => {
    expect(centerTree(CENTERS, [], 'ja').map((node) => node.center.id)).toEqual(['ward', 'aoba', 'sakura', 'typhoon']);
  });

  it('puts each area under its center, keeping their order; a center without areas has none', () => {
    const tree = centerTree(
      CENTERS,
      [
        area('aoba-1', '青葉小学校区', '青葉地区ボランティアセンター'),
        area('sakura-1', '桜台小学校区', '桜台地区ボランティアセンター'),
        area('aoba-2', '若葉台小学校区', '青葉地区ボランティアセンター'),
      ],
      'ja',
    );
    expect(tree.map((node) => node.areas.map((item) => item.area.id))).toEqual([[], ['aoba-1', 'aoba-2'], ['sakura-1'], []]);
  });

  it('names centers in the reader language, in Japanese when there is no English name', () => {
    expect(centerChoices(CENTERS, 'en').map((choice) => choice.label)).toEqual([
      'Tsunagu Ward Volunteer Center',
      'Aoba District Volunteer Center',
      '桜台地区ボランティアセンター',
      'Typhoon Disaster Volunteer Center',
    ]);
  });
});
