import { VolunteerCenterKind } from '../centers/volunteer-center.entity';

interface DemoArea {
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  /** The area's centre: the demo ward lies around 35.70 N, 139.70 E, a few km across. */
  lat: number;
  lng: number;
}

interface DemoCenter {
  code: string;
  kind: VolunteerCenterKind;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  areas: DemoArea[];
}

const school = (code: string, nameJa: string, kana: string, nameEn: string, [lat, lng]: [number, number]): DemoArea => ({
  code,
  nameJa: `${nameJa}小学校区`,
  nameKana: `${kana}しょうがっこうく`,
  nameEn: `${nameEn} school area`,
  lat,
  lng,
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
      school('aoba', '青葉', 'あおば', 'Aoba', [35.7121, 139.6884]),
      school('wakabadai', '若葉台', 'わかばだい', 'Wakabadai', [35.7183, 139.6952]),
      school('midoricho', '緑町', 'みどりちょう', 'Midoricho', [35.7079, 139.6793]),
    ],
  },
  {
    code: 'district-sakuradai',
    kind: VolunteerCenterKind.District,
    nameJa: '桜台地区ボランティアセンター',
    nameKana: 'さくらだいちくぼらんてぃあせんたー',
    nameEn: 'Sakuradai District Volunteer Center',
    areas: [
      school('sakuradai', '桜台', 'さくらだい', 'Sakuradai', [35.7152, 139.7118]),
      school('higashiyama', '東山', 'ひがしやま', 'Higashiyama', [35.7214, 139.7226]),
      school('honcho', '本町', 'ほんちょう', 'Honcho', [35.7061, 139.7163]),
    ],
  },
  {
    code: 'district-kawabe',
    kind: VolunteerCenterKind.District,
    nameJa: '川辺地区ボランティアセンター',
    nameKana: 'かわべちくぼらんてぃあせんたー',
    nameEn: 'Kawabe District Volunteer Center',
    areas: [
      school('kawabe', '川辺', 'かわべ', 'Kawabe', [35.6942, 139.7131]),
      school('minato', '港', 'みなと', 'Minato', [35.6878, 139.7244]),
      school('shinmachi', '新町', 'しんまち', 'Shinmachi', [35.6975, 139.7029]),
    ],
  },
  {
    code: 'district-minamimachi',
    kind: VolunteerCenterKind.District,
    nameJa: '南町地区ボランティアセンター',
    nameKana: 'みなみまちちくぼらんてぃあせんたー',
    nameEn: 'Minamimachi District Volunteer Center',
    areas: [
      school('minamimachi', '南町', 'みなみまち', 'Minamimachi', [35.6903, 139.6941]),
      school('asahi', '旭', 'あさひ', 'Asahi', [35.6841, 139.6838]),
      school('hongo', '本郷', 'ほんごう', 'Hongo', [35.6986, 139.6887]),
    ],
  },
];
