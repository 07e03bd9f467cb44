import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchStatus, OfferStatus, type ScoreFactor } from '@tsunagu/contracts';
import {
  activityShown,
  approvalMailTexts,
  asksByPhoneOnly,
  canOffer,
  canRecordActivity,
  canRecordPhoneAgreement,
  defaultActivityDate,
  factorFit,
  factorRows,
  matchStateLabel,
  offerablePicks,
  offerStateLabel,
  reasonText,
  refusalTexts,
  scorePoints,
} from './match-labels';

const factor = (name: ScoreFactor['factor'], value: number, ja: string, en: string): ScoreFactor => ({
  factor: name,
  value,
  reason: { ja, en },
});

describe('reasons in the reader’s language', () => {
  it('shows the Japanese reason in Japanese and the English one in English', () => {
    const reason = { ja: '土曜日の午前に活動できます', en: 'Free on Saturday mornings' };
    expect(reasonText(reason, 'ja')).toBe('土曜日の午前に活動できます');
    expect(reasonText(reason, 'en')).toBe('Free on Saturday mornings');
  });

  it('falls back to the other language rather than showing nothing', () => {
    expect(reasonText({ ja: '草むしりが得意です', en: '' }, 'en')).toBe('草むしりが得意です');
    expect(reasonText({ ja: ' ', en: 'Gardening' }, 'ja')).toBe('Gardening');
  });

  it('lists factors in the reading order, each reason in the chosen language, with its fit in words and a mark', () => {
    const factors = [
      factor('reliability', 1, '来られなかったことはありません', 'Has never missed an activity'),
      factor('category', 0.95, '庭仕事（草むしりが得意です）', 'Garden work'),
      factor('insurance', 0, 'ボランティア活動保険に入っていません', 'No volunteer insurance'),
      factor('availability', 0.5, '土曜日の午前は一部だけです', 'Partly free'),
    ];
    const ja = factorRows(factors, 'ja');
    expect(ja.map((row) => row.factor)).toEqual(['category', 'availability', 'insurance', 'reliability']);
    expect(ja[0]).toEqual({
      factor: 'category',
      labelKey: 'matching.factors.category',
      fit: 'good',
      fitKey: 'matching.fit.good',
      mark: '◎',
      text: '庭仕事（草むしりが得意です）',
    });
    expect(ja[1]).toMatchObject({ fit: 'some', mark: '○' });
    expect(ja[2]).toMatchObject({ fit: 'low', mark: '△', text: 'ボランティア活動保険に入っていません' });
    expect(factorRows(factors, 'en').map((row) => row.text)).toEqual([
      'Garden work',
      'Partly free',
      'No volunteer insurance',
      'Has never missed an activity',
    ]);
  });

  it('sorts factor values into three fits', () => {
    expect([1, 0.8, 0.79, 0.4, 0.39, 0].map(factorFit)).toEqual(['good', 'good', 'some', 'some', 'low', 'low']);
  });

  it('shows the score as whole points out of 100', () => {
    expect(scorePoints(82.46)).toBe(82);
    expect(scorePoints(101)).toBe(100);
    expect(scorePoints(-3)).toBe(0);
  });
});

