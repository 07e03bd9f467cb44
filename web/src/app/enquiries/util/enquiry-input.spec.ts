import { ConsentPurpose, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import { emptyEnquiryDraft } from './enquiry-draft';
import { isEmailAddress, toEnquiryRequest } from './enquiry-input';

describe('toEnquiryRequest', () => {
  const draft = {
    ...emptyEnquiryDraft('ja'),
    name: '  つなぐ 花子 ',
    nameKana: ' つなぐ はなこ　',
    email: ' ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ ',
    interests: '\n草むしりをしてみたいです。\n',
    consentGiven: true,
  };

  it('sends trimmed text, as the API will check it', () => {
    const request = toEnquiryRequest(draft);
    expect(request.name).toBe('つなぐ 花子');
    expect(request.nameKana).toBe('つなぐ はなこ');
    expect(request.interests).toBe('草むしりをしてみたいです。');
  });

  it('turns an email typed in full-width characters into ASCII', () => {
    expect(toEnquiryRequest(draft).email).toBe('hanako@example.jp');
  });

  it('leaves the area out for 「わからない・選ばない」', () => {
    expect('areaId' in toEnquiryRequest(draft)).toBe(false);
    expect(toEnquiryRequest({ ...draft, areaId: 'area-1' }).areaId).toBe('area-1');
  });

  it('records the consent version the visitor was shown', () => {
    expect(toEnquiryRequest(draft).consentVersion).toBe(CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry]);
    expect(toEnquiryRequest(draft).consentGiven).toBe(true);
  });
});

describe('isEmailAddress', () => {
  it.each(['hanako@example.jp', 'hanako.tsunagu+volunteer@mail.example.co.jp', 'h@xn--r8jz45g.jp'])('accepts %s', (email) =>
    expect(isEmailAddress(email)).toBe(true),
  );

  it.each([
    'hanako',
    'hanako@',
    '@example.jp',
    'hanako@example',
    'hanako@example,jp',
    'hanako example@example.jp',
    'hanako@@example.jp',
    'hanako.@example.jp',
    'hanako@example.jp.',
  ])('refuses %s', (email) => expect(isEmailAddress(email)).toBe(false));
});
