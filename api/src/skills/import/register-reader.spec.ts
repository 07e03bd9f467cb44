import { ContactMethod, DayPeriod, InsurancePlan, SkillLevel, Transport } from '@tsunagu/contracts';
import iconv from 'iconv-lite';
import { type SkillCsvRecord, skillCsvText, toSkillCsvRow } from '../skills-csv-columns';
import { decodeRegister } from './decode-register';
import { RegisterColumns } from './register-columns';
import { parseRegisterDate } from './register-date';
import { type ReadRegister, readRegister } from './register-reader';
import { AreaFinder } from './register-rows';

const AREAS = new AreaFinder([
  { id: 'area-aoba', code: 'aoba', nameJa: '青葉小学校区', nameKana: 'あおばしょうがっこうく', nameEn: 'Aoba school area' },
  { id: 'area-minato', code: 'minato', nameJa: '港小学校区', nameKana: 'みなとしょうがっこうく', nameEn: 'Minato school area' },
]);
const TODAY = '2026-11-29';
const columns = new RegisterColumns();
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

function read(bytes: Uint8Array): ReadRegister {
  const result = readRegister(bytes, columns, AREAS, TODAY);
  if ('rule' in result) throw new Error(`file refused: ${JSON.stringify(result)}`);
  return result;
}

const REGISTER = [
  '氏名,フリガナ,生年月日,電話番号,住所,地区,特技,資格,活動できる曜日',
  '山田 花子,ヤマダ ハナコ,昭和19年4月1日,03-1234-5678,つなぐ区青葉1-2-3,青葉,草むしり、話し相手,介護福祉士,月・水の午前',
  '"佐藤 一郎","さとう いちろう",1950/4/1,,"つなぐ区港2-3-4',
  '2階",港小学校区,スマホの使い方を教えられます,,土日',
].join('\r\n');

