import { ORGANISATION_LIMITS, OrganisationKind } from '@tsunagu/contracts';
import {
  emptyOrganisationDraft,
  type OrganisationDraft,
  organisationFieldOfApiField,
  organisationProblem,
  organisationProblems,
  toOrganisationRequest,
} from './organisation-draft';

/** A neighbourhood association applying, as typed (with the spaces people leave). */
const complete: OrganisationDraft = {
  kind: OrganisationKind.NeighbourhoodAssociation,
  name: ' 青葉一丁目町会 ',
  nameKana: ' あおばいっちょうめちょうかい ',
  description: ' 見守りと防災訓練をしています。 ',
  centerId: 'center-aoba',
  address: '',
  representativeName: ' 青葉 一郎 ',
  phone: ' 03-1234-5678 ',
  email: ' ｉｎｆｏ＠ａｏｂａ．ｅｘａｍｐｌｅ．ｊｐ ',
};

describe('団体・企業の登録申請 form', () => {
  it('asks for every required field, in page order, and nothing optional', () => {
    expect(organisationProblems(emptyOrganisationDraft())).toEqual([
      'kind',
      'name',
      'description',
      'centerId',
      'representativeName',
      'phone',
      'email',
    ]);
    expect(organisationProblems(complete)).toEqual([]);
  });

  it('counts a value of only spaces as empty, as the API does after trimming', () => {
    expect(organisationProblem('name', '   ')).toBe('required');
    expect(organisationProblem('address', '   ')).toBeNull();
  });

  it('applies the API limits, counting characters as people do', () => {
    expect(organisationProblem('name', 'あ'.repeat(ORGANISATION_LIMITS.nameMaxLength))).toBeNull();
    expect(organisationProblem('name', 'あ'.repeat(ORGANISATION_LIMITS.nameMaxLength + 1))).toBe('tooLong');
    expect(organisationProblem('description', '😀'.repeat(ORGANISATION_LIMITS.descriptionMaxLength))).toBeNull();
  });

  it('wants the reading in kana, a phone number in digits and a real email address', () => {
    expect(organisationProblem('nameKana', 'Aoba')).toBe('kana');
    expect(organisationProblem('nameKana', 'アオバチョウカイ')).toBeNull();
    expect(organisationProblem('phone', '03-1234-567８')).toBeNull();
    expect(organisationProblem('phone', 'いちにさん')).toBe('phone');
    expect(organisationProblem('email', 'info@aoba')).toBe('email');
    expect(organisationProblem('kind', 'club')).toBe('required');
  });

  it('sends trimmed text, the email in half-width characters, and leaves blank optional fields out', () => {
    expect(toOrganisationRequest(complete)).toEqual({
      kind: 'neighbourhood-association',
      name: '青葉一丁目町会',
      nameKana: 'あおばいっちょうめちょうかい',
      centerId: 'center-aoba',
      representativeName: '青葉 一郎',
      phone: '03-1234-5678',
      email: 'info@aoba.example.jp',
      description: '見守りと防災訓練をしています。',
    });
    expect(toOrganisationRequest({ ...complete, address: ' 青葉1-2-3 ' }).address).toBe('青葉1-2-3');
  });

  it("shows the API's field messages at the field they are about", () => {
    expect(organisationFieldOfApiField('centerId')).toBe('centerId');
    expect(organisationFieldOfApiField('applicantAccountId')).toBeNull();
  });
});
