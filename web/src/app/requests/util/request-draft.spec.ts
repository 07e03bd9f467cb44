import { DayPeriod, type RequestDetail, RequestSource, RequestStatus } from '@tsunagu/contracts';
import {
  cleanTime,
  draftOfRequest,
  emptyRequestDraft,
  firstIncompleteRequestStep,
  parseHeadcount,
  type RequestDraft,
  requestFieldOfApiField,
  requestFields,
  requestProblem,
  requestStepProblems,
  toggleCode,
  toRequestFields,
} from './request-draft';

const TODAY = '2026-11-29';
const member = { today: TODAY, audience: 'member' as const };
const staff = { today: TODAY, audience: 'staff' as const };

/** An NPO asks for help weeding on Saturday morning. */
const weeding: RequestDraft = {
  ...emptyRequestDraft('org-1'),
  title: ' 高齢の方のお宅の草取り ',
  description: ' 庭の草むしりを手伝ってくださる方を探しています。 ',
  categoryCodes: ['garden-work'],
  scheduleKind: 'once',
  date: '2026-12-05',
  startTime: '09:00',
  endTime: '11:00',
  areaId: 'area-1',
  address: ' 青葉町1-2-3 ',
  headcount: '２人',
  whatToBring: ' 軍手 ',
};

describe('the request form', () => {
  it('asks members which group, and only coordinators for sensitive notes', () => {
    expect(requestFields('member')).toContain('organisationId');
    expect(requestFields('member')).not.toContain('sensitiveNotes');
    expect(requestFields('staff')).not.toContain('organisationId');
    expect(requestFields('staff')).toEqual(expect.arrayContaining(['sensitiveNotes', 'sensitiveConsent']));
  });

  it('lists what is missing on each step, in page order', () => {
    const empty = emptyRequestDraft();
    expect(requestStepProblems(empty, 'content', member)).toEqual(['organisationId', 'title', 'description', 'categoryCodes']);
    expect(requestStepProblems(empty, 'schedule', member)).toEqual(['scheduleKind']);
    expect(requestStepProblems(empty, 'place', member)).toEqual(['areaId']);
    expect(requestStepProblems(weeding, 'content', member)).toEqual([]);
    expect(firstIncompleteRequestStep(weeding, member)).toBeNull();
    expect(firstIncompleteRequestStep({ ...weeding, scheduleKind: '' }, member)).toBe('schedule');
    expect(firstIncompleteRequestStep({ ...weeding, scheduleKind: '' }, member, 'schedule')).toBeNull();
  });

  it('checks only the answers of the kind of schedule chosen', () => {
    const once = { ...weeding, date: '', startTime: '11:00', endTime: '09:00' };
    expect(requestStepProblems(once, 'schedule', member)).toEqual(['date', 'endTime']);
    expect(requestProblem({ ...weeding, date: '2026-11-28' }, 'date', member)).toBe('past');
    expect(requestProblem({ ...weeding, endTime: '09:00' }, 'endTime', member)).toBe('order');

    const weekly = { ...weeding, scheduleKind: 'weekly' as const, date: '' };
    expect(requestStepProblems(weekly, 'schedule', member)).toEqual(['slots', 'from']);
    const weeklyDone = { ...weekly, slots: [{ day: 'sat' as const, period: DayPeriod.Morning }], from: '2026-12-05' };
    expect(requestStepProblems(weeklyDone, 'schedule', member)).toEqual([]);
    expect(requestProblem({ ...weeklyDone, until: '2026-12-01' }, 'until', member)).toBe('order');

    const flexible = { ...weeding, scheduleKind: 'flexible' as const, from: '2026-12-01', until: '' };
    expect(requestStepProblems(flexible, 'schedule', member)).toEqual(['until']);
  });

  it('takes the headcount as people type it, from 1 to 50', () => {
    expect(parseHeadcount('3')).toBe(3);
    expect(parseHeadcount('３人')).toBe(3);
    expect(parseHeadcount('2名')).toBe(2);
    expect(parseHeadcount('two')).toBeNull();
    expect(requestProblem({ ...weeding, headcount: '0' }, 'headcount', member)).toBe('range');
    expect(requestProblem({ ...weeding, headcount: '51' }, 'headcount', member)).toBe('range');
    expect(requestProblem({ ...weeding, headcount: 'たくさん' }, 'headcount', member)).toBe('number');
  });

  it('needs the consent once a coordinator writes sensitive notes', () => {
    const notes = { ...weeding, sensitiveNotes: '車いすを使っています。' };
    expect(requestProblem(notes, 'sensitiveConsent', staff)).toBe('consent');
    expect(requestProblem({ ...notes, sensitiveConsent: true }, 'sensitiveConsent', staff)).toBeNull();
    expect(requestProblem(notes, 'sensitiveConsent', member)).toBeNull();
  });

  it('refuses more than five categories and codes the taxonomy does not have', () => {
    const six = ['garden-work', 'housework', 'cooking', 'shopping-errands', 'small-repairs', 'heavy-lifting'];
    expect(requestProblem({ ...weeding, categoryCodes: six }, 'categoryCodes', member)).toBe('tooMany');
    expect(requestProblem({ ...weeding, categoryCodes: ['no-such-code'] }, 'categoryCodes', member)).toBe('unknown');
  });

  it('builds the API fields: trimmed, empty notes as null, sensitive notes only from staff', () => {
    expect(toRequestFields(weeding, 'member')).toEqual({
      title: '高齢の方のお宅の草取り',
      description: '庭の草むしりを手伝ってくださる方を探しています。',
      categoryCodes: ['garden-work'],
      schedule: { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' },
      areaId: 'area-1',
      address: '青葉町1-2-3',
      headcount: 2,
      requiredQualifications: [],
      requiredLanguages: [],
      accessibilityNotes: null,
      whatToBring: '軍手',
      costsNote: null,
      sensitiveNotes: null,
      sensitiveConsent: false,
      online: false,
    });
    const withNotes = { ...weeding, sensitiveNotes: ' 耳が遠い方です ', sensitiveConsent: true };
    expect(toRequestFields(withNotes, 'member')).toMatchObject({ sensitiveNotes: null, sensitiveConsent: false });
    expect(toRequestFields(withNotes, 'staff')).toMatchObject({ sensitiveNotes: '耳が遠い方です', sensitiveConsent: true });
  });

  it('sends weekly slots in grid order and no end date when none is given', () => {
    const weekly: RequestDraft = {
      ...weeding,
      scheduleKind: 'weekly',
      slots: [
        { day: 'sun', period: DayPeriod.Afternoon },
        { day: 'sat', period: DayPeriod.Morning },
      ],
      from: '2026-12-05',
      until: '',
    };
    expect(toRequestFields(weekly, 'member').schedule).toEqual({
      kind: 'weekly',
      slots: [
        { day: 'sat', period: DayPeriod.Morning },
        { day: 'sun', period: DayPeriod.Afternoon },
      ],
      from: '2026-12-05',
      until: null,
    });
  });

  it('turns a saved request back into the same draft', () => {
    const fields = toRequestFields({ ...weeding, headcount: '2' }, 'staff');
    const saved: RequestDetail = {
      ...fields,
      id: 'request-1',
      status: RequestStatus.Draft,
      source: RequestSource.Organisation,
      centerId: 'center-1',
      centerNameJa: '青葉地区ボランティアセンター',
      centerNameEn: 'Aoba District Volunteer Center',
      areaNameJa: '青葉小学校区',
      areaNameEn: 'Aoba Elementary School Area',
      matchedCount: 0,
      requesterLabel: 'NPO法人 青葉みまもりの会',
      createdAt: '2026-11-29T01:00:00.000Z',
      organisationId: 'org-1',
      requesterPersonId: null,
      requesterHasEmail: null,
      history: [],
      offers: [],
      matches: [],
    };
    const draft = draftOfRequest(saved);
    expect(draft).toMatchObject({ organisationId: 'org-1', scheduleKind: 'once', date: '2026-12-05', headcount: '2' });
    expect(toRequestFields(draft, 'staff')).toEqual(fields);
  });

  it('reads times with seconds or full-width digits', () => {
    expect(cleanTime('9:00')).toBe('09:00');
    expect(cleanTime('０９：３０')).toBe('09:30');
    expect(cleanTime('13:30:00')).toBe('13:30');
  });

  it('ticks and unticks codes', () => {
    expect(toggleCode(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleCode(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleCode(['a'], 'a', true)).toEqual(['a']);
  });

  it("shows the API's messages at the form's fields", () => {
    expect(requestFieldOfApiField('schedule.date')).toBe('date');
    expect(requestFieldOfApiField('schedule.slots.0.day')).toBe('scheduleKind');
    expect(requestFieldOfApiField('headcount')).toBe('headcount');
    expect(requestFieldOfApiField('nonsense')).toBeNull();
  });
});
