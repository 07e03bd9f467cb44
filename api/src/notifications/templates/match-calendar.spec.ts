import { DayPeriod } from '@tsunagu/contracts';
import { japanTime, matchCalendar } from './match-calendar';
import { renderMatchConfirmed, renderOffer } from './match-mails.template';

const now = new Date('2026-11-29T03:00:00Z');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the .ics file of a confirmed match', () => {
  it('puts a one-day activity at its Japan time, in UTC', () => {
    expect(japanTime('2026-12-05', '09:00').toISOString()).toBe('2026-12-05T00:00:00.000Z');
    const ics = matchCalendar(
      {
        uid: 'match-1',
        title: '庭の草取り',
        description: '青葉地区ボランティアセンター',
        location: 'つなぐ区若葉台3-12-6',
        schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:30' },
      },
      now,
    );
    expect(ics).toContain('\r\nDTSTART:20261205T000000Z\r\nDTEND:20261205T023000Z\r\n');
    expect(ics).toContain('\r\nUID:match-1@tsunagu\r\n');
  });

  it('repeats a weekly activity once per time of day, from the first day the rule includes, until the last day', () => {
    const ics = unfold(
      matchCalendar(
        {
          uid: 'match-2',
          title: '買い物の付き添い',
          description: '',
          location: null,
          schedule: {
            kind: 'weekly',
            slots: [
              { day: 'tue', period: DayPeriod.Morning },
              { day: 'fri', period: DayPeriod.Morning },
              { day: 'sat', period: DayPeriod.Afternoon },
            ],
            from: '2026-12-02',
            until: '2027-03-31',
          },
        },
        now,
      ),
    );
    // 2026-12-02 is a Wednesday: Friday 4 December is the first morning, Saturday 5 December the first afternoon.
    expect(ics).toContain('UID:match-2-morning@tsunagu\r\nDTSTAMP:20261129T030000Z\r\nDTSTART:20261204T000000Z\r\nDTEND:20261204T030000Z');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20270331T145959Z');
    expect(ics).toContain('DTSTART:20261205T040000Z');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20270331T145959Z');
  });

  it('marks a flexible range as all-day days that do not block the calendar', () => {
    const ics = matchCalendar(
      { uid: 'm', title: 't', description: '', location: null, schedule: { kind: 'flexible', from: '2026-12-01', until: '2026-12-14' } },
      now,
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261215\r\n');
    expect(ics).toContain('TRANSP:TRANSPARENT');
  });
});

describe('match mails', () => {
  it('offers without the address, with both links and the deadline', () => {
    const mail = renderOffer('ja', {
      name: '若葉 花子',
      requestTitle: '庭の草取り',
      description: '庭の草取りをお願いします。',
      categoryNames: ['庭仕事'],
      schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:30' },
      areaName: '若葉台小学校区',
      online: false,
      centerName: '青葉地区ボランティアセンター',
      message: null,
      acceptLink: 'http://localhost/offers/respond?token=t&answer=accept',
      declineLink: 'http://localhost/offers/respond?token=t&answer=decline',
      validHours: 72,
      expiresAt: '2026-12-02T03:00:00.000Z',
    });
    expect(mail.text).toContain('2026年12月5日（土） 9:00〜11:30');
    expect(mail.text).toContain('answer=accept');
    expect(mail.text).toContain('answer=decline');
    expect(mail.text).toContain('72時間（2026年12月2日（水）12時00分まで）');
    expect(mail.attachments).toBeUndefined();
  });

  it('confirms with the other side’s contacts and the .ics attached', () => {
    const mail = renderMatchConfirmed(
      'en',
      {
        name: 'Maria Santos',
        role: 'volunteer',
        requestTitle: 'Weeding',
        schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:30' },
        areaName: 'Wakabadai school area',
        address: '3-12-6 Wakabadai',
        online: false,
        whatToBring: 'Gloves',
        centerName: 'Aoba District Volunteer Center',
        counterpart: { name: 'Ichiro Wakaba', phone: '03-5555-6666', email: null },
        link: 'http://localhost/me/matches',
        calendar: {
          uid: 'match-9',
          title: 'Weeding',
          description: '',
          location: '3-12-6 Wakabadai',
          schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:30' },
        },
      },
      now,
    );
    expect(mail.text).toContain('Saturday 5 December 2026 9:00–11:30');
    expect(mail.text).toContain('Phone: 03-5555-6666');
    expect(mail.text).toContain('Email: (not given)');
    expect(mail.attachments?.[0]).toMatchObject({
      filename: 'tsunagu-activity.ics',
      contentType: expect.stringContaining('text/calendar'),
    });
    expect(mail.attachments?.[0].content).toContain('BEGIN:VEVENT');
  });
});
