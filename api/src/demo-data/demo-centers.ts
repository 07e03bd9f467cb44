import { VolunteerCenterKind } from '../centers/volunteer-center.entity';

interface DemoArea {
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

interface DemoCenter {
  code: string;
  kind: VolunteerCenterKind;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  areas: DemoArea[];
}

const school = (code: string, nameJa: string, kana: string, nameEn: string): DemoArea => ({
  code,
  nameJa: `${nameJa}小学校区`,
  nameKana: `${kana}しょうがっこうく`,
  nameEn: `${nameEn} school area`,
});

/** A fictional ward: one ward center and four district centers with their school areas. */
export const DEMO_WARD_CENTER: DemoCenter = {
  code: 'ward',
  kind: VolunteerCenterKind.Ward,
  nameJa: 'つなぐ区ボランティアセンター',
  nameKana: 'つなぐくぼらんてぃあせんたー',
  nameEn: 'Tsunagu Ward Volunteer Center',
  areas: [],
};

export const DEMO_DISTRICT_CENTERS: DemoCenter[] = [
  {
    code: 'district-aoba',
    kind: VolunteerCenterKind.District,
    nameJa: '青葉地区ボランティアセンター',
    nameKana: 'あおばちくぼらんてぃあせんたー',
    nameEn: 'Aoba District Volunteer Center',
    areas: [
      school('aoba', '青葉', 'あおば', 'Aoba'),
      school('wakabadai', '若葉台', 'わかばだい', 'Wakabadai'),
      school('midoricho', '緑町', 'みどりちょう', 'Midoricho'),
    ],
  },
  {
    code: 'district-sakuradai',
    kind: VolunteerCenterKind.District,
    nameJa: '桜台地区ボランティアセンター',
    nameKana: 'さくらだいちくぼらんてぃあせんたー',
    nameEn: 'Sakuradai District Volunteer Center',
    areas: [
      school('sakuradai', '桜台', 'さくらだい', 'Sakuradai'),
      school('higashiyama', '東山', 'ひがしやま', 'Higashiyama'),
      school('honcho', '本町', 'ほんちょう', 'Honcho'),
    ],
  },
  {
    code: 'district-kawabe',
    kind: VolunteerCenterKind.District,
    nameJa: '川辺地区ボランティアセンター',
    nameKana: 'かわべちくぼらんてぃあせんたー',
    nameEn: 'Kawabe District Volunteer Center',
    areas: [
      school('kawabe', '川辺', 'かわべ', 'Kawabe'),
      school('minato', '港', 'みなと', 'Minato'),
      school('shinmachi', '新町', 'しんまち', 'Shinmachi'),
    ],
  },
  {
    code: 'district-minamimachi',
    kind: VolunteerCenterKind.District,
    nameJa: '南町地区ボランティアセンター',
    nameKana: 'みなみまちちくぼらんてぃあせんたー',
    nameEn: 'Minamimachi District Volunteer Center',
    areas: [
      school('minamimachi', '南町', 'みなみまち', 'Minamimachi'),
      school('asahi', '旭', 'あさひ', 'Asahi'),
      school('hongo', '本郷', 'ほんごう', 'Hongo'),
    ],
  },
];
