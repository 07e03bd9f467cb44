import { DayPeriod, type Weekday } from '@tsunagu/contracts';
import type { DemoRequest } from './demo-requests';

/**
 * 依頼 demo, the past: requests of the last few months that went the whole way (受付 → 公開 →
 * 調整中 → マッチング済み → 完了), each with its volunteers' agreement, the coordinator's approval and
 * the 活動記録, so 活動の実績 has figures in several months and the request pages show finished
 * requests. Dates are worked out from the day the demo data is first loaded, always in the past.
 */

/** A past day: the `weekday` at least `weeksAgo` weeks back ('sat', 1 → the last Saturday before today). */
export interface DemoPastDay {
  weekday: Weekday;
  weeksAgo: number;
}

export type DemoPastActivity =
  /** 活動した: hours and the coordinator's notes. */
  | { hours: number; notes: string }
  /** 欠席 (no-show): the volunteer did not come; the reliability factor reads it. */
  | { noShow: true; notes: string };

export interface DemoPastVolunteer {
  /** A demo volunteer (demo-volunteers.ts), registered in the request's center tree before it was taken in. */
  name: string;
  /** How they agreed: through a mailed offer's link (they need an email address), or on the phone. */
  agreed: 'mail' | 'phone';
  /** The coordinator's note of a phone agreement. */
  note?: string;
  /** One per activity day of the request, in order. */
  activities: DemoPastActivity[];
}

export interface DemoPastRequest extends Omit<DemoRequest, 'schedule' | 'moves'> {
  /** once: the activity day; weekly: the activity days (weeks ago, oldest first) on one weekday and period. */
  schedule:
    | { kind: 'once'; day: DemoPastDay; startTime: string; endTime: string }
    | { kind: 'weekly'; weekday: Weekday; period: DayPeriod; weeksAgo: number[] };
  /** The coordinator's note on the mailed offers. */
  offerMessage?: string;
  /** As many as the headcount, approved in this order. */
  volunteers: DemoPastVolunteer[];
  /**
   * Why the coordinator closed it (完了), when it did not end by itself: a weekly request, or a
   * one-day request with a no-show. A one-day request whose volunteers all came is done when the
   * last activity is recorded.
   */
  closeReason?: string;
}

const past = (weekday: Weekday, weeksAgo: number): DemoPastDay => ({ weekday, weeksAgo });