describe('register files', () => {
  it('decodes UTF-8 with and without a BOM, and Shift_JIS as Excel saves it', () => {
    expect(decodeRegister(withBom('氏名'))).toEqual({ text: '氏名', encoding: 'utf-8-bom' });
    expect(decodeRegister(utf8('氏名'))).toEqual({ text: '氏名', encoding: 'utf-8' });
    expect(decodeRegister(iconv.encode('氏名,髙橋①', 'cp932'))).toEqual({ text: '氏名,髙橋①', encoding: 'shift_jis' });
    expect(decodeRegister(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toBeNull();
  });

  it('reads dates as registers write them, 和暦 included', () => {
    expect(parseRegisterDate('昭和19年4月1日')).toBe('1944-04-01');
    expect(parseRegisterDate('S19.4.1')).toBe('1944-04-01');
    expect(parseRegisterDate('平成元年1月8日')).toBe('1989-01-08');
    expect(parseRegisterDate('１９５０／４／１')).toBe('1950-04-01');
    expect(parseRegisterDate('19500401')).toBe('1950-04-01');
    expect(parseRegisterDate('昭和65年1月1日')).toBeNull();
    expect(parseRegisterDate('1950-02-30')).toBeNull();
  });

  it.each([
    ['UTF-8 with BOM', withBom(REGISTER)],
    ['UTF-8 without BOM', utf8(REGISTER)],
    ['Shift_JIS', iconv.encode(REGISTER, 'cp932')],
  ])('reads a register in %s: quoted fields, CRLF and a line break inside an address', (_, bytes) => {
    const result = read(bytes);
    expect(result.problems).toEqual([]);
    expect(result.totalRows).toBe(2);
    const [hanako, ichiro] = result.rows;
    expect(hanako.line).toBe(2);
    expect(hanako.person).toEqual({
      name: '山田 花子',
      nameKana: 'やまだ はなこ',
      birthDate: '1944-04-01',
      phone: '03-1234-5678',
      email: null,
      postalAddress: 'つなぐ区青葉1-2-3',
      contactMethod: ContactMethod.Phone,
    });
    expect(hanako.profile).toMatchObject({
      homeAreaId: 'area-aoba',
      qualifications: ['certified-care-worker'],
      weeklySlots: [
        { day: 'mon', period: DayPeriod.Morning },
        { day: 'wed', period: DayPeriod.Morning },
      ],
      inPerson: true,
      online: false,
      insurance: null,
      publicListing: false,
    });
    expect(hanako.profile.skills.map((skill) => [skill.categoryCode, skill.ownWords, skill.level])).toEqual([
      ['garden-work', '草むしり', SkillLevel.Experienced],
      ['conversation-and-listening', '話し相手', SkillLevel.Experienced],
    ]);
    expect(ichiro.line).toBe(3);
    expect(ichiro.person).toMatchObject({ postalAddress: 'つなぐ区港2-3-4\r\n2階', contactMethod: ContactMethod.Post });
    expect(ichiro.homeAreaNameJa).toBe('港小学校区');
  });

  it('reports every problem of a row with its line and column, and keeps the good rows', () => {
    const result = read(
      utf8(
        [
          'お名前,よみがな,生年月日,メール,地区,特技',
          '田中 太郎,たなか たろう,1950-04-01,taro@example.jp,青葉,庭仕事',
          '鈴木 次郎,Suzuki,1950-13-01,,青葉,',
          '高橋 三郎,,S25.4.1,saburo@example.jp,山の上,空を飛ぶこと',
        ].join('\n'),
      ),
    );
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(result.problems).toEqual([
      { line: 3, column: 'よみがな', rule: 'kana' },
      { line: 3, column: '生年月日', rule: 'date' },
      { line: 3, column: null, rule: 'noContact' },
      { line: 3, column: '特技', rule: 'noSkills' },
      { line: 4, column: 'よみがな', rule: 'kanaRequired' },
      { line: 4, column: '地区', rule: 'unknownArea', args: { value: '山の上' } },
      { line: 4, column: '特技', rule: 'unknownSkill', args: { value: '空を飛ぶこと' } },
    ]);
  });

  it('finds the same person twice in one file', () => {
    const result = read(
      utf8(
        [
          '氏名,ふりがな,生年月日,電話番号,地区,特技',
          '山田 花子,やまだ はなこ,1944-04-01,03-1111-2222,青葉,庭仕事',
          '山田　花子,ヤマダ ハナコ,1944/4/1,090-0000-0000,青葉,見守り',
        ].join('\n'),
      ),
    );
    expect(result.rows).toHaveLength(1);
    expect(result.problems).toEqual([{ line: 3, column: null, rule: 'duplicateInFile', args: { otherLine: 2 } }]);
  });

  it('skips a title row above the header and takes 姓・名 in two columns', () => {
    const result = read(
      utf8(
        [
          'ボランティア登録名簿（令和8年度）,,,,',
          '',
          '姓,名,セイ,メイ,生年月日,電話,小学校区,できること',
          '山田,花子,ヤマダ,ハナコ,1944-04-01,03-1234-5678,港,草取り',
        ].join('\n'),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ line: 4, person: { name: '山田 花子', nameKana: 'やまだ はなこ' } });
  });

  it('re-imports a file the 特技バンク export wrote', () => {
    const record: SkillCsvRecord = {
      person: {
        name: '山田 花子',
        nameKana: 'やまだ はなこ',
        birthDate: '1944-04-01',
        phone: '03-1234-5678',
        email: null,
        postalAddress: null,
        contactMethod: ContactMethod.Phone,
      },
      profile: {
        skills: [
          { categoryCode: 'garden-work', ownWords: '草むしり、庭木の水やり', level: SkillLevel.Professional },
          { categoryCode: 'conversation-and-listening', ownWords: '', level: SkillLevel.Beginner },
        ],
        qualifications: ['certified-care-worker', 'care-manager'],
        languages: ['en'],
        weeklySlots: [
          { day: 'mon', period: DayPeriod.Morning },
          { day: 'mon', period: DayPeriod.Afternoon },
          { day: 'sat', period: DayPeriod.Evening },
        ],
        datesOff: ['2026-12-31'],
        inPerson: true,
        online: true,
        transport: [Transport.Bicycle, Transport.PublicTransport],
        insurance: { plan: InsurancePlan.NaturalDisasterB, fiscalYear: 2026, coverStart: '2026-05-10' },
        publicListing: true,
        nickname: 'はなさん',
      },
      homeAreaNameJa: '青葉小学校区',
      areaNamesJa: ['青葉小学校区', '港小学校区'],
      centerNameJa: '青葉地区ボランティアセンター',
      registeredAt: '2026-11-01',
    };
    const file = Buffer.from(skillCsvText([toSkillCsvRow(record)]), 'utf8');
    const result = read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows[0].person).toEqual(record.person);
    expect(result.rows[0].profile).toEqual({ ...record.profile, homeAreaId: 'area-aoba', areaIds: ['area-aoba', 'area-minato'] });
    expect(result.rows[0].homeAreaNameJa).toBe('青葉小学校区');
  });

  it('refuses files it cannot read, saying why', () => {
    expect(readRegister(utf8('住所,電話\nx,y'), columns, AREAS, TODAY)).toEqual({ rule: 'registerMissingColumns', columns: '氏名、特技' });
    expect(readRegister(utf8('氏名,お名前,特技'), columns, AREAS, TODAY)).toEqual({
      rule: 'registerDuplicateColumn',
      first: '氏名',
      second: 'お名前',
    });
    expect(readRegister(utf8('氏名,特技\n'), columns, AREAS, TODAY)).toEqual({ rule: 'registerEmpty' });
    expect(readRegister(utf8('氏名,特技\n"山田,庭仕事\n'), columns, AREAS, TODAY)).toEqual({ rule: 'registerCsv', line: 2 });
    expect(readRegister(new Uint8Array([0x82, 0xff, 0xff]), columns, AREAS, TODAY)).toEqual({ rule: 'registerEncoding' });
    // A NUL byte (a damaged file, or UTF-16 text that happens to be valid UTF-8): PostgreSQL cannot store it.
    expect(readRegister(utf8('氏名,特技\n山田\u0000花子,庭仕事\n'), columns, AREAS, TODAY)).toEqual({ rule: 'registerEncoding' });
  });
});
