import { ContactMethod, DayPeriod, InsurancePlan, SkillLevel, Transport } from '@tsunagu/contracts';
import { parse } from 'csv-parse/sync';
import { codeForLabel, parseCsvYesNo, SKILL_CSV_HEADER, skillCsvText, toSkillCsvRow, TRANSPORT_LABELS } from './skills-csv-columns';

const record = {
  person: {
    name: '佐藤 初江',
    nameKana: 'さとう はつえ',
    birthDate: '1944-04-01',
    phone: '03-1234-5678',
    email: null,
    postalAddress: 'つなぐ区青葉1-2-3',
    contactMethod: ContactMethod.Phone,
  },
  profile: {
    skills: [{ categoryCode: 'garden-work', ownWords: '草むしり、水やり', level: SkillLevel.Experienced }],
    qualifications: ['driving-licence-standard'],
    languages: ['en', 'ja'],
    weeklySlots: [
      { day: 'sat' as const, period: DayPeriod.Morning },
      { day: 'sat' as const, period: DayPeriod.Afternoon },
    ],
    datesOff: ['2026-12-31'],
    inPerson: true,
    online: false,
    transport: [Transport.Walk, Transport.Bicycle],
    insurance: { plan: InsurancePlan.BasicA, fiscalYear: 2026, coverStart: '2026-04-01' },
    publicListing: true,
    nickname: '=はつえさん',
  },
  homeAreaNameJa: '青葉小学校区',
  areaNamesJa: ['若葉台小学校区'],
  centerNameJa: '青葉地区ボランティアセンター',
  registeredAt: '2026-05-01',
};

describe('the 特技バンク CSV', () => {
  it('is UTF-8 with a BOM and CRLF, with the Japanese header, and parses back cell for cell', () => {
    const text = skillCsvText([toSkillCsvRow(record)]);
    expect(text.startsWith('\uFEFF氏名,ふりがな,生年月日')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    const [header, row] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(SKILL_CSV_HEADER);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('特技1')).toBe('庭仕事');
    expect(cell('特技1の内容')).toBe('草むしり、水やり');
    expect(cell('特技1の経験')).toBe('経験がある');
    expect(cell('特技2')).toBe('');
    expect(cell('土曜日')).toBe('午前・午後');
    expect(cell('言語')).toBe('英語、日本語');
    expect(cell('移動手段')).toBe('徒歩、自転車');
    expect(cell('連絡方法')).toBe('電話');
    expect(cell('ボランティア活動保険のプラン')).toBe('基本プランA');
    // A cell Excel would run as a formula is defused.
    expect(cell('ニックネーム')).toBe("'=はつえさん");
  });

  it('reads labels back as people type them', () => {
    expect(codeForLabel(TRANSPORT_LABELS, ' 自転車 ')).toBe('bicycle');
    expect(codeForLabel(TRANSPORT_LABELS, '公共交通機関')).toBe('public-transport');
    expect(codeForLabel(TRANSPORT_LABELS, 'ロケット')).toBeUndefined();
    expect([parseCsvYesNo('はい'), parseCsvYesNo('○'), parseCsvYesNo('いいえ'), parseCsvYesNo('たぶん')]).toEqual([
      true,
      true,
      false,
      undefined,
    ]);
  });
});