export const DEMO_PAST_REQUESTS: DemoPastRequest[] = [
  {
    title: '公園の花壇の手入れと秋の苗の植え付け',
    description:
      '青葉中央公園の花壇の雑草を抜き、秋の花の苗を植えます。腐葉土の袋を運ぶ力仕事もあります。会のメンバー3人も一緒に作業します。',
    centerCode: 'district-aoba',
    areaCode: 'aoba',
    by: { organisation: 'npo-aoba-midori' },
    categoryCodes: ['flower-beds', 'garden-work'],
    schedule: { kind: 'once', day: past('sat', 12), startTime: '09:00', endTime: '11:00' },
    headcount: 3,
    address: 'つなぐ区青葉2-1 青葉中央公園',
    whatToBring: '軍手、帽子、飲み物',
    costsNote: '費用はかかりません。苗と道具は会で用意します。',
    offerMessage: '土曜日の午前中、2時間ほどの作業です。ご都合がよろしければお願いいたします。',
    volunteers: [
      {
        name: '佐々木 和子',
        agreed: 'phone',
        note: 'お電話でお願いし、土曜日の朝なら大丈夫とのお返事をいただきました。',
        activities: [
          { hours: 2, notes: '雑草を抜き、マリーゴールドとパンジーの苗を植えました。通りがかった近所の方からお礼の声をいただきました。' },
        ],
      },
      {
        name: '井上 大輔',
        agreed: 'mail',
        activities: [{ hours: 2, notes: '腐葉土の袋（20袋）を運び、花壇に入れていただきました。力仕事で大変助かりました。' }],
      },
      {
        name: '山口 健太',
        agreed: 'mail',
        activities: [{ noShow: true, notes: '当日お見えになりませんでした。後日ご連絡があり、体調を崩されていたとのことです。' }],
      },
    ],
    closeReason: '当日お一人がお休みでしたが、予定していた作業はすべて終わったため、完了とします。',
  },
  {
    title: '電球の交換と網戸の張り替え',
    description:
      '玄関と台所の電球が切れていて、脚立に上るのが怖いとのお電話がありました。あわせて、破れた網戸1枚の張り替えもお願いしたいそうです。',
    centerCode: 'district-aoba',
    areaCode: 'aoba',
    by: { requester: '高田 トメ' },
    categoryCodes: ['small-repairs'],
    schedule: { kind: 'once', day: past('wed', 8), startTime: '10:00', endTime: '11:30' },
    headcount: 1,
    address: 'つなぐ区青葉2-7-11',
    costsNote: '電球と網はご本人が用意されています。',
    volunteers: [
      {
        name: '伊藤 誠',
        agreed: 'mail',
        activities: [{ hours: 1.5, notes: '玄関と台所の電球を交換し、網戸を1枚張り替えました。ご本人も大変喜んでおられました。' }],
      },
    ],
  },
  {
    title: 'スマホで写真を送る方法を教えてほしい',
    description:
      'お孫さんから届いた写真への返事に、LINEで写真を送れるようになりたいとのご相談です。ご自宅で1時間ほど、ゆっくり教えていただける方を探しています。',
    centerCode: 'district-aoba',
    areaCode: 'aoba',
    by: { requester: '高田 トメ' },
    categoryCodes: ['digital-support'],
    schedule: { kind: 'once', day: past('sat', 3), startTime: '14:00', endTime: '15:00' },
    headcount: 1,
    address: 'つなぐ区青葉2-7-11',
    volunteers: [
      {
        name: '山口 健太',
        agreed: 'mail',
        activities: [
          {
            hours: 1,
            notes: 'LINEで写真を送る方法を一緒に練習しました。お孫さんに写真を送ることができたと、とても喜んでおられました。',
          },
        ],
      },
    ],
  },
  {
    title: 'サロンのお茶会のお手伝い（隔週木曜）',
    description: '隔週木曜日の午後に地区会館で開いているお茶会で、お茶の準備と片付け、参加者の方とのおしゃべりのお相手をお願いします。',
    centerCode: 'district-kawabe',
    areaCode: 'kawabe',
    by: { organisation: 'salon-kawabe' },
    categoryCodes: ['community-salon'],
    schedule: { kind: 'weekly', weekday: 'thu', period: DayPeriod.Afternoon, weeksAgo: [11, 9, 7, 5, 3] },
    headcount: 1,
    address: 'つなぐ区川辺3-1-8 川辺地区会館',
    costsNote: '交通費はお出しできませんが、お茶とお菓子を用意しています。',
    volunteers: [
      {
        name: '岡田 由美子',
        agreed: 'mail',
        activities: [
          { hours: 2, notes: 'お茶の準備と片付けをしていただきました。初めての参加でしたが、すぐに打ち解けておられました。' },
          { hours: 2, notes: '参加者の方と昔の遊びの話で盛り上がりました。' },
          { hours: 2.5, notes: 'お茶会のあと、お休みの方のお宅にサロンのお便りを届けていただきました。' },
          { hours: 2, notes: '季節の和菓子を囲んで、皆さん楽しそうに過ごされました。' },
          { hours: 2, notes: '予定していた回が終わりました。参加者の皆さんから、またお願いしたいとの声がありました。' },
        ],
      },
    ],
    closeReason: '予定していた期間が終わりました。',
  },
  {
    title: '眼科への通院の付き添い（視覚障害のある方）',
    description:
      '全盲の方が眼科に通院されるため、ご自宅から病院までの往復と、受付・会計での書類の読み上げをお願いします。移動情報センターへのご依頼です。',
    centerCode: 'ward',
    areaCode: 'honcho',
    by: { requester: '斉藤 光一' },
    categoryCodes: ['guide-help', 'hospital-escort'],
    schedule: { kind: 'once', day: past('mon', 6), startTime: '09:30', endTime: '12:00' },
    headcount: 1,
    address: 'つなぐ区本町1-2-5',
    accessibilityNotes: '白杖を使われます。肘につかまっていただく誘導に慣れています。',
    sensitiveNotes: '視覚障害（全盲）。身体障害者手帳1級。',
    volunteers: [
      {
        name: '西村 久美子',
        agreed: 'phone',
        note: 'お電話でお願いし、月曜日の午前なら付き添えるとのお返事をいただきました。',
        activities: [
          {
            hours: 2.5,
            notes: 'ご自宅から眼科までの移動と、受付・会計での書類の読み上げをしました。次回の通院もお願いしたいとのことです。',
          },
        ],
      },
    ],
  },
  {
    title: '整形外科への通院の送迎',
    description: '膝の治療で週に一度整形外科に通われています。ご家族の都合がつかない日の送迎と、待合室での付き添いをお願いします。',
    centerCode: 'district-sakuradai',
    areaCode: 'higashiyama',
    by: { requester: '石田 フミ' },
    categoryCodes: ['driving', 'hospital-escort'],
    schedule: { kind: 'once', day: past('thu', 4), startTime: '09:00', endTime: '11:30' },
    headcount: 1,
    address: 'つなぐ区東山2-5-9',
    requiredQualifications: ['driving-licence-standard'],
    accessibilityNotes: '杖を使われます。車の乗り降りに少しお手伝いが必要です。',
    volunteers: [
      {
        name: '橋本 隆',
        agreed: 'mail',
        activities: [
          {
            hours: 2.5,
            notes: '車でご自宅と病院の間を送迎し、診察の間も待合室でご一緒しました。帰りに薬局にも寄りました。',
          },
        ],
      },
    ],
  },
  {
    title: '家具の転倒防止器具の取り付け',
    description: '地震に備えて、寝室のたんすと本棚に転倒防止の器具を付けたいとのご相談です。器具はご本人が用意されています。',
    centerCode: 'district-minamimachi',
    areaCode: 'asahi',
    by: { requester: '野村 シズ' },
    categoryCodes: ['furniture-securing'],
    schedule: { kind: 'once', day: past('sun', 2), startTime: '10:00', endTime: '11:30' },
    headcount: 1,
    address: 'つなぐ区旭1-8-3',
    volunteers: [
      {
        name: '中島 亮',
        agreed: 'mail',
        activities: [
          {
            hours: 1.5,
            notes: '寝室のたんすと本棚に転倒防止の器具を取り付けました。地震のときの逃げ道も一緒に確認しました。',
          },
        ],
      },
    ],
  },
];
