import { ConsentPurpose, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import {
  emptySignupDraft,
  fieldOfApiField,
  firstIncompleteStep,
  liveServerError,
  type SignupDraft,
  stepProblems,
  toSignUpRequest,
} from './signup-draft';

const complete: SignupDraft = {
  ...emptySignupDraft('ja'),
  email: ' hanako@example.jp ',
  password: ' correct horse ',
  name: ' つなぐ 花子 ',
  nameKana: ' つなぐ はなこ ',
  consentRegistration: true,
};

describe('signup steps', () => {
  it('lists what is missing on each step, in page order', () => {
    const draft = emptySignupDraft('ja');
    expect(stepProblems(draft, 'account')).toEqual(['email', 'password']);
    expect(stepProblems({ ...draft, name: 'つなぐ 花子' }, 'name')).toEqual(['nameKana']);
    expect(stepProblems({ ...draft, name: 'Maria Santos' }, 'name')).toEqual([]);
    expect(stepProblems(draft, 'consent')).toEqual(['consentRegistration']);
  });

  it('leaves the two other consents to the person', () => {
    expect(stepProblems({ ...complete, consentSensitive: false, consentShareContact: false }, 'consent')).toEqual([]);
  });

  it('finds the first step still to do, so nobody reaches the confirmation with a gap', () => {
    expect(firstIncompleteStep(emptySignupDraft('ja'))).toBe('account');
    expect(firstIncompleteStep({ ...complete, nameKana: '' })).toBe('name');
    expect(firstIncompleteStep({ ...complete, consentRegistration: false })).toBe('consent');
    expect(firstIncompleteStep(complete)).toBeNull();
  });

  it('only looks at the steps before the one asked for', () => {
    const accountDone = { ...emptySignupDraft('ja'), email: 'hanako@example.jp', password: 'correct horse' };
    expect(firstIncompleteStep(accountDone, 'name')).toBeNull();
    expect(firstIncompleteStep(accountDone, 'consent')).toBe('name');
    expect(firstIncompleteStep(emptySignupDraft('ja'), 'account')).toBeNull();
  });
});

describe('toSignUpRequest', () => {
  it('trims text as the API does, but sends the password exactly as typed', () => {
    const request = toSignUpRequest(complete);
    expect(request).toMatchObject({ email: 'hanako@example.jp', name: 'つなぐ 花子', nameKana: 'つなぐ はなこ', locale: 'ja' });
    expect(request.password).toBe(' correct horse ');
  });

  it('leaves out an empty ふりがな', () => {
    expect('nameKana' in toSignUpRequest({ ...complete, name: 'Maria Santos', nameKana: '  ' })).toBe(false);
  });

  it('sends each consent given with the version of the wording shown, and no others', () => {
    expect(toSignUpRequest(complete).consents).toEqual([
      { purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] },
    ]);
    const all = toSignUpRequest({ ...complete, consentSensitive: true, consentShareContact: true });
    expect(all.consents.map((grant) => grant.purpose)).toEqual([
      ConsentPurpose.AccountRegistration,
      ConsentPurpose.SensitiveData,
      ConsentPurpose.ShareContactOnMatch,
    ]);
  });
});

describe('API messages about the signup', () => {
  it('puts a message about the consents at the required consent box', () => {
    expect(fieldOfApiField('consents')).toBe('consentRegistration');
    expect(fieldOfApiField('nameKana')).toBe('nameKana');
    expect(fieldOfApiField('somethingElse')).toBeNull();
  });

  it('keeps showing a message until the field is changed', () => {
    const errors = { email: { text: 'このメールアドレスは使えません。', value: complete.email } };
    expect(liveServerError(complete, errors, 'email')).toBe('このメールアドレスは使えません。');
    expect(liveServerError({ ...complete, email: 'other@example.jp' }, errors, 'email')).toBeNull();
    expect(liveServerError(complete, errors, 'name')).toBeNull();
  });
});
