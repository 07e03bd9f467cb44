import type { AreaSummary } from '@tsunagu/contracts';
import { groupAreasByCenter } from './area-groups';

const area = (id: string, nameJa: string, centerNameJa: string): AreaSummary => ({
  id,
  nameJa,
  nameKana: '',
  nameEn: `${id} (en)`,
  centerNameJa,
  centerNameEn: `${centerNameJa} (en)`,
});

describe('groupAreasByCenter', () => {
  const areas = [area('a', '桜小学校区', '北地区'), area('b', '港小学校区', '南地区'), area('c', '梅小学校区', '北地区')];

  it('puts each area under its center, in the order the API lists them', () => {
    expect(groupAreasByCenter(areas, 'ja')).toEqual([
      {
        label: '北地区',
        options: [
          { id: 'a', label: '桜小学校区' },
          { id: 'c', label: '梅小学校区' },
        ],
      },
      { label: '南地区', options: [{ id: 'b', label: '港小学校区' }] },
    ]);
  });

  it('labels centers and areas in English for English readers', () => {
    const [north] = groupAreasByCenter(areas, 'en');
    expect(north.label).toBe('北地区 (en)');
    expect(north.options[0].label).toBe('a (en)');
  });
});
