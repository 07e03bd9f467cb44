import { ConsentPurpose, ContactMethod, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import { emptyIntakeDraft, type IntakeDraft, intakeKeyOfApiField, intakeProblems, toStaffIntakeRequest } from './intake-draft';
import { emptyRequestDraft, type RequestDraft } from './request-draft';

const TODAY = '2026-11-29';

const request: RequestDraft = {
  ...emptyRequestDraft(),
  title: '買い物の付き添い',
  description: '週に一度、近くのスーパーへの買い物に付き添ってくださる方を探しています。',
  categoryCodes: ['shopping-errands'],
  scheduleKind: 'flexible',
  from: '2026-12-01',
  until: '2026-12-20',
  areaId: 'area-1',
  headcount: '1',
  sensitiveNotes: '足が不自由で、杖を使っています。',
  sensitiveConsent: true,
};

/** An 85-year-old who called the center: no account, reached by phone. */
const caller: IntakeDraft = {
  ...emptyIntakeDraft('center-aoba'),
  mode: 'new',
  person: {
    ...emptyIntakeDraft('center-aoba').person,
    name: ' 山本 ハナ ',
    nameKana: 'やまもと はな',
    birthDate: '昭和16年5月3日',
    contactMethod: ContactMethod.Phone,
    phone: '03-2222-3333',
    consentRegistration: true,
  },
};

describe('who asked, at the phone or the counter', () => {
  it('first asks whether the person is registered', () => {
    expect(intakeProblems(emptyIntakeDraft('center-aoba'), TODAY)).toEqual(['mode']);
    expect(intakeProblems(emptyIntakeDraft(null), TODAY)).toEqual(['mode', 'centerId']);
  });

  it('needs a registered person to be chosen', () => {
    expect(intakeProblems({ ...emptyIntakeDraft('center-aoba'), mode: 'existing' }, TODAY)).toEqual(['personId']);
    expect(intakeProblems({ ...emptyIntakeDraft('center-aoba'), mode: 'existing', personId: 'p-1' }, TODAY)).toEqual([]);
  });

  it('asks a new person for what 代理登録 asks', () => {
    const blank: IntakeDraft = { ...emptyIntakeDraft('center-aoba'), mode: 'new' };
    expect(intakeProblems(blank, TODAY)).toEqual(['person.name', 'person.birthDate', 'person.contactMethod', 'person.consentRegistration']);
    expect(intakeProblems(caller, TODAY)).toEqual([]);
    expect(intakeProblems({ ...caller, person: { ...caller.person, phone: '' } }, TODAY)).toEqual(['person.phone']);
  });

  it('builds the intake with a new person registered by proxy in the request’s center', () => {
    const body = toStaffIntakeRequest(caller, request, ['p-9']);
    expect(body.centerId).toBe('center-aoba');
    expect(body.requesterPersonId).toBeNull();
    expect(body.newRequester).toEqual({
      name: '山本 ハナ',
      nameKana: 'やまもと はな',
      birthDate: '1941-05-03',
      phone: '03-2222-3333',
      contactMethod: ContactMethod.Phone,
      consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
      acknowledgedDuplicateIds: ['p-9'],
    });
    expect(body).toMatchObject({ sensitiveNotes: '足が不自由で、杖を使っています。', sensitiveConsent: true, headcount: 1 });
  });

  it('builds the intake for a registered person', () => {
    const body = toStaffIntakeRequest({ ...emptyIntakeDraft('center-aoba'), mode: 'existing', personId: 'p-1' }, request, []);
    expect(body).toMatchObject({ centerId: 'center-aoba', requesterPersonId: 'p-1', newRequester: null });
  });

  it("shows the API's messages about the new person at their fields", () => {
    expect(intakeKeyOfApiField('newRequester.phone')).toBe('person.phone');
    expect(intakeKeyOfApiField('newRequester.consents')).toBe('person.consentRegistration');
    expect(intakeKeyOfApiField('requesterPersonId')).toBe('personId');
    expect(intakeKeyOfApiField('title')).toBeNull();
  });
});