describe('offer and match states', () => {
  it('names every offer state with a mark, so it is not told by colour alone', () => {
    expect(offerStateLabel(OfferStatus.Sent)).toEqual({ key: 'matching.offerStatus.sent', mark: '…' });
    expect(offerStateLabel(OfferStatus.Accepted)).toEqual({ key: 'matching.offerStatus.accepted', mark: '✓' });
    expect(offerStateLabel(OfferStatus.Declined)).toEqual({ key: 'matching.offerStatus.declined', mark: '✕' });
    expect(offerStateLabel(OfferStatus.Expired).key).toBe('matching.offerStatus.expired');
    expect(offerStateLabel(OfferStatus.Withdrawn).key).toBe('matching.offerStatus.withdrawn');
    expect(offerStateLabel(null)).toEqual({ key: 'matching.offerStatus.none', mark: '' });
  });

  it('names every match state', () => {
    expect(matchStateLabel(MatchStatus.Proposed)).toEqual({ key: 'matching.matchStatus.proposed', mark: '…' });
    expect(matchStateLabel(MatchStatus.Approved)).toEqual({ key: 'matching.matchStatus.approved', mark: '✓' });
    expect(matchStateLabel(MatchStatus.Cancelled).key).toBe('matching.matchStatus.cancelled');
  });

  it('lets the coordinator offer again after a decline or expiry, not while an answer is awaited or after a yes', () => {
    expect(canOffer({ offerStatus: null, hasEmail: true })).toBe(true);
    expect(canOffer({ offerStatus: OfferStatus.Declined, hasEmail: true })).toBe(true);
    expect(canOffer({ offerStatus: OfferStatus.Expired, hasEmail: true })).toBe(true);
    expect(canOffer({ offerStatus: OfferStatus.Sent, hasEmail: true })).toBe(false);
    expect(canOffer({ offerStatus: OfferStatus.Accepted, hasEmail: true })).toBe(false);
    expect(canRecordPhoneAgreement({ offerStatus: OfferStatus.Sent })).toBe(true);
    expect(canRecordPhoneAgreement({ offerStatus: OfferStatus.Accepted })).toBe(false);
  });

  it('gives no box to tick to one without an email address, who is to be asked by phone until they agree', () => {
    expect(canOffer({ offerStatus: null, hasEmail: false })).toBe(false);
    expect(canOffer({ offerStatus: OfferStatus.Declined, hasEmail: false })).toBe(false);
    expect(asksByPhoneOnly({ offerStatus: null, hasEmail: false })).toBe(true);
    expect(asksByPhoneOnly({ offerStatus: OfferStatus.Declined, hasEmail: false })).toBe(true);
    expect(canRecordPhoneAgreement({ offerStatus: null })).toBe(true);
    // Agreed on the phone: nothing more to ask.
    expect(asksByPhoneOnly({ offerStatus: OfferStatus.Accepted, hasEmail: false })).toBe(false);
    // With an address, the box is the way.
    expect(asksByPhoneOnly({ offerStatus: null, hasEmail: true })).toBe(false);
    // Never counted in 「いま n 人を選んでいます」 nor mailed, even if once picked.
    const rows = [{ personId: 'tome', canOffer: canOffer({ offerStatus: null, hasEmail: false }) }];
    expect(offerablePicks(rows, new Set(['tome']))).toEqual([]);
  });

  it('leaves out of the 打診 one ticked who then agreed on the phone (their box is gone)', () => {
    const rows = [
      { personId: 'hana', canOffer: true },
      { personId: 'yuu', canOffer: false },
      { personId: 'mamoru', canOffer: true },
    ];
    expect(offerablePicks(rows, new Set(['mamoru', 'yuu', 'hana']))).toEqual([rows[0], rows[2]]);
    expect(offerablePicks(rows, new Set(['yuu']))).toEqual([]);
    expect(offerablePicks(rows, new Set())).toEqual([]);
  });
});

describe('recording the activity', () => {
  const saturday = { kind: 'once' as const, date: '2026-12-05', startTime: '09:00', endTime: '12:00' };
  const approved = { status: MatchStatus.Approved, activity: null };

  it('is offered for an approved match from the day of the activity, once', () => {
    expect(canRecordActivity(approved, saturday, '2026-12-04')).toBe(false);
    expect(canRecordActivity(approved, saturday, '2026-12-05')).toBe(true);
    expect(canRecordActivity(approved, saturday, '2026-12-20')).toBe(true);
    expect(canRecordActivity({ status: MatchStatus.Proposed, activity: null }, saturday, '2026-12-20')).toBe(false);
    const recorded = { id: 'a', date: '2026-12-05', hours: 3, outcome: 'completed' as const, notes: null, recordedByName: null };
    expect(canRecordActivity({ status: MatchStatus.Approved, activity: recorded }, saturday, '2026-12-20')).toBe(false);
    expect(canRecordActivity(approved, null, '2026-12-01')).toBe(true);
  });

  it('shows a record with the date in words, who recorded it, and the note only where asked', () => {
    const record = {
      id: 'a',
      date: '2026-12-05',
      hours: 1.5,
      outcome: 'completed' as const,
      notes: '次回も同じ時間で',
      recordedByName: '若葉 花子',
    };
    expect(activityShown(record, 'ja', { withNotes: true })).toEqual({
      date: '2026年12月5日（令和8年）',
      hours: 1.5,
      outcome: 'completed',
      mark: '✓',
      by: '若葉 花子',
      notes: '次回も同じ時間で',
    });
    expect(activityShown(record, 'en', { withNotes: false })).toMatchObject({ date: '5 December 2026', notes: null });
    expect(activityShown({ ...record, outcome: 'no-show', hours: 0 }, 'ja', { withNotes: false }).mark).toBe('✕');
  });

  it('starts the form at the day of a one-off activity, else today', () => {
    expect(defaultActivityDate(saturday, '2026-12-07')).toBe('2026-12-05');
    expect(defaultActivityDate({ kind: 'flexible', from: '2026-12-01', until: '2026-12-20' }, '2026-12-07')).toBe('2026-12-07');
    expect(defaultActivityDate(null, '2026-12-07')).toBe('2026-12-07');
  });
});

