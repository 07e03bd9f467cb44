import type { AreaSummary } from '@tsunagu/contracts';
import { areasByCenter } from './area-groups';

const area = (id: string, nameJa: string, centerNameJa: string, nameEn = `${id} (en)`): AreaSummary => ({
  id,
  nameJa,
  nameKana: '',
  nameEn,
  centerNameJa,
  centerNameEn: `${centerNameJa} (en)`,
});

describe('areasByCenter', () => {
  const areas = [area('a', '桜小学校区', '北地区'), area('b', '港小学校区', '南地区'), area('c', '梅小学校区', '北地区')];

  it('puts each area under its center, in the order the API lists them', () => {
    expect(areasByCenter(areas, 'ja')).toEqual([
      {
        code: '北地区',
        label: '北地区',
        options: [
          { code: 'a', label: '桜小学校区' },
          { code: 'c', label: '梅小学校区' },
        ],
      },
      { code: '南地区', label: '南地区', options: [{ code: 'b', label: '港小学校区' }] },
    ]);
  });

  it('labels centers and areas in English for English readers, in Japanese where no English name is kept', () => {
    const [north] = areasByCenter([...areas, area('d', '松小学校区', '北地区', '')], 'en');
    expect(north.label).toBe('北地区 (en)');
    expect(north.options.map((option) => option.label)).toEqual(['a (en)', 'c (en)', '松小学校区']);
  });
});
