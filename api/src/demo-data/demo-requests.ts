import { DayPeriod, OrganisationKind, type RequestSchedule, RequestStatus, type Weekday } from '@tsunagu/contracts';

/**
 * 依頼 demo: two approved groups with a member login each, residents taken in by phone, and
 * requests in several statuses, so `npm start` shows a living console. Dates are worked out from
 * the day the demo data is first loaded ('sat+1' = the Saturday after next week begins).
 */
export interface DemoOrganisation {
  code: string;
  kind: OrganisationKind;
  name: string;
  nameKana: string;
  centerCode: string;
  representativeName: string;
  phone: string;
  email: string;
  address: string;
  description: string;
  /** The member's login (password: the demo staff password). */
  member: { email: string; name: string; nameKana: string };
}

export interface DemoRequester {
  name: string;
  nameKana: string;
  birthDate: string;
  phone: string;
  postalAddress: string;
  centerCode: string;
}

/** A date relative to the loading day: the first such weekday at least `weeksAhead` weeks on. */
export interface DemoDay {
  weekday: Weekday;
  weeksAhead: number;
}

export type DemoSchedule =
  | { kind: 'once'; day: DemoDay; startTime: string; endTime: string }
  | { kind: 'weekly'; slots: Extract<RequestSchedule, { kind: 'weekly' }>['slots']; from: DemoDay; until: DemoDay | null }
  | { kind: 'flexible'; from: DemoDay; until: DemoDay };

export interface DemoRequest {
  title: string;
  description: string;
  centerCode: string;
  areaCode: string;
  /** An organisation's code, or a requester's name (taken in by phone). */
  by: { organisation: string } | { requester: string };
  categoryCodes: string[];
  schedule: DemoSchedule;
  headcount: number;
  address: string | null;
  requiredQualifications?: string[];
  requiredLanguages?: string[];
  accessibilityNotes?: string;
  whatToBring?: string;
  costsNote?: string;
  sensitiveNotes?: string;
  online?: boolean;
  /** The status moves after creation, with their reasons (the first status follows the source). */
  moves: { to: RequestStatus; reason?: string }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    code: 'npo-aoba-midori',
    kind: OrganisationKind.Npo,
    name: 'NPO法人 青葉みどりの会',
    nameKana: 'あおばみどりのかい',
    centerCode: 'district-aoba',
    representativeName: '大野 恵子',
    phone: '03-5501-3301',
    email: 'info@aoba-midori.example.jp',
    address: 'つなぐ区青葉1-4-2',
    description: '一人暮らしの高齢者のお宅の庭の手入れや、地域の花壇づくりをしています。',
    member: { email: 'npo@tsunagu.example', name: '大野 恵子', nameKana: 'おおの けいこ' },
  },
  {
    code: 'salon-kawabe',
    kind: OrganisationKind.VolunteerGroup,
    name: 'ふれあいいきいきサロン川辺',
    nameKana: 'ふれあいいきいきさろんかわべ',
    centerCode: 'district-kawabe',
    representativeName: '川村 直子',
    phone: '03-5501-3302',
    email: 'salon.kawabe@example.jp',
    address: 'つなぐ区川辺3-1-8 川辺地区会館',
    description: '毎週木曜日に地区会館で、高齢の方の集いの場（体操・お茶会・スマホ教室）を開いています。',
    member: { email: 'salon@tsunagu.example', name: '川村 直子', nameKana: 'かわむら なおこ' },
  },
];

export const DEMO_REQUESTERS: DemoRequester[] = [
  {
    name: '高田 トメ',
    nameKana: 'たかだ とめ',
    birthDate: '1938-05-20',
    phone: '03-5501-4401',
    postalAddress: 'つなぐ区青葉2-7-11',
    centerCode: 'district-aoba',
  },
  {
    name: '斉藤 光一',
    nameKana: 'さいとう こういち',
    birthDate: '1956-09-02',
    phone: '03-5501-4402',
    postalAddress: 'つなぐ区本町1-2-5',
    centerCode: 'ward',
  },
  {
    name: '石田 フミ',
    nameKana: 'いしだ ふみ',
    birthDate: '1941-03-08',
    phone: '03-5501-4403',
    postalAddress: 'つなぐ区東山2-5-9',
    centerCode: 'district-sakuradai',
  },
  {
    name: '野村 シズ',
    nameKana: 'のむら しず',
    birthDate: '1939-11-23',
    phone: '03-5501-4404',
    postalAddress: 'つなぐ区旭1-8-3',
    centerCode: 'district-minamimachi',
  },
];