describe('refusals', () => {
  it('says what the API said per field, else its general message', () => {
    expect(refusalTexts({ message: '入力内容を確認してください', fields: { personIds: 'この方には、すでに打診しています。' } })).toEqual([
      'この方には、すでに打診しています。',
    ]);
    expect(refusalTexts({ message: 'この依頼は、いまは打診できません。', fields: {} })).toEqual(['この依頼は、いまは打診できません。']);
    expect(refusalTexts({ message: null, fields: {} })).toEqual([]);
  });
});

describe('what approving says about the confirmation mail', () => {
  it('says both sides are mailed, with the .ics file, when both have an email address', () => {
    expect(approvalMailTexts({ requester: true, volunteer: true }, true)).toEqual({
      sentKey: 'matching.console.approve.mailTo.both',
      ics: true,
      callKey: null,
      doneKey: 'matching.console.done.approved',
    });
  });

  it('tells the coordinator to phone a requester without an email address, since only the volunteer is mailed', () => {
    expect(approvalMailTexts({ requester: false, volunteer: true }, true)).toEqual({
      sentKey: 'matching.console.approve.mailTo.volunteer',
      ics: true,
      callKey: 'matching.console.approve.call.requester',
      doneKey: 'matching.console.done.approvedCall.requester',
    });
  });

  it('tells the coordinator to phone a volunteer without an email address, since only the requester is mailed', () => {
    expect(approvalMailTexts({ requester: true, volunteer: false }, true)).toEqual({
      sentKey: 'matching.console.approve.mailTo.requester',
      ics: true,
      callKey: 'matching.console.approve.call.volunteer',
      doneKey: 'matching.console.done.approvedCall.volunteer',
    });
  });

  it('promises no mail and no .ics when neither has an address, and says to phone both', () => {
    expect(approvalMailTexts({ requester: false, volunteer: false }, true)).toEqual({
      sentKey: null,
      ics: false,
      callKey: 'matching.console.approve.call.both',
      doneKey: 'matching.console.done.approvedCall.both',
    });
  });

  it('promises the .ics file only for a request with a schedule (the API attaches none without one)', () => {
    expect(approvalMailTexts({ requester: true, volunteer: true }, false)).toMatchObject({
      sentKey: 'matching.console.approve.mailTo.both',
      ics: false,
    });
  });

  /** The Japanese the console shows for a key, with the volunteer's name put in. */
  const ja = (key: string | null): string => {
    const tree: unknown = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/ja.json'), 'utf8'));
    const text = (key ?? '').split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    if (typeof text !== 'string') throw new Error(`ja.json has no text for ${key}`);
    return text.replace(/{{name}}/g, '若葉 トメ');
  };

  it('words the panel for a volunteer without an email address: the requester gets the mail and the .ics, the volunteer a call', () => {
    const texts = approvalMailTexts({ requester: true, volunteer: false }, true);
    expect([texts.sentKey, 'matching.console.approve.ics', texts.callKey].map(ja)).toEqual([
      '依頼した方に確認のメールを送ります。',
      'メールには、予定表に登録できるファイル（.ics）を付けます。',
      '若葉 トメさんはメールアドレスがないため、メールは届きません。承認したら、お電話でお知らせください。',
    ]);
    expect(ja(texts.doneKey)).toBe(
      '若葉 トメさんとのマッチングを承認しました。依頼した方に確認のメールを送ります。若葉 トメさんには、お電話でお知らせください。',
    );
  });

  it('has Japanese for every text it may show', () => {
    for (const requester of [true, false, null]) {
      for (const volunteer of [true, false]) {
        const texts = approvalMailTexts({ requester, volunteer }, true);
        for (const key of [texts.sentKey, texts.callKey, texts.doneKey].filter((k) => k !== null)) expect(ja(key)).not.toBe('');
      }
    }
  });

  it('takes a requester the API says nothing about (not a coordinator’s view) as mailed, as the API would try', () => {
    expect(approvalMailTexts({ requester: null, volunteer: false }, true)).toEqual(
      approvalMailTexts({ requester: true, volunteer: false }, true),
    );
  });
});
