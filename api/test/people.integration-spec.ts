import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ApiErrorBody,
  type AuditLogEntry,
  ConsentPurpose,
  ContactMethod,
  CURRENT_CONSENT_VERSION,
  type DuplicateCheckResult,
  type OrganisationApplication,
  type OrganisationApplicationRequest,
  OrganisationKind,
  type OrganisationSummary,
  type Page,
  type PersonalDataExport,
  type PersonDetail,
  type PersonSummary,
  type ProxyRegistrationRequest,
  Role,
  type Viewer,
} from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Organisation } from '../src/organisations/organisation.entity';
import { Person } from '../src/people/person.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { tokenInMail, waitForMailsTo } from './mail-catcher';
import { TestClient } from './test-client';
import { createWorker } from './worker-app';

const REGISTRATION_CONSENT = {
  purpose: ConsentPurpose.AccountRegistration,
  version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration],
};

describe('people: proxy registration, center scope, audit log, the person’s own data', () => {
  let app: NestFastifyApplication;
  let aobaCoordinator: TestClient;
  let kawabeCoordinator: TestClient;
  let wardCoordinator: TestClient;
  let admin: TestClient;
  let aobaId: string;

  beforeAll(async () => {
    app = await createHttpApp();
    await loadDemoData(app.get(DataSource));
    aobaId = (await centerByCode(app, 'district-aoba')).id;
    const kawabeId = (await centerByCode(app, 'district-kawabe')).id;
    const wardId = (await centerByCode(app, 'ward')).id;
    aobaCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: aobaId }])).client;
    kawabeCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabeId }])).client;
    wardCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: wardId }])).client;
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
  });
  afterAll(() => app.close());

  // A counter rather than random values: two forms sharing ふりがな and a birth date would (rightly) trip the duplicate check.
  let formsMade = 0;
  const run = Date.now() % 1e4;
  /** A resident born in the 1940s who came to the counter with a paper form: no email, call by phone. */
  const paperForm = (overrides: Partial<ProxyRegistrationRequest> = {}): ProxyRegistrationRequest => {
    const n = ++formsMade;
    return {
      name: `佐藤 トメ${run}${String(n).padStart(3, '0')}`,
      nameKana: 'さとう とめ',
      birthDate: `194${n % 10}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0')}`,
      phone: `03-${String(run).padStart(4, '0')}-${String(n).padStart(4, '0')}`,
      contactMethod: ContactMethod.Phone,
      centerId: aobaId,
      consents: [REGISTRATION_CONSENT],
      acknowledgedDuplicateIds: [],
      ...overrides,
    };
  };

  it('registers an 82-year-old without email by proxy, with the paper consent and an audit entry', async () => {
    const form = paperForm({ birthDate: '1944-04-01', nameKana: 'さとう はつえ' });
    const response = await aobaCoordinator.post('/api/people', form);
    expect(response.statusCode).toBe(201);
    const person = response.json<PersonSummary>();
    expect(person).toMatchObject({
      name: form.name,
      hasAccount: false,
      registeredByProxy: true,
      contactMethod: 'phone',
      centerNameJa: '青葉地区ボランティアセンター',
    });

    const detail = (await aobaCoordinator.get(`/api/people/${person.id}?reason=record-check`)).json<PersonDetail>();
    expect(detail).toMatchObject({ birthDate: '1944-04-01', phone: form.phone, email: null });
    expect(detail.consents).toEqual([expect.objectContaining({ purpose: 'account-registration', withdrawnAt: null })]);

    const log = (await admin.get(`/api/audit-log?subjectPersonId=${person.id}`)).json<Page<AuditLogEntry>>();
    expect(log.items.map((entry) => [entry.action, entry.reason, entry.subjectName])).toEqual([
      ['read', 'record-check', form.name],
      ['create', null, form.name],
    ]);
  });

  it('needs the contact detail the chosen method uses', async () => {
    const byPhone = await aobaCoordinator.post('/api/people', paperForm({ phone: undefined }));
    expect(byPhone.statusCode).toBe(400);
    expect(byPhone.json<ApiErrorBody>().fields).toEqual({ phone: '選んだ連絡の方法には、電話番号が必要です。' });
    const byPost = await aobaCoordinator.post('/api/people', paperForm({ contactMethod: ContactMethod.Post }));
    expect(byPost.json<ApiErrorBody>().fields).toEqual({ postalAddress: '選んだ連絡の方法には、住所が必要です。' });
  });

  it('warns before a second record of the same person, and shows other centers only as a count', async () => {
    const first = paperForm();
    const created = (await aobaCoordinator.post('/api/people', first)).json<PersonSummary>();
    // The same person typed again with a full-width space and another phone number.
    const again = { ...paperForm(), name: first.name.replace(' ', '　'), nameKana: 'サトウ トメ', birthDate: first.birthDate };

    const refused = await aobaCoordinator.post('/api/people', again);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiErrorBody>().message).toContain('同じ方がすでに登録されている可能性があります');

    const { name, nameKana, birthDate, phone } = again;
    const checkBody = { name, nameKana, birthDate, phone };
    const check = (await aobaCoordinator.post('/api/people/duplicate-check', checkBody)).json<DuplicateCheckResult>();
    expect(check.candidates).toEqual([
      expect.objectContaining({
        personId: created.id,
        centerNameJa: '青葉地区ボランティアセンター',
        centerNameEn: 'Aoba District Volunteer Center',
        matchedOn: ['name', 'nameKana', 'birthDate'],
      }),
    ]);
    const elsewhere = (await kawabeCoordinator.post('/api/people/duplicate-check', checkBody)).json<DuplicateCheckResult>();
    expect(elsewhere).toEqual({ candidates: [], matchesElsewhere: 1 });

    const acknowledged = await aobaCoordinator.post('/api/people', { ...again, acknowledgedDuplicateIds: [created.id] });
    expect(acknowledged.statusCode).toBe(201);
  });

  it('keeps district A’s people from district B’s coordinator, and shows ward staff every district', async () => {
    const form = paperForm();
    const person = (await aobaCoordinator.post('/api/people', form)).json<PersonSummary>();

    const refused = await kawabeCoordinator.get(`/api/people/${person.id}?reason=coordination`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiErrorBody>().message).toBe('この方は、あなたが担当するセンターの登録ではありません。');
    const kawabeList = (await kawabeCoordinator.get(`/api/people?q=${encodeURIComponent(form.name)}`)).json<Page<PersonSummary>>();
    expect(kawabeList.items).toEqual([]);
    expect((await kawabeCoordinator.post('/api/people', paperForm())).statusCode).toBe(403);

    const wardList = (await wardCoordinator.get(`/api/people?q=${encodeURIComponent(form.name)}`)).json<Page<PersonSummary>>();
    expect(wardList.items.map((item) => item.id)).toEqual([person.id]);
    expect((await wardCoordinator.get(`/api/people/${person.id}?reason=coordination`)).statusCode).toBe(200);
    expect((await aobaCoordinator.get(`/api/people/${person.id}`)).statusCode).toBe(400);
  });

  it('needs the staff member’s own words for 「その他」, and keeps them in the audit log', async () => {
    const person = (await aobaCoordinator.post('/api/people', paperForm())).json<PersonSummary>();
    const url = (reason: string, note?: string) =>
      `/api/people/${person.id}?reason=${reason}${note === undefined ? '' : `&reasonNote=${encodeURIComponent(note)}`}`;

    const bare = await aobaCoordinator.get(url('other'));
    expect(bare.statusCode).toBe(400);
    expect(bare.json<ApiErrorBody>().fields).toEqual({ reasonNote: 'その他の理由を入力してください。' });
    expect((await aobaCoordinator.get(url('other', '   '))).json<ApiErrorBody>().fields).toEqual({
      reasonNote: 'その他の理由を入力してください。',
    });
    expect((await aobaCoordinator.get(url('other', 'あ'.repeat(201)))).json<ApiErrorBody>().fields).toEqual({
      reasonNote: 'その他の理由は200文字以内で入力してください。',
    });
    expect((await aobaCoordinator.get(`/api/people/${person.id}/export?reason=other`)).statusCode).toBe(400);

    const note = '民生委員の方からの問い合わせに答えるため';
    expect((await aobaCoordinator.get(url('other', ` ${note} `))).statusCode).toBe(200);
    // The other reasons need no words of their own.
    expect((await aobaCoordinator.get(url('coordination'))).statusCode).toBe(200);

    const log = (await admin.get(`/api/audit-log?subjectPersonId=${person.id}&action=read`)).json<Page<AuditLogEntry>>();
    expect(log.items.map((entry) => [entry.reason, entry.detail])).toEqual([
      ['coordination', null],
      ['other', note],
    ]);
  });

  it('lets a resident download their data and then delete it; anonymous counts remain', async () => {
    const { client, email, password } = await signedInClient(app, [{ role: Role.Resident }]);
    const download = await client.get('/api/me/data');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('tsunagu-my-data.json');
    const data = download.json<PersonalDataExport>();
    expect(data.account?.email).toBe(email);
    expect(data.person.name).toBe('テスト 利用者');
    expect(data.roles).toEqual([{ role: 'resident', centerId: null }]);
    // Nothing from the match flow yet (matching.integration-spec fills them in).
    expect([data.offers, data.matches, data.activities, data.requests]).toEqual([[], [], [], []]);

    expect((await client.delete('/api/me')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
    expect((await new TestClient(app).post('/api/sessions', { email, password })).statusCode).toBe(401);
    const erased = await app.get(DataSource).getRepository(Person).findOneByOrFail({ id: data.person.id });
    expect(erased).toMatchObject({ name: '（削除済み）', nameKana: null, phone: null, accountId: null });
    expect(erased.anonymisedAt).not.toBeNull();
  });

  describe('the groups (団体・企業) a person applied for', () => {
    const application = (overrides: Partial<OrganisationApplicationRequest>): OrganisationApplicationRequest => ({
      kind: OrganisationKind.VolunteerGroup,
      name: '青葉おはなしの会',
      centerId: aobaId,
      representativeName: 'テスト 利用者',
      phone: '090-1111-2222',
      email: 'ohanashi@example.jp',
      address: 'つなぐ区青葉1-2-3',
      description: '小学校で、絵本の読み聞かせをしています。',
      ...overrides,
    });
    const apply = async (client: TestClient, overrides: Partial<OrganisationApplicationRequest>) => {
      const response = await client.post('/api/organisations', application(overrides));
      expect(response.statusCode).toBe(201);
      return response.json<OrganisationSummary>();
    };
    const organisation = (id: string) => app.get(DataSource).getRepository(Organisation).findOneByOrFail({ id });

    it('are in the data download; deleting the registration blanks what they entered about people', async () => {
      const resident = await signedInClient(app, [{ role: Role.Resident }]);
      const pending = await apply(resident.client, { name: '申請中の会', email: resident.email });
      const rejected = await apply(resident.client, { name: '承認されなかった会' });
      // The representative is the person themselves (typed with a full-width space).
      const own = await apply(resident.client, { name: '本人が代表の会', representativeName: 'テスト　利用者', email: 'own@example.jp' });
      // A secretary applied; the chair is the representative and the group's contact.
      const chairs = await apply(resident.client, {
        name: '会長が代表の会',
        representativeName: '青葉 会長',
        phone: '03-9999-0000',
        email: 'chair@example.jp',
      });
      expect((await aobaCoordinator.post(`/api/organisations/${rejected.id}/reject`, { reason: '区外の団体のため' })).statusCode).toBe(200);
      for (const { id } of [own, chairs]) expect((await aobaCoordinator.post(`/api/organisations/${id}/approve`, {})).statusCode).toBe(200);

      const data = (await resident.client.get('/api/me/data')).json<PersonalDataExport>();
      expect(data.organisations).toEqual(
        [
          [pending, 'pending'],
          [rejected, 'rejected'],
          [own, 'approved'],
          [chairs, 'approved'],
        ].map(([summary, status]) =>
          expect.objectContaining({
            organisationId: (summary as OrganisationSummary).id,
            name: (summary as OrganisationSummary).name,
            kind: 'volunteer-group',
            status,
            role: 'applicant',
            centerNameJa: '青葉地区ボランティアセンター',
            appliedAt: expect.any(String),
            memberSince: expect.any(String),
          }),
        ),
      );
      expect(data.organisations[0]).toMatchObject({ decidedAt: null, representative: { name: 'テスト 利用者', email: resident.email } });
      expect(data.organisations[2].decidedAt).not.toBeNull();
      // Staff handing over the data on the person's request get the same list.
      const forStaff = await wardCoordinator.get(`/api/people/${data.person.id}/export?reason=persons-request`);
      expect(forStaff.json<PersonalDataExport>().organisations.map((row) => row.name)).toEqual(data.organisations.map((row) => row.name));

      expect((await resident.client.delete('/api/me')).statusCode).toBe(204);

      const blanked = { representativeName: '（削除済み）', phone: '', email: '', applicantAccountId: null };
      expect(await organisation(pending.id)).toMatchObject({ ...blanked, address: null, name: '申請中の会', status: 'pending' });
      expect(await organisation(rejected.id)).toMatchObject({ ...blanked, address: null, decisionReason: '区外の団体のため' });
      expect(await organisation(own.id)).toMatchObject({ ...blanked, name: '本人が代表の会', address: 'つなぐ区青葉1-2-3' });
      expect(await organisation(chairs.id)).toMatchObject({
        representativeName: '青葉 会長',
        phone: '03-9999-0000',
        email: 'chair@example.jp',
        address: 'つなぐ区青葉1-2-3',
      });
      // The coordinator still sees the pending application, without anyone's details.
      const queue = (await aobaCoordinator.get('/api/organisations?status=pending&pageSize=100')).json<Page<OrganisationApplication>>();
      expect(queue.items.find((item) => item.id === pending.id)).toMatchObject({
        applicantName: null,
        representativeName: '（削除済み）',
        phone: '',
        email: '',
      });
    });

    it('are blanked the same way when staff delete the registration on the person’s request', async () => {
      const resident = await signedInClient(app, [{ role: Role.Resident }]);
      const pending = await apply(resident.client, { name: '窓口で削除を頼まれた会' });
      const personId = (await resident.client.get('/api/me/data')).json<PersonalDataExport>().person.id;

      const note = '電話で削除の依頼を受けたため';
      const erased = await wardCoordinator.delete(`/api/people/${personId}?reason=other&reasonNote=${encodeURIComponent(note)}`);
      expect(erased.statusCode).toBe(204);
      expect(await organisation(pending.id)).toMatchObject({ representativeName: '（削除済み）', phone: '', email: '', address: null });
      const log = (await admin.get(`/api/audit-log?subjectPersonId=${personId}&action=delete`)).json<Page<AuditLogEntry>>();
      expect(log.items.map((entry) => [entry.reason, entry.detail])).toEqual([['other', note]]);
    });
  });

  it('invites a proxy-registered person to use their own account, through the password page', async () => {
    const person = (await aobaCoordinator.post('/api/people', paperForm())).json<PersonSummary>();
    const email = `claim.${Date.now()}@example.jp`;
    const invited = await aobaCoordinator.post(`/api/people/${person.id}/claim-invitation`, { email });
    expect(invited.statusCode).toBe(201);
    expect(invited.json<PersonSummary>().hasAccount).toBe(true);
    const again = await aobaCoordinator.post(`/api/people/${person.id}/claim-invitation`, { email: 'other@example.jp' });
    expect(again.json<ApiErrorBody>().fields).toEqual({ email: 'この方は、すでにご自身のアカウントをお持ちです。' });

    const worker = await createWorker();
    try {
      const [mail] = await waitForMailsTo(email);
      expect(mail.subject).toBe('【つなぐ】ご自身でのご利用を始めるご案内');
      expect(mail.text).toContain('青葉地区ボランティアセンターで、つなぐへのご登録をお手伝いしました。');
      const client = new TestClient(app);
      expect(
        (await client.post('/api/password-resets/confirm', { token: tokenInMail(mail), password: 'my-own-password-1' })).statusCode,
      ).toBe(204);
      const login = await client.post('/api/sessions', { email, password: 'my-own-password-1' });
      expect(login.statusCode).toBe(200);
      expect(login.json<Viewer>()).toMatchObject({ name: person.name, roles: [{ role: 'resident' }] });
    } finally {
      await worker.close();
    }
  });

  it('shows the audit log to admins only', async () => {
    expect((await aobaCoordinator.get('/api/audit-log')).statusCode).toBe(403);
    const log = (await admin.get('/api/audit-log?action=list')).json<Page<AuditLogEntry>>();
    expect(log.items.length).toBeGreaterThan(0);
    expect(log.items.every((entry) => entry.action === 'list')).toBe(true);
  });
});
