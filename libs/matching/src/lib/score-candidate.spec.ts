import { DayPeriod, SkillLevel, type WeeklySlot } from '@tsunagu/contracts';
import type { MatchCandidateInput, MatchRequestInput } from './match-input';
import { MATCH_FACTORS, MATCH_WEIGHTS } from './match-weights';
import { rankCandidates, scoreCandidate } from './score-candidate';
import { SKILL_CATEGORIES } from './skill-taxonomy';
import { slotsToMask } from './weekly-slots';

const context = { today: '2026-11-28' };

/** 青葉一丁目 and places around it. */
const AOBA_1 = { lat: 35.55, lng: 139.6 };
/** About 2.2 km east of 青葉一丁目. */
const NEARBY = { lat: 35.55, lng: 139.6245 };
/** About 15 km away. */
const FAR_AWAY = { lat: 35.685, lng: 139.6 };

const saturdayMorning: WeeklySlot = { day: 'sat', period: DayPeriod.Morning };
const weekdayMornings: WeeklySlot[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, period: DayPeriod.Morning }));

/** 「土曜日の午前に、庭の草取りを手伝ってほしい」: an NPO's request, Saturday 5 December 2026, 9:00–11:00. */
function gardenRequest(overrides: Partial<MatchRequestInput> = {}): MatchRequestInput {
  return {
    categoryCodes: ['garden-work'],
    text: '庭の草取り\n土曜日の午前に、庭の草取りを手伝ってほしい',
    schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' },
    areaId: 'aoba-1',
    areaCentroid: AOBA_1,
    areaName: { ja: '青葉一丁目', en: 'Aoba 1-chome' },
    online: false,
    requiredQualifications: [],
    requiredLanguages: [],
    ...overrides,
  };
}

/** A volunteer who pulls weeds, lives in 青葉一丁目, is free on Saturday mornings, is insured and has not been asked lately. */
function volunteer(personId: string, overrides: Partial<MatchCandidateInput> = {}): MatchCandidateInput {
  return {
    personId,
    skills: [{ categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: SkillLevel.Experienced }],
    weeklySlotsMask: slotsToMask([saturdayMorning]),
    datesOff: [],
    homeAreaId: 'aoba-1',
    areaIds: [],
    homeCentroid: AOBA_1,
    inPerson: true,
    online: false,
    languages: [],
    qualifications: [],
    insurance: { fiscalYear: 2026, coverStart: '2026-04-01' },
    recentActivityCount: 0,
    completedCount: 3,
    noShowCount: 0,
    ...overrides,
  };
}

function order(request: MatchRequestInput, candidates: MatchCandidateInput[], limit?: number): string[] {
  return rankCandidates(request, candidates, context, limit).map((ranked) => ranked.candidate.personId);
}

function factor(request: MatchRequestInput, candidate: MatchCandidateInput, name: (typeof MATCH_FACTORS)[number]) {
  const found = scoreCandidate(request, candidate, context).factors.find((f) => f.factor === name);
  if (!found) throw new Error(`no ${name} factor`);
  return found;
}