const day = (weekday: Weekday, weeksAhead = 1): DemoDay => ({ weekday, weeksAhead });

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    title: '一人暮らしのお宅の庭の草取り（土曜の午前）',
    description:
      '若葉台にお住まいの一人暮らしの高齢の方のお宅で、庭の草取りをお願いします。広さは10坪ほどです。会のメンバー2人も一緒に作業します。',
    centerCode: 'district-aoba',
    areaCode: 'wakabadai',
    by: { organisation: 'npo-aoba-midori' },
    categoryCodes: ['garden-work'],
    schedule: { kind: 'once', day: day('sat'), startTime: '09:00', endTime: '11:30' },
    headcount: 3,
    address: 'つなぐ区若葉台3-12-6',
    whatToBring: '軍手、帽子、飲み物',
    costsNote: '費用はかかりません。道具とごみ袋は会で用意します。',
    moves: [{ to: RequestStatus.Open }],
  },
  {
    title: '毎週火曜の買い物の付き添い',
    description:
      '近くのスーパーまでの買い物に付き添ってほしいとのお電話がありました。荷物を持っていただけると助かるそうです。片道10分ほどです。',
    centerCode: 'district-aoba',
    areaCode: 'aoba',
    by: { requester: '高田 トメ' },
    categoryCodes: ['shopping-errands'],
    schedule: { kind: 'weekly', slots: [{ day: 'tue', period: DayPeriod.Morning }], from: day('tue'), until: null },
    headcount: 1,
    address: 'つなぐ区青葉2-7-11',
    accessibilityNotes: 'ゆっくり歩かれます。歩道の段差で立ち止まることがあります。',
    sensitiveNotes: '膝の手術を受けたばかりで、杖を使っています。',
    moves: [],
  },
  {
    title: '区役所での手続きへの同行（視覚障害のある方）',
    description:
      '全盲の方が区役所で手続きをするため、ご自宅から区役所までの往復と、窓口での書類の読み上げをお願いします。移動情報センターへのご依頼です。',
    centerCode: 'ward',
    areaCode: 'honcho',
    by: { requester: '斉藤 光一' },
    categoryCodes: ['guide-help'],
    schedule: { kind: 'once', day: day('wed', 2), startTime: '13:30', endTime: '16:00' },
    headcount: 1,
    address: 'つなぐ区本町1-2-5',
    accessibilityNotes: '白杖を使われます。肘につかまっていただく誘導に慣れています。',
    sensitiveNotes: '視覚障害（全盲）。身体障害者手帳1級。',
    moves: [],
  },
  {
    title: 'サロンのスマホ教室のお手伝い',
    description:
      'サロンで月に2回開いているスマホ教室で、参加者の隣について操作を教えてくださる方を募集します。LINEや写真の送り方の質問が多いです。',
    centerCode: 'district-kawabe',
    areaCode: 'kawabe',
    by: { organisation: 'salon-kawabe' },
    categoryCodes: ['digital-support'],
    schedule: { kind: 'weekly', slots: [{ day: 'thu', period: DayPeriod.Afternoon }], from: day('thu'), until: day('thu', 12) },
    headcount: 2,
    address: 'つなぐ区川辺3-1-8 川辺地区会館',
    whatToBring: 'ご自身のスマートフォン（説明に使います）',
    costsNote: '交通費はお出しできませんが、お茶とお菓子を用意しています。',
    moves: [],
  },
  {
    title: '秋の花壇の植え替え（下書き）',
    description: '地区の花壇の植え替えのお手伝い。日にちは調整中です。',
    centerCode: 'district-aoba',
    areaCode: 'midoricho',
    by: { organisation: 'npo-aoba-midori' },
    categoryCodes: ['flower-beds'],
    schedule: { kind: 'flexible', from: day('mon', 3), until: day('sun', 6) },
    headcount: 5,
    address: null,
    moves: [{ to: RequestStatus.Draft }],
  },
  {
    title: 'サロンの体操の会場準備',
    description: '机と椅子の片付けと、体操のためのマット敷きをお願いしたいです。',
    centerCode: 'district-kawabe',
    areaCode: 'kawabe',
    by: { organisation: 'salon-kawabe' },
    categoryCodes: ['heavy-lifting', 'event-staff'],
    schedule: { kind: 'once', day: day('thu'), startTime: '09:30', endTime: '10:30' },
    headcount: 2,
    address: 'つなぐ区川辺3-1-8 川辺地区会館',
    moves: [{ to: RequestStatus.Cancelled, reason: '地区会館の職員の方が手伝ってくださることになったため。' }],
  },
];
