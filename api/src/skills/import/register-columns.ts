import type { Weekday } from '@tsunagu/contracts';
import { normalizeJapanese } from '@tsunagu/matching';
import { SKILL_CSV_COLUMNS, type SkillCsvColumnKey } from '../skills-csv-columns';

/** What a single column of a register holds (the numbered 特技 and the weekday columns aside). */
export const REGISTER_FIELDS = [
  'name',
  'familyName',
  'givenName',
  'nameKana',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'phone',
  'email',
  'postalAddress',
  'contactMethod',
  'homeArea',
  'areas',
  'skills',
  'skillLevel',
  'qualifications',
  'languages',
  'weeklySlots',
  'datesOff',
  'way',
  'inPerson',
  'online',
  'transport',
  'insurancePlan',
  'insuranceFiscalYear',
  'insuranceCoverStart',
  'publicListing',
  'nickname',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/**
 * Headers that registers kept in Excel commonly use, beside the 特技バンク export's own (see
 * skills-csv-columns.ts, so an exported file re-imports). Compared through normalizeJapanese, so
 * フリガナ = ふりがな and full-width or spaced spellings (氏 名 with an ideographic space) match too.
 */
const COMMON_HEADERS: Record<RegisterField, readonly string[]> = {
  name: ['氏名', 'お名前', '名前', 'なまえ', '氏名（漢字）', 'フルネーム', 'Name'],
  familyName: ['姓', '苗字', '名字'],
  givenName: ['名'],
  nameKana: [
    'ふりがな',
    'よみがな',
    '読み',
    'よみ',
    'カナ',
    'カナ氏名',
    '氏名カナ',
    '氏名（カナ）',
    '氏名（ふりがな）',
    'フリガナ（氏名）',
    'Furigana',
  ],
  familyNameKana: ['セイ', '姓（ふりがな）', '姓（カナ）'],
  givenNameKana: ['メイ', '名（ふりがな）', '名（カナ）'],
  birthDate: ['生年月日', '誕生日', 'Date of birth', 'Birth date'],
  phone: ['電話番号', '電話', 'TEL', '連絡先電話番号', '携帯電話', '携帯電話番号', '携帯', 'Phone'],
  email: ['メールアドレス', 'メール', 'Eメール', 'E-mail', 'Email', 'Mail'],
  postalAddress: ['住所', 'ご住所', '現住所', 'Address'],
  contactMethod: ['連絡方法', '連絡の方法', '連絡手段', '希望する連絡方法'],
  homeArea: ['地区', 'お住まいの地区', '居住地区', '小学校区', '学区', 'Area'],
  areas: ['活動できる地区', '活動地区', '活動できる地域', '活動地域'],
  skills: ['特技', 'できること', '特技・できること', '得意なこと', '活動内容', '活動したい内容', 'やりたいこと', 'Skills'],
  skillLevel: ['経験', '特技の経験', 'レベル'],
  qualifications: ['資格', '免許', '資格・免許', '保有資格', 'Qualifications'],
  languages: ['言語', '話せる言語', '外国語', '使える言語', 'Languages'],
  weeklySlots: ['活動できる曜日', '活動できる曜日・時間', '活動できる日時', '活動可能日', '活動できる日', '曜日', '活動曜日'],
  datesOff: ['活動できない日'],
  way: ['活動の方法', '活動方法', '対面・オンライン'],
  inPerson: ['対面での活動', '対面'],
  online: ['オンラインでの活動', 'オンライン'],
  transport: ['移動手段', '交通手段', '移動の方法'],
  insurancePlan: ['保険', 'ボランティア保険', 'ボランティア活動保険', '保険プラン', '保険のプラン', '加入プラン'],
  insuranceFiscalYear: ['保険年度', '保険の年度', '加入年度'],
  insuranceCoverStart: ['保険開始日', '補償開始日', '保険の開始日', '加入日'],
  publicListing: ['公開', '公開リスト', '公開リストに載せる', '公開する'],
  nickname: ['ニックネーム', '呼び名', '公開する名前'],
};

/** The export's column keys that are single fields here (the others: numbered skills, weekdays, export-only). */
const EXPORT_FIELDS: Partial<Record<SkillCsvColumnKey, RegisterField>> = {
  name: 'name',
  nameKana: 'nameKana',
  birthDate: 'birthDate',
  phone: 'phone',
  email: 'email',
  postalAddress: 'postalAddress',
  contactMethod: 'contactMethod',
  homeArea: 'homeArea',
  areas: 'areas',
  qualifications: 'qualifications',
  languages: 'languages',
  datesOff: 'datesOff',
  inPerson: 'inPerson',
  online: 'online',
  transport: 'transport',
  insurancePlan: 'insurancePlan',
  insuranceFiscalYear: 'insuranceFiscalYear',
  insuranceCoverStart: 'insuranceCoverStart',
  publicListing: 'publicListing',
  nickname: 'nickname',
};

export interface RegisterColumn {
  index: number;
  header: string;
}

/** The export's 特技1, 特技1の内容, 特技1の経験 … one group per skill. */
export interface NumberedSkillColumns {
  n: number;
  category?: RegisterColumn;
  ownWords?: RegisterColumn;
  level?: RegisterColumn;
}

/** Which column holds what. */
export interface RegisterLayout {
  columns: Partial<Record<RegisterField, RegisterColumn>>;
  numberedSkills: NumberedSkillColumns[];
  /** The export's 月曜日 … 日曜日: 「午前・午後」 in each. */
  days: Partial<Record<Weekday, RegisterColumn>>;
}

export type HeaderProblem =
  { rule: 'registerMissingColumns'; columns: string[] } | { rule: 'registerDuplicateColumn'; headers: [string, string] };

type Target =
  | { kind: 'field'; field: RegisterField }
  | { kind: 'skill'; n: number; part: 'category' | 'ownWords' | 'level' }
  | { kind: 'day'; day: Weekday }
  | { kind: 'ignored' };

const headerKey = (header: string) => normalizeJapanese(header.replace(/[※*＊]\s*必須|[*＊※]/g, ''));
/** 「氏名（漢字）」, 「電話番号(自宅)」: a note in brackets after the header. */
const withoutNote = (header: string) => header.replace(/[（(【［[][^）)】］\]]*[）)】］\]]\s*$/u, '');
const NUMBERED_SKILL = /^(?:特技|できること)\s*(\d{1,2})\s*(の内容|の経験)?$/u;
const DAY_HEADER = /^([月火水木金土日])(?:曜日?)?$/u;
const DAY_OF: Record<string, Weekday> = { 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat', 日: 'sun' };

export class RegisterColumns {
  private readonly byKey = new Map<string, Target>();

  constructor(exportColumns: readonly { key: string; header: string; exportOnly?: true }[] = SKILL_CSV_COLUMNS) {
    for (const column of exportColumns) {
      const field = EXPORT_FIELDS[column.key as SkillCsvColumnKey];
      // 特技N… and the weekdays are recognised by their pattern below; センター, 登録日 are the export's alone.
      if (field) this.add(column.header, { kind: 'field', field });
      else if (column.exportOnly) this.add(column.header, { kind: 'ignored' });
    }
    for (const field of REGISTER_FIELDS) for (const header of COMMON_HEADERS[field]) this.add(header, { kind: 'field', field });
  }

  private add(header: string, target: Target): void {
    const key = headerKey(header);
    if (!this.byKey.has(key)) this.byKey.set(key, target);
  }

  private targetOf(header: string): Target | null {
    const text = header.normalize('NFKC').trim();
    const numbered = NUMBERED_SKILL.exec(text);
    if (numbered) {
      const part = numbered[2] === 'の内容' ? 'ownWords' : numbered[2] === 'の経験' ? 'level' : 'category';
      return { kind: 'skill', n: Number(numbered[1]), part };
    }
    const day = DAY_HEADER.exec(text);
    if (day) return { kind: 'day', day: DAY_OF[day[1]] };
    return this.byKey.get(headerKey(header)) ?? this.byKey.get(headerKey(withoutNote(header))) ?? null;
  }

  /** True for a header the import reads (or knowingly skips). */
  knows(header: string): boolean {
    const target = this.targetOf(header);
    return target !== null && target.kind !== 'ignored';
  }

  /** Which column holds what. Columns with other headers (備考, 性別 …) are left alone. */
  layoutOf(headerRow: readonly string[]): RegisterLayout | HeaderProblem {
    const layout: RegisterLayout = { columns: {}, numberedSkills: [], days: {} };
    const taken = new Map<string, RegisterColumn>();
    for (const [index, raw] of headerRow.entries()) {
      const header = raw.trim();
      if (!header) continue;
      const target = this.targetOf(header);
      if (!target || target.kind === 'ignored') continue;
      const slot =
        target.kind === 'field' ? target.field : target.kind === 'day' ? `day:${target.day}` : `skill:${target.n}:${target.part}`;
      const earlier = taken.get(slot);
      if (earlier) return { rule: 'registerDuplicateColumn', headers: [earlier.header, header] };
      const column = { index, header };
      taken.set(slot, column);
      if (target.kind === 'field') layout.columns[target.field] = column;
      else if (target.kind === 'day') layout.days[target.day] = column;
      else {
        let group = layout.numberedSkills.find((skill) => skill.n === target.n);
        if (!group) layout.numberedSkills.push((group = { n: target.n }));
        group[target.part] = column;
      }
    }
    layout.numberedSkills.sort((a, b) => a.n - b.n);
    const missing: string[] = [];
    if (!layout.columns.name && !(layout.columns.familyName && layout.columns.givenName)) missing.push('氏名');
    if (!layout.columns.skills && layout.numberedSkills.length === 0) missing.push('特技');
    return missing.length > 0 ? { rule: 'registerMissingColumns', columns: missing } : layout;
  }
}