describe('MATCH_WEIGHTS', () => {
  it('gives every factor a weight, 100 in all', () => {
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual([...MATCH_FACTORS].sort());
    expect(Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe('scoreCandidate: the NPO’s weeding request on a Saturday morning', () => {
  const request = gardenRequest();

  it('puts the nearby weeder who is free on Saturday mornings first, above one free only on weekdays and one far away', () => {
    const nearby = volunteer('nearby');
    const weekdaysOnly = volunteer('weekdays', { weeklySlotsMask: slotsToMask(weekdayMornings) });
    const farAway = volunteer('far', { homeAreaId: 'minato-3', homeCentroid: FAR_AWAY });
    expect(order(request, [farAway, weekdaysOnly, nearby])[0]).toBe('nearby');

    const scores = [nearby, weekdaysOnly, farAway].map((candidate) => scoreCandidate(request, candidate, context).total);
    expect(scores[0]).toBeGreaterThan(95);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[0]).toBeGreaterThan(scores[2]);
  });

  it('says why, in plain Japanese and English, one line per factor', () => {
    const score = scoreCandidate(request, volunteer('nearby'), context);
    expect(score).toMatchObject({ eligible: true, warnings: [], excludedBecause: null });
    expect(score.factors.map((f) => [f.factor, f.reason.ja])).toEqual([
      ['category', '「庭仕事」ができます（本人の記載: 草むしりが得意です）'],
      ['availability', '土曜日の午前に活動できます'],
      ['distance', 'お住まいの地区（青葉一丁目）が活動場所と同じです'],
      ['language', '言語の指定はありません'],
      ['qualification', '資格の指定はありません'],
      ['insurance', '活動日（2026年12月5日）はボランティア活動保険の補償期間内です'],
      ['fairness', '最近90日間の活動はありません（お願いする機会が少ない方を先にしています）'],
      ['reliability', 'これまでの3回の活動に、すべて参加しています'],
    ]);
    expect(score.factors.find((f) => f.factor === 'category')?.reason.en).toBe(
      'Can help with “Garden work” (their own words: “草むしりが得意です”)',
    );
    expect(score.factors.find((f) => f.factor === 'distance')?.reason.en).toBe('Lives in the area of the activity (Aoba 1-chome)');
  });

  it('gives a reason in both languages for every factor of any candidate, with values between 0 and 1', () => {
    const candidates = [
      volunteer('a'),
      volunteer('b', { skills: [], weeklySlotsMask: 0, homeAreaId: null, homeCentroid: null, insurance: null, recentActivityCount: 7 }),
      volunteer('c', { inPerson: false, online: true, noShowCount: 2, datesOff: ['2026-12-05'] }),
      volunteer('d', { qualifications: ['registered-nurse'], languages: ['vi'], homeAreaId: 'x', homeCentroid: NEARBY }),
    ];
    for (const candidate of candidates) {
      const { factors, total } = scoreCandidate(request, candidate, context);
      expect(factors.map((f) => f.factor)).toEqual([...MATCH_FACTORS]);
      for (const { value, reason } of factors) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(reason.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
        expect(reason.en).toMatch(/^[A-Z0-9]/);
        expect(`${reason.ja} ${reason.en}`).not.toMatch(/undefined|NaN|null/);
      }
      const expected = factors.reduce((sum, f) => sum + MATCH_WEIGHTS[f.factor] * f.value, 0);
      expect(total).toBeCloseTo(expected, 0);
      expect(total).toBeGreaterThanOrEqual(0);
      expect(total).toBeLessThanOrEqual(100);
    }
  });

  it('gives the distance from home when the volunteer lives elsewhere, falling to nothing at 10 km', () => {
    const nearby = factor(request, volunteer('n', { homeAreaId: 'aoba-2', homeCentroid: NEARBY }), 'distance');
    expect(nearby.reason).toEqual({ ja: 'お住まいから活動場所まで約2.2kmです', en: 'About 2.2 km from home to the activity' });
    expect(nearby.value).toBeCloseTo((10 - 2.2) / 9, 1);
    expect(factor(request, volunteer('f', { homeAreaId: 'minato-3', homeCentroid: FAR_AWAY }), 'distance').value).toBe(0);
  });

  it('counts an area the volunteer says they can go to as the same as living there', () => {
    const goes = factor(request, volunteer('g', { homeAreaId: 'minato-3', homeCentroid: FAR_AWAY, areaIds: ['aoba-1'] }), 'distance');
    expect(goes).toEqual({
      factor: 'distance',
      value: 1,
      reason: { ja: '活動場所の地区（青葉一丁目）に行けます', en: 'Can go to the area of the activity (Aoba 1-chome)' },
    });
    const unnamed = factor(gardenRequest({ areaName: null }), volunteer('g', { homeAreaId: 'x', areaIds: ['aoba-1'] }), 'distance');
    expect(unnamed.reason.ja).toBe('活動場所の地区に行けます');
  });

  it('gives nothing for availability when the date is one of the volunteer’s days off', () => {
    const away = factor(request, volunteer('away', { datesOff: ['2026-12-05'] }), 'availability');
    expect(away).toEqual({
      factor: 'availability',
      value: 0,
      reason: {
        ja: '活動日（2026年12月5日）は都合の悪い日として登録されています',
        en: 'Has marked the activity date (5 December 2026) as a day they cannot take part',
      },
    });
    expect(factor(request, volunteer('weekdays', { weeklySlotsMask: slotsToMask(weekdayMornings) }), 'availability')).toMatchObject({
      value: 0,
      reason: { ja: '土曜日の午前は、活動できる時間帯に入っていません' },
    });
  });

  it('finds a volunteer of another field whose own words mention the work, and explains through the text matcher', () => {
    const flowers = volunteer('flowers', {
      skills: [{ categoryCode: 'flower-beds', ownWords: '花壇の手入れ、草むしりもします', level: SkillLevel.Experienced }],
    });
    const housework = volunteer('housework', {
      skills: [{ categoryCode: 'housework', ownWords: '掃除が得意です', level: SkillLevel.Experienced }],
    });
    const music = volunteer('music', { skills: [{ categoryCode: 'music', ownWords: 'ピアノを弾けます', level: SkillLevel.Professional }] });

    expect(factor(request, flowers, 'category')).toMatchObject({
      value: 0.57,
      reason: { ja: '『草むしり』を含みます（本人の記載: 花壇の手入れ、草むしりもします）' },
    });
    const sameField = factor(request, housework, 'category');
    expect(sameField.value).toBe(0.38);
    expect(sameField.reason.ja).toMatch(/^依頼と同じ「暮らしの手伝い」の分野の「.+」ができます（本人の記載: 掃除が得意です）$/u);
    expect(factor(request, music, 'category')).toMatchObject({
      value: 0,
      reason: { ja: '依頼の分野（庭仕事）の登録はありません', en: 'No registered skill in the requested field (Garden work)' },
    });
    expect(order(request, [music, housework, flowers, volunteer('gardener')])).toEqual(['gardener', 'flowers', 'housework', 'music']);
  });

  it('counts a category the request’s text names, though not asked for by code, through the text matcher', () => {
    const withMoving = gardenRequest({ text: '庭の草取りと、物置の荷物運びを手伝ってほしい' });
    const lifter = volunteer('lifter', { skills: [{ categoryCode: 'heavy-lifting', ownWords: '', level: SkillLevel.Experienced }] });
    const category = factor(withMoving, lifter, 'category');
    expect(category.reason.ja).toBe('『荷物運び』は「力仕事・引っ越し」の言い換えです');
    expect(category.value).toBeGreaterThan(factor(gardenRequest(), lifter, 'category').value);
  });

  it('values a beginner a little below someone experienced', () => {
    const beginner = volunteer('b', { skills: [{ categoryCode: 'garden-work', ownWords: '', level: SkillLevel.Beginner }] });
    expect(factor(request, beginner, 'category')).toEqual({
      factor: 'category',
      value: 0.85,
      reason: { ja: '「庭仕事」は未経験ですが、やってみたいと登録しています', en: 'New to “Garden work” but would like to try' },
    });
    expect(order(request, [beginner, volunteer('z')])).toEqual(['z', 'b']);
  });
});

describe('rankCandidates: fairness and reliability', () => {
  const request = gardenRequest();

  it('ranks a volunteer with 5 activities in the last 90 days below an otherwise equal one with none', () => {
    const busy = volunteer('a-busy', { recentActivityCount: 5 });
    const rested = volunteer('z-rested');
    expect(order(request, [busy, rested])).toEqual(['z-rested', 'a-busy']);
    expect(factor(request, busy, 'fairness').reason).toEqual({
      ja: '最近90日間に5回活動しています',
      en: '5 activities in the last 90 days',
    });
    expect(factor(request, busy, 'fairness').value).toBeLessThan(0.25);
  });

  it('ranks a volunteer with no-shows below one without, but one early no-show is not fatal', () => {
    const missedTwice = volunteer('a-missed', { completedCount: 2, noShowCount: 2 });
    const reliable = volunteer('z-reliable', { completedCount: 2 });
    expect(order(request, [missedTwice, reliable])).toEqual(['z-reliable', 'a-missed']);
    expect(factor(request, missedTwice, 'reliability').reason).toEqual({
      ja: 'これまでの4回のうち2回、予定の活動に参加できませんでした',
      en: 'Did not turn up 2 times out of 4 so far',
    });

    const oneOfOne = factor(request, volunteer('new', { completedCount: 0, noShowCount: 1 }), 'reliability');
    expect(oneOfOne.value).toBe(0.8);
    // One missed first activity costs less than living 2 km further away.
    const missedOnceNearby = volunteer('a-once', { completedCount: 0, noShowCount: 1 });
    const neverMissedFurther = volunteer('z-further', { homeAreaId: 'aoba-2', homeCentroid: NEARBY });
    expect(order(request, [neverMissedFurther, missedOnceNearby])).toEqual(['a-once', 'z-further']);
  });

  it('says when there is no record yet, and gives full reliability', () => {
    expect(factor(request, volunteer('new', { completedCount: 0 }), 'reliability')).toEqual({
      factor: 'reliability',
      value: 1,
      reason: { ja: 'これまでの活動記録はまだありません', en: 'No activity records yet' },
    });
  });
});

describe('hard filters and flags', () => {
  /** 移動情報センター: a guide volunteer for a person with a visual impairment. */
  const guideRequest = gardenRequest({
    categoryCodes: ['guide-help'],
    text: '視覚障害のある方の買い物への同行',
    requiredQualifications: ['accompanying-guide'],
  });
  const guideSkill = [{ categoryCode: 'guide-help', ownWords: '外出の付き添いをしています', level: SkillLevel.Experienced }];

  it('excludes a guide volunteer without 同行援護従業者, saying so, and ranks them after every eligible one', () => {
    const unqualified = volunteer('a-unqualified', { skills: guideSkill });
    const qualified = volunteer('z-qualified', {
      skills: guideSkill,
      qualifications: ['accompanying-guide'],
      homeAreaId: 'minato-3',
      homeCentroid: FAR_AWAY,
      recentActivityCount: 9,
    });
    const score = scoreCandidate(guideRequest, unqualified, context);
    expect(score.eligible).toBe(false);
    expect(score.excludedBecause).toEqual({
      ja: '必要な資格（同行援護従業者）がありません',
      en: 'Does not hold the required qualification (Guide for people with visual impairments)',
    });
    expect(score.factors.find((f) => f.factor === 'qualification')?.value).toBe(0);
    expect(scoreCandidate(guideRequest, qualified, context)).toMatchObject({ eligible: true, excludedBecause: null });
    expect(factor(guideRequest, qualified, 'qualification').reason.ja).toBe('必要な資格（同行援護従業者）があります');

    const ranked = rankCandidates(guideRequest, [unqualified, qualified], context);
    expect(ranked.map((r) => [r.candidate.personId, r.score.eligible])).toEqual([
      ['z-qualified', true],
      ['a-unqualified', false],
    ]);
    expect(ranked[1].score.total).toBeGreaterThan(ranked[0].score.total);
  });

  it('requires English for an English interpreting request', () => {
    const interpreting = gardenRequest({
      categoryCodes: ['interpreting-translation'],
      text: '区役所の手続きで英語の通訳をお願いしたい',
      requiredLanguages: ['en'],
    });
    const interpreter = [{ categoryCode: 'interpreting-translation', ownWords: '通訳ができます', level: SkillLevel.Professional }];
    const speaksEnglish = volunteer('en', { skills: interpreter, languages: ['en', 'zh'] });
    const speaksChinese = volunteer('zh', { skills: interpreter, languages: ['zh'] });

    expect(factor(interpreting, speaksEnglish, 'language')).toEqual({
      factor: 'language',
      value: 1,
      reason: { ja: '必要な言語（英語）を話せます', en: 'Speaks the required language (English)' },
    });
    expect(scoreCandidate(interpreting, speaksChinese, context)).toMatchObject({
      eligible: false,
      excludedBecause: { ja: '必要な言語（英語）を話せるという登録がありません', en: 'Has not registered the required language (English)' },
    });
    expect(order(interpreting, [speaksChinese, speaksEnglish])).toEqual(['en', 'zh']);
  });

  it('takes Japanese as spoken by everyone', () => {
    const withJapanese = gardenRequest({ requiredLanguages: ['ja', 'vi'] });
    expect(scoreCandidate(withJapanese, volunteer('vi', { languages: ['vi'] }), context).eligible).toBe(true);
    expect(factor(withJapanese, volunteer('vi', { languages: ['vi'] }), 'language').reason.ja).toBe(
      '必要な言語（日本語、ベトナム語）を話せます',
    );
  });

  it('flags insurance that has ended before the activity date, lowering the score a little but keeping the volunteer eligible', () => {
    const lapsed = volunteer('lapsed', { insurance: { fiscalYear: 2025, coverStart: '2025-04-01' } });
    const score = scoreCandidate(gardenRequest(), lapsed, context);
    expect(score.eligible).toBe(true);
    expect(score.warnings).toEqual([
      {
        ja: '活動日（2026年12月5日）にボランティア活動保険の補償がありません',
        en: 'Not covered by volunteer activity insurance on the activity date (5 December 2026)',
      },
    ]);
    expect(score.factors.find((f) => f.factor === 'insurance')).toEqual({
      factor: 'insurance',
      value: 0,
      reason: {
        ja: 'ボランティア活動保険の補償は2026年3月31日で終わっています',
        en: 'Volunteer activity insurance cover ended on 31 March 2026',
      },
    });
    expect(score.total).toBe(scoreCandidate(gardenRequest(), volunteer('insured'), context).total - MATCH_WEIGHTS.insurance);
    expect(order(gardenRequest(), [lapsed, volunteer('z-insured')])).toEqual(['z-insured', 'lapsed']);
  });

  it('flags a volunteer with no insurance, and one whose cover starts after the date', () => {
    expect(scoreCandidate(gardenRequest(), volunteer('none', { insurance: null }), context).warnings[0].ja).toBe(
      '活動日（2026年12月5日）にボランティア活動保険の補償がありません',
    );
    const later = factor(gardenRequest(), volunteer('later', { insurance: { fiscalYear: 2026, coverStart: '2026-12-10' } }), 'insurance');
    expect(later).toMatchObject({ value: 0, reason: { ja: 'ボランティア活動保険の補償は2026年12月10日からです' } });
  });

  it('warns when weekly help runs past the end of the cover', () => {
    const weekly = gardenRequest({
      schedule: { kind: 'weekly', slots: [saturdayMorning], from: '2027-01-09', until: '2027-06-26' },
    });
    const score = scoreCandidate(weekly, volunteer('v'), context);
    expect(score.factors.find((f) => f.factor === 'insurance')?.value).toBe(0.8);
    expect(score.warnings.map((w) => w.ja)).toEqual([
      'ボランティア活動保険の補償は2027年3月31日までです。それより後の活動には更新が必要です',
    ]);
  });
});

describe('schedules', () => {
  it('gives weekly help the share of its slots the volunteer is free at', () => {
    const weekly = gardenRequest({
      schedule: {
        kind: 'weekly',
        slots: [saturdayMorning, { day: 'sun', period: DayPeriod.Morning }],
        from: '2026-12-05',
        until: null,
      },
    });
    expect(factor(weekly, volunteer('v'), 'availability')).toEqual({
      factor: 'availability',
      value: 0.5,
      reason: {
        ja: '毎週の活動の時間帯2つのうち、1つ（土曜日の午前）に活動できます',
        en: 'Usually free at 1 of the 2 weekly times asked for (Saturday morning)',
      },
    });
    expect(scoreCandidate(weekly, volunteer('v'), context).warnings).toEqual([]);
  });

  it('counts any free slot in a flexible range, but not when the free days are all days off', () => {
    const november = gardenRequest({ schedule: { kind: 'flexible', from: '2026-11-01', until: '2026-11-30' } });
    expect(factor(november, volunteer('v'), 'availability')).toMatchObject({
      value: 1,
      reason: { ja: '期間中（2026年11月28日〜2026年11月30日）に活動できる時間帯があります（土曜日の午前など）' },
    });
    const oneWeek = gardenRequest({ schedule: { kind: 'flexible', from: '2026-12-01', until: '2026-12-07' } });
    expect(factor(oneWeek, volunteer('v'), 'availability').value).toBe(1);
    expect(factor(oneWeek, volunteer('v', { datesOff: ['2026-12-05'] }), 'availability')).toMatchObject({
      value: 0,
      reason: {
        ja: '期間中（2026年12月1日〜2026年12月7日）に活動できる時間帯がありません（期間中の空いている日は、都合の悪い日として登録されています）',
      },
    });
  });

  it('asks the coordinator to check when the volunteer has not said when they are free', () => {
    expect(factor(gardenRequest(), volunteer('v', { weeklySlotsMask: 0 }), 'availability')).toEqual({
      factor: 'availability',
      value: 0.3,
      reason: {
        ja: '活動できる曜日・時間帯が登録されていません（ご本人に確認してください）',
        en: 'Has not said which days and times they are free (please ask them)',
      },
    });
  });
});

describe('online requests', () => {
  const online = gardenRequest({
    categoryCodes: ['digital-support'],
    text: 'スマホでビデオ通話をする方法を教えてほしい（オンライン）',
    online: true,
  });
  const phoneHelper = [{ categoryCode: 'digital-support', ownWords: 'スマホの使い方を教えられます', level: SkillLevel.Experienced }];

  it('ignores distance: a volunteer 15 km away scores the same as one next door', () => {
    const nextDoor = volunteer('b-next-door', { skills: phoneHelper, online: true });
    const farAway = volunteer('a-far', { skills: phoneHelper, online: true, homeAreaId: 'minato-3', homeCentroid: FAR_AWAY });
    expect(scoreCandidate(online, farAway, context).total).toBe(scoreCandidate(online, nextDoor, context).total);
    expect(factor(online, farAway, 'distance')).toEqual({
      factor: 'distance',
      value: 1,
      reason: { ja: 'オンラインの活動のため、距離は問いません', en: 'Online activity, so distance does not matter' },
    });
    expect(order(online, [nextDoor, farAway])).toEqual(['a-far', 'b-next-door']);
  });

  it('ranks a volunteer who does not help online below those who do', () => {
    const offline = volunteer('a-offline', { skills: phoneHelper, online: false });
    expect(factor(online, offline, 'distance')).toMatchObject({ value: 0, reason: { ja: 'オンラインでの活動は登録されていません' } });
    expect(order(online, [offline, volunteer('z-online', { skills: phoneHelper, online: true })])).toEqual(['z-online', 'a-offline']);
  });
});

describe('rankCandidates: order and limits', () => {
  const request = gardenRequest();

  it('orders ties by personId, whatever order they come in', () => {
    const ids = ['p-0042', 'p-0007', 'p-0100', 'p-0001', 'p-0050'];
    const candidates = ids.map((id) => volunteer(id));
    const expected = [...ids].sort();
    expect(order(request, candidates)).toEqual(expected);
    expect(order(request, [...candidates].reverse())).toEqual(expected);
    expect(order(request, candidates, 3)).toEqual(expected.slice(0, 3));
  });

  it('returns the candidates as passed in, with any extra fields, and nothing for a limit of 0', () => {
    const withName = { ...volunteer('v'), name: '山田 花子' };
    const [first] = rankCandidates(request, [withName], context);
    expect(first.candidate.name).toBe('山田 花子');
    expect(first.score.total).toBe(scoreCandidate(request, withName, context).total);
    expect(rankCandidates(request, [withName], context, 0)).toEqual([]);
    expect(rankCandidates(request, [], context)).toEqual([]);
  });

  it('agrees with scoring every candidate one by one', () => {
    const candidates = syntheticCandidates(3000, 7);
    const limit = 40;
    const ranked = rankCandidates(request, candidates, context, limit);
    const expected = candidates
      .map((candidate) => ({ id: candidate.personId, score: scoreCandidate(request, candidate, context) }))
      .sort(
        (a, b) =>
          Number(b.score.eligible) - Number(a.score.eligible) || b.score.total - a.score.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, limit);
    expect(ranked.map((r) => [r.candidate.personId, r.score.total])).toEqual(expected.map((e) => [e.id, e.score.total]));
    expect(ranked.map((r) => r.score)).toEqual(expected.map((e) => e.score));
  });

  it('ranks 100,000 candidates, returning the top 20 best first', () => {
    const candidates = syntheticCandidates(100_000, 1);
    const ranked = rankCandidates(request, candidates, context);
    expect(ranked).toHaveLength(20);
    for (let i = 1; i < ranked.length; i++) {
      const [before, after] = [ranked[i - 1].score, ranked[i].score];
      expect(Number(before.eligible) * 1000 + before.total).toBeGreaterThanOrEqual(Number(after.eligible) * 1000 + after.total);
    }
    expect(ranked[0].score.eligible).toBe(true);
    expect(ranked[0].score.factors).toHaveLength(MATCH_FACTORS.length);
  });
});

/** Varied volunteers from a seeded generator: categories, own words, slots, places, records. */
function syntheticCandidates(count: number, seed: number): MatchCandidateInput[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const ownWords = [
    '草むしりが得意です',
    '花壇の手入れ、草取りもします',
    '掃除が得意です',
    'スマホの使い方を教えられます',
    '',
    '家庭料理',
    '剪定ができます',
  ];
  const levels = [SkillLevel.Beginner, SkillLevel.Experienced, SkillLevel.Professional];
  const areas = ['aoba-1', 'aoba-2', 'minato-3', 'kawabe-1'];
  return Array.from({ length: count }, (_, i) => ({
    personId: `p-${String(i).padStart(6, '0')}`,
    skills: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      categoryCode: random() < 0.1 ? 'garden-work' : pick(SKILL_CATEGORIES).code,
      ownWords: pick(ownWords),
      level: pick(levels),
    })),
    weeklySlotsMask: random() < 0.1 ? 0 : Math.floor(random() * (1 << 21)),
    datesOff: random() < 0.1 ? ['2026-12-05'] : [],
    homeAreaId: random() < 0.1 ? null : pick(areas),
    areaIds: random() < 0.3 ? [pick(areas)] : [],
    homeCentroid: random() < 0.1 ? null : { lat: 35.5 + random() * 0.15, lng: 139.55 + random() * 0.15 },
    inPerson: random() < 0.95,
    online: random() < 0.3,
    languages: random() < 0.1 ? ['en'] : [],
    qualifications: random() < 0.05 ? ['accompanying-guide'] : [],
    insurance: random() < 0.8 ? { fiscalYear: random() < 0.9 ? 2026 : 2025, coverStart: '2025-04-01' } : null,
    recentActivityCount: Math.floor(random() * 6),
    completedCount: Math.floor(random() * 20),
    noShowCount: random() < 0.1 ? 1 + Math.floor(random() * 2) : 0,
  }));
}
