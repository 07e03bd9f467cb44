import { ConsentPurpose, ContactMethod, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import {
  birthDateProblem,
  duplicateCheckKey,
  emptyProxyDraft,
  firstIncompleteProxyStep,
  liveProxyServerError,
  phoneProblem,
  type ProxyDraft,
  proxyFieldOfApiField,
  proxyProblem,
  proxyStepProblems,
  toDuplicateCheckRequest,
  toProxyRequest,
} from './proxy-draft';

const TODAY = '2026-11-23';

/** An 82-year-old registered at the counter: no email, reached by phone. */
const complete: ProxyDraft = {
  ...emptyProxyDraft('center-aoba'),
  name: ' 山田 トメ ',
  nameKana: ' やまだ とめ ',
  birthDate: '昭和19年4月1日',
  contactMethod: ContactMethod.Phone,
  phone: ' 03-1234-5678 ',
  consentRegistration: true,
};

describe('proxy registration steps', () => {
  it("starts at the coordinator's center, with nothing else filled in", () => {
    expect(emptyProxyDraft('center-aoba')).toMatchObject({
      centerId: 'center-aoba',
      contactMethod: '',
      consentRegistration: false,
    });
    expect(emptyProxyDraft(null).centerId).toBe('');
  });

  it('lists what is missing on each step, in page order', () => {
    const draft = emptyProxyDraft(null);
    expect(proxyStepProblems(draft, 'person', TODAY)).toEqual(['name', 'birthDate']);
    expect(proxyStepProblems({ ...draft, name: '山田 トメ' }, 'person', TODAY)).toEqual(['nameKana', 'birthDate']);
    expect(proxyStepProblems(draft, 'contact', TODAY)).toEqual(['contactMethod', 'centerId']);
    expect(proxyStepProblems(draft, 'consent', TODAY)).toEqual(['consentRegistration']);
  });

  it('needs the contact detail of the chosen method, and checks the others only when given', () => {
    const base = { ...complete, phone: '' };
    expect(proxyStepProblems(base, 'contact', TODAY)).toEqual(['phone']);
    expect(proxyStepProblems({ ...base, contactMethod: ContactMethod.Post }, 'contact', TODAY)).toEqual(['postalAddress']);
    expect(proxyStepProblems({ ...base, contactMethod: ContactMethod.Email }, 'contact', TODAY)).toEqual(['email']);
    expect(proxyProblem({ ...complete, email: 'tome@' }, 'email', TODAY)).toBe('email');
    expect(proxyProblem({ ...complete, contactMethod: ContactMethod.Post, postalAddress: 'つなぐ区中央1-2-3' }, 'phone', TODAY)).toBeNull();
  });

  it('finds the first step still to do, so nobody reaches the confirmation with a gap', () => {
    expect(firstIncompleteProxyStep(emptyProxyDraft('c'), TODAY)).toBe('person');
    expect(firstIncompleteProxyStep({ ...complete, phone: '' }, TODAY)).toBe('contact');
    expect(firstIncompleteProxyStep({ ...complete, consentRegistration: false }, TODAY)).toBe('consent');
    expect(firstIncompleteProxyStep(complete, TODAY)).toBeNull();
    expect(firstIncompleteProxyStep(emptyProxyDraft('c'), TODAY, 'person')).toBeNull();
  });
});

describe('proxy registration rules', () => {
  it('takes a birth date as it is written on the paper form, but not one in the future or long ago', () => {
    expect(birthDateProblem('1944-04-01', TODAY)).toBeNull();
    expect(birthDateProblem('昭和19年4月1日', TODAY)).toBeNull();
    expect(birthDateProblem('', TODAY)).toBe('required');
    expect(birthDateProblem('1944-02-30', TODAY)).toBe('date');
    expect(birthDateProblem('1844-04-01', TODAY)).toBe('range');
    expect(birthDateProblem('2026-11-24', TODAY)).toBe('range');
  });

  it('takes phone numbers as people write them', () => {
    expect(phoneProblem('03-1234-5678')).toBeNull();
    expect(phoneProblem('０３－１２３４－５６７８')).toBeNull();
    expect(phoneProblem('(03) 1234 5678')).toBeNull();
    expect(phoneProblem('03-1234-567x')).toBe('phone');
    expect(phoneProblem('12345')).toBe('phone');
  });
});

describe('requests', () => {
  it('sends the birth date as YYYY-MM-DD and leaves out details not given', () => {
    const request = toProxyRequest(complete, ['p-1']);
    expect(request).toEqual({
      name: '山田 トメ',
      nameKana: 'やまだ とめ',
      birthDate: '1944-04-01',
      phone: '03-1234-5678',
      contactMethod: ContactMethod.Phone,
      centerId: 'center-aoba',
      consents: [
        {
          purpose: ConsentPurpose.AccountRegistration,
          version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration],
        },
      ],
      acknowledgedDuplicateIds: ['p-1'],
    });
  });

  it('records each consent the person gave with the version of the wording, and no others', () => {
    const purposes = toProxyRequest({ ...complete, consentShareContact: true }, []).consents.map((grant) => grant.purpose);
    expect(purposes).toEqual([ConsentPurpose.AccountRegistration, ConsentPurpose.ShareContactOnMatch]);
  });

  it('checks for duplicates with what identifies a person, and only again when that changes', () => {
    const request = toDuplicateCheckRequest(complete);
    expect(request).toEqual({
      name: '山田 トメ',
      nameKana: 'やまだ とめ',
      birthDate: '1944-04-01',
      phone: '03-1234-5678',
    });
    expect(duplicateCheckKey(request)).toBe(duplicateCheckKey(toDuplicateCheckRequest({ ...complete, birthDate: '1944/4/1' })));
    expect(duplicateCheckKey(request)).not.toBe(duplicateCheckKey(toDuplicateCheckRequest({ ...complete, phone: '' })));
    expect(duplicateCheckKey(request)).toBe(duplicateCheckKey(toDuplicateCheckRequest({ ...complete, email: 'x@example.jp' })));
  });
});

describe('API messages about the proxy registration', () => {
  it('puts each message at its field, and one about the consents at the required box', () => {
    expect(proxyFieldOfApiField('birthDate')).toBe('birthDate');
    expect(proxyFieldOfApiField('consents')).toBe('consentRegistration');
    expect(proxyFieldOfApiField('acknowledgedDuplicateIds')).toBeNull();
  });

  it('keeps showing a message until the field is changed', () => {
    const errors = {
      phone: { text: '電話番号は、数字とハイフンで入力してください。', value: complete.phone },
    };
    expect(liveProxyServerError(complete, errors, 'phone')).toBe(errors.phone.text);
    expect(liveProxyServerError({ ...complete, phone: '03-9999-0000' }, errors, 'phone')).toBeNull();
  });
});
