import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ApiErrorBody,
  type AuditLogEntry,
  ConsentPurpose,
  ContactMethod,
  type CreateOrganisationRequest,
  CURRENT_CONSENT_VERSION,
  DayPeriod,
  OrganisationKind,
  type OrganisationSummary,
  type Page,
  type PersonDetail,
  type RequestDetail,
  type RequestFields,
  type RequestPage,
  RequestStatus,
  Role,
  type StaffIntakeRequest,
} from '@tsunagu/contracts';
import { dateOfDayNumber, dayNumberOf, weekdayIndexOf } from '@tsunagu/matching';
import { DataSource } from 'typeorm';
import { Area } from '../src/centers/area.entity';
import type { VolunteerCenter } from '../src/centers/volunteer-center.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Person } from '../src/people/person.entity';
import { RequestsService } from '../src/requests/requests.service';
import { VolunteerRequest } from '../src/requests/volunteer-request.entity';
import { todayInJapan } from '../src/skills/insurance-cover';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import type { TestClient } from './test-client';

const REGISTRATION_CONSENT = {
  purpose: ConsentPurpose.AccountRegistration,
  version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration],
};

/** The Saturday at least a week from today (YYYY-MM-DD), so "not in the past" always holds. */
function comingSaturday(): string {
  const start = dayNumberOf(todayInJapan()) + 7;
  return dateOfDayNumber(start + ((5 - weekdayIndexOf(dateOfDayNumber(start)) + 7) % 7));
}

describe('依頼: organisation posts, phone intake, lifecycle with history, who sees what', () => {
  let app: NestFastifyApplication;
  let aoba: VolunteerCenter;
  let kawabe: VolunteerCenter;
  let aobaArea: Area;
  let kawabeArea: Area;
  let aobaCoordinator: TestClient;
  let kawabeCoordinator: TestClient;
  let wardCoordinator: TestClient;
  let admin: TestClient;
  let member: TestClient;
  let organisation: OrganisationSummary;
  let pendingMember: TestClient;
  let pendingOrganisation: OrganisationSummary;

  beforeAll(async () => {
    app = await createHttpApp();
    await loadDemoData(app.get(DataSource));
    aoba = await centerByCode(app, 'district-aoba');
    kawabe = await centerByCode(app, 'district-kawabe');
    const areas = app.get(DataSource).getRepository(Area);
    aobaArea = await areas.findOneByOrFail({ code: 'wakabadai' });
    kawabeArea = await areas.findOneByOrFail({ code: 'minato' });
    aobaCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: aoba.id }])).client;
    kawabeCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client;
    wardCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: (await centerByCode(app, 'ward')).id }])).client;
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;

    // An NPO approved by Aoba's coordinator, and a group still waiting for its decision.
    const apply = async (name: string) => {
      const applicant = (await signedInClient(app)).client;
      const response = await applicant.post('/api/organisations', {
        kind: OrganisationKind.Npo,
        name,
        nameKana: 'てすとのかい',
        centerId: aoba.id,
        representativeName: '青葉 一郎',
        phone: '03-1234-5678',
        email: 'info@aoba-test.example.jp',
        description: '一人暮らしの高齢者のお宅の庭の手入れをしています。',
      });
      expect(response.statusCode).toBe(201);
      return { applicant, organisation: response.json<OrganisationSummary>() };
    };
    ({ applicant: member, organisation } = await apply('NPO法人 青葉くらしの会'));
    expect((await aobaCoordinator.post(`/api/organisations/${organisation.id}/approve`)).statusCode).toBe(200);
    ({ applicant: pendingMember, organisation: pendingOrganisation } = await apply('青葉みまもり隊（審査中）'));
  });
  afterAll(() => app.close());

  const fields = (overrides: Partial<RequestFields> = {}): RequestFields => ({
    title: '庭の草取りのお手伝い',
    description: '高齢のご夫婦のお宅の庭の草取りです。道具はこちらで用意します。',
    categoryCodes: ['garden-work'],
    schedule: { kind: 'once', date: comingSaturday(), startTime: '09:00', endTime: '11:30' },
    areaId: aobaArea.id,
    address: 'つなぐ区若葉台3-12-6',
    headcount: 3,
    requiredQualifications: [],
    requiredLanguages: [],
    accessibilityNotes: null,
    whatToBring: '軍手、帽子、飲み物',
    costsNote: null,
    sensitiveNotes: null,
    sensitiveConsent: false,
    online: false,
    ...overrides,
  });
  const organisationRequest = (overrides: Partial<CreateOrganisationRequest> = {}): CreateOrganisationRequest => ({
    ...fields(),
    organisationId: organisation.id,
    submit: true,
    ...overrides,
  });
  // Each caller is a different person: counted, since two sharing ふりがな and a birth date would trip the duplicate check.
  let callers = 0;
  const run = Date.now() % 1e4;
  const intake = (overrides: Partial<StaffIntakeRequest> = {}): StaffIntakeRequest => ({
    ...fields({
      title: '買い物の付き添い',
      description: '近くのスーパーまでの買い物に付き添ってほしいとのお電話がありました。',
      categoryCodes: ['shopping-errands'],
      schedule: { kind: 'weekly', slots: [{ day: 'tue', period: DayPeriod.Morning }], from: comingSaturday(), until: null },
      address: 'つなぐ区青葉2-7-11',
      headcount: 1,
      whatToBring: null,
    }),
    centerId: aoba.id,
    requesterPersonId: null,
    newRequester: {
      name: `高田 トメ${run}${String(++callers).padStart(3, '0')}`,
      nameKana: 'たかだ とめ',
      birthDate: `193${callers % 10}-05-${String(1 + (Math.floor(callers / 10) % 28)).padStart(2, '0')}`,
      phone: `03-${String(run).padStart(4, '0')}-${String(callers).padStart(4, '0')}`,
      contactMethod: ContactMethod.Phone,
      consents: [REGISTRATION_CONSENT],
      acknowledgedDuplicateIds: [],
    },
    ...overrides,
  });
  const post = async (client: TestClient, url: string, body: unknown, status = 201) => {
    const response = await client.post(url, body);
    expect({ status: response.statusCode, body: response.json() }).toEqual({ status, body: expect.anything() });
    return response.json<RequestDetail>();
  };
  const listIds = async (client: TestClient, query = '') =>
    (await client.get(`/api/requests?pageSize=100${query}`)).json<RequestPage>().items.map((item) => item.id);

  it('takes a request from a member of an approved group for its center; a pending group is refused', async () => {
    const pending = await pendingMember.post('/api/requests/organisation', organisationRequest({ organisationId: pendingOrganisation.id }));
    expect(pending.statusCode).toBe(400);
    expect(pending.json<ApiErrorBody>().fields).toEqual({
      organisationId: 'この団体の登録は、まだ承認されていません。センターが承認すると、依頼を出せるようになります。',
    });
    const stranger = (await signedInClient(app)).client;
    const notMember = await stranger.post('/api/requests/organisation', organisationRequest());
    expect(notMember.json<ApiErrorBody>().fields?.['organisationId']).toContain('あなたが所属している団体を選んでください');

    const sent = await post(
      member,
      '/api/requests/organisation',
      organisationRequest({ sensitiveNotes: '依頼先の方は耳が遠く、補聴器を使っています。', sensitiveConsent: true }),
    );
    expect(sent).toMatchObject({
      status: 'submitted',
      source: 'organisation',
      centerId: aoba.id,
      centerNameJa: '青葉地区ボランティアセンター',
      areaId: aobaArea.id,
      areaNameJa: '若葉台小学校区',
      organisationId: organisation.id,
      requesterLabel: 'NPO法人 青葉くらしの会（テスト 利用者）',
      address: 'つなぐ区若葉台3-12-6',
      // Written by the member, read by coordinators only.
      sensitiveNotes: null,
      requesterPersonId: null,
      requesterHasEmail: null,
      history: [{ from: null, to: 'submitted', byName: null, reason: null, at: expect.any(String) }],
      offers: [],
      matches: [],
    });
    const forCoordinator = (await aobaCoordinator.get(`/api/requests/${sent.id}`)).json<RequestDetail>();
    expect(forCoordinator.sensitiveNotes).toBe('依頼先の方は耳が遠く、補聴器を使っています。');
    // The group's address gets the match confirmation.
    expect(forCoordinator.requesterHasEmail).toBe(true);
    expect(forCoordinator.history[0].byName).toBe('テスト 利用者');

    const draft = await post(member, '/api/requests/organisation', organisationRequest({ title: '秋祭りの受付（下書き）', submit: false }));
    expect(draft.status).toBe('draft');
    expect(await listIds(member)).toEqual(expect.arrayContaining([sent.id, draft.id]));
    // The center sees what was sent, not the group's unsent drafts.
    const centerList = await listIds(aobaCoordinator);
    expect(centerList).toContain(sent.id);
    expect(centerList).not.toContain(draft.id);
    expect((await aobaCoordinator.get(`/api/requests/${draft.id}`)).statusCode).toBe(200);
    // Nobody else's list shows them.
    expect(await listIds(stranger)).toEqual([]);

    // The member sends the draft later.
    const submitted = await member.post(`/api/requests/${draft.id}/status`, { to: 'submitted' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<RequestDetail>().history.map((entry) => [entry.from, entry.to])).toEqual([
      [null, 'draft'],
      ['draft', 'submitted'],
    ]);
  });

  it('answers bad input with a message for each field, never a server error', async () => {
    const shape = await member.post(
      '/api/requests/organisation',
      organisationRequest({
        categoryCodes: ['no-such-category'],
        headcount: 51,
        schedule: { kind: 'weekly', slots: [], from: '12月1日', until: null },
        requiredQualifications: ['wizard'],
        areaId: 'not-an-id',
      }),
    );
    expect(shape.statusCode).toBe(400);
    expect(shape.json<ApiErrorBody>().fields).toEqual({
      categoryCodes: '活動の種類を選択肢から選んでください。',
      headcount: '必要な人数は50以下にしてください。',
      'schedule.slots': '曜日と時間帯を1つ以上選んでください。',
      'schedule.from': '期間の始めを正しい日付で入力してください（例：2026-12-05）。',
      requiredQualifications: '必要な資格を選択肢から選んでください。',
      areaId: '活動する地区を一覧から選んでください。',
    });

    const times = await member.post(
      '/api/requests/organisation',
      organisationRequest({ schedule: { kind: 'once', date: comingSaturday(), startTime: '25:00', endTime: '9:00' }, headcount: 0 }),
    );
    expect(times.json<ApiErrorBody>().fields).toEqual({
      'schedule.startTime': '開始時刻は「09:30」のように、24時間制の時刻で入力してください。',
      'schedule.endTime': '終了時刻は「09:30」のように、24時間制の時刻で入力してください。',
      headcount: '必要な人数は1以上にしてください。',
    });

    // A list where a day and time should be is refused, not kept as an empty slot.
    const slotAsList = await member.post('/api/requests/organisation', {
      ...organisationRequest(),
      schedule: { kind: 'weekly', slots: [[]], from: comingSaturday(), until: null },
    });
    expect(slotAsList.statusCode).toBe(400);
    expect(slotAsList.json<ApiErrorBody>().fields).toEqual({ 'schedule.slots': '曜日と時間帯の内容を確認してください。' });

    const meaning = await member.post(
      '/api/requests/organisation',
      organisationRequest({
        schedule: { kind: 'once', date: '2020-04-04', startTime: '11:00', endTime: '10:00' },
        areaId: kawabeArea.id,
        sensitiveNotes: '車いすを使っています。',
        sensitiveConsent: false,
      }),
    );
    expect(meaning.statusCode).toBe(400);
    expect(meaning.json<ApiErrorBody>().fields).toEqual({
      'schedule.date': '活動する日に、過ぎた日は選べません。今日以降の日付にしてください。',
      'schedule.endTime': '終了時刻は、開始時刻より後の時刻にしてください。',
      areaId: '活動する地区は、このセンターが担当する地区から選んでください。',
      sensitiveConsent:
        '要配慮個人情報のメモを残すには、ご本人の同意が必要です。同意をいただいたことを確かめて、チェックを入れてください。',
    });

    const range = await member.post(
      '/api/requests/organisation',
      organisationRequest({ schedule: { kind: 'flexible', from: comingSaturday(), until: todayInJapan() } }),
    );
    expect(range.json<ApiErrorBody>().fields).toEqual({
      'schedule.until': '期間の終わりは、期間の始めと同じ日か、それより後の日にしてください。',
    });
    const unreal = await member.post(
      '/api/requests/organisation',
      organisationRequest({ schedule: { kind: 'flexible', from: '2026-02-30', until: '2099-13-01' } }),
    );
    expect(unreal.json<ApiErrorBody>().fields).toEqual({
      'schedule.from': '期間の始めを正しい日付で入力してください（例：2026-12-05）。',
      'schedule.until': '期間の終わりを正しい日付で入力してください（例：2026-12-05）。',
    });
  });

  it('lets a coordinator take a phone request for a new person without an account: registered by proxy, open at once', async () => {
    const body = intake({ sensitiveNotes: '膝の手術を受けたばかりで、杖を使っています。', sensitiveConsent: true });
    const created = await post(aobaCoordinator, '/api/requests/intake', body);
    expect(created).toMatchObject({
      status: 'open',
      source: 'staff-intake',
      centerId: aoba.id,
      requesterLabel: body.newRequester?.name,
      sensitiveNotes: '膝の手術を受けたばかりで、杖を使っています。',
      schedule: body.schedule,
      history: [{ from: null, to: 'open', byName: 'テスト 利用者', reason: null, at: expect.any(String) }],
      // Reached by phone: the coordinator, not a mail, tells her when a volunteer is found.
      requesterHasEmail: false,
    });
    expect(created.requesterPersonId).toEqual(expect.any(String));

    const person = (await aobaCoordinator.get(`/api/people/${created.requesterPersonId}?reason=coordination`)).json<PersonDetail>();
    expect(person).toMatchObject({
      name: body.newRequester?.name,
      hasAccount: false,
      registeredByProxy: true,
      contactMethod: 'phone',
      phone: body.newRequester?.phone,
    });
    expect(person.consents.map((consent) => consent.purpose).sort()).toEqual(['account-registration', 'sensitive-data']);

    const log = (await admin.get(`/api/audit-log?subjectPersonId=${created.requesterPersonId}`)).json<Page<AuditLogEntry>>();
    expect(log.items.map((entry) => [entry.action, entry.detail])).toEqual(
      expect.arrayContaining([
        ['create', 'proxy-registration'],
        ['create', `request:${created.id}`],
      ]),
    );

    // The same person again: a possible duplicate is not registered twice.
    const twice = await aobaCoordinator.post('/api/requests/intake', intake({ newRequester: body.newRequester }));
    expect(twice.statusCode).toBe(409);
    // For the registered person instead, it works.
    const again = await post(
      aobaCoordinator,
      '/api/requests/intake',
      intake({ newRequester: null, requesterPersonId: created.requesterPersonId }),
    );
    expect(again.requesterLabel).toBe(body.newRequester?.name);

    const noPhone = await aobaCoordinator.post(
      '/api/requests/intake',
      intake({ newRequester: { ...(intake().newRequester as NonNullable<StaffIntakeRequest['newRequester']>), phone: undefined } }),
    );
    expect(noPhone.json<ApiErrorBody>().fields).toEqual({ 'newRequester.phone': '選んだ連絡の方法には、電話番号が必要です。' });
    const nobody = await aobaCoordinator.post('/api/requests/intake', intake({ newRequester: null }));
    expect(nobody.json<ApiErrorBody>().fields?.['requesterPersonId']).toContain('依頼する方を');

    // Another district's coordinator cannot take requests for Aoba, nor for Aoba's people.
    expect((await kawabeCoordinator.post('/api/requests/intake', intake())).statusCode).toBe(403);
    const kawabePerson = await app
      .get(DataSource)
      .getRepository(Person)
      .save({ centerId: kawabe.id, name: '川辺 花子', nameKana: 'かわべ はなこ' });
    const otherPerson = await aobaCoordinator.post(
      '/api/requests/intake',
      intake({ newRequester: null, requesterPersonId: kawabePerson.id }),
    );
    expect(otherPerson.statusCode).toBe(403);
    // Residents cannot take requests for others at all.
    expect((await member.post('/api/requests/intake', intake())).statusCode).toBe(403);
  });

  it('moves through its lifecycle with history and reasons, and refuses moves that are not allowed', async () => {
    const request = await post(member, '/api/requests/organisation', organisationRequest({ title: '公園の落ち葉掃き' }));
    const move = (client: TestClient, to: string, reason?: string) => client.post(`/api/requests/${request.id}/status`, { to, reason });

    expect((await move(member, 'open')).statusCode).toBe(403);
    const byMatching = await move(aobaCoordinator, 'matched');
    expect(byMatching.statusCode).toBe(409);
    expect(byMatching.json<ApiErrorBody>().message).toContain('打診とマッチングの承認で変わります');
    const skipped = await move(aobaCoordinator, 'done');
    expect(skipped.statusCode).toBe(409);
    expect((await move(aobaCoordinator, 'draft')).json<ApiErrorBody>().message).toBe(skipped.json<ApiErrorBody>().message);
    expect(skipped.json<ApiErrorBody>().message).toBe(
      'この依頼は、いまの状態からその状態には変えられません。画面を読み込み直して、いまの状態をご確認ください。',
    );

    expect((await move(aobaCoordinator, 'open')).statusCode).toBe(200);
    const noReason = await move(aobaCoordinator, 'unfulfilled', '  ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ApiErrorBody>().fields).toEqual({ reason: '依頼を取り消す、または見送る場合は、理由を入力してください。' });
    const closed = await move(aobaCoordinator, 'unfulfilled', '期日までに活動できる方が見つからなかったため。');
    expect(closed.statusCode).toBe(200);
    expect(closed.json<RequestDetail>().history.map(({ from, to, reason }) => ({ from, to, reason }))).toEqual([
      { from: null, to: 'submitted', reason: null },
      { from: 'submitted', to: 'open', reason: null },
      { from: 'open', to: 'unfulfilled', reason: '期日までに活動できる方が見つからなかったため。' },
    ]);
    expect((await move(aobaCoordinator, 'open')).statusCode).toBe(409);
    const edit = await aobaCoordinator.patch(`/api/requests/${request.id}`, { headcount: 2 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<ApiErrorBody>().message).toContain('内容を変えられません');

    // The requester cancels their own, with a reason; they do not see who moved it.
    const own = await post(member, '/api/requests/organisation', organisationRequest({ title: '町内の清掃' }));
    expect((await member.post(`/api/requests/${own.id}/status`, { to: 'cancelled' })).statusCode).toBe(400);
    const cancelled = await member.post(`/api/requests/${own.id}/status`, { to: 'cancelled', reason: '雨天のため中止します。' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<RequestDetail>()).toMatchObject({ status: 'cancelled' });
    expect(cancelled.json<RequestDetail>().history.at(-1)).toMatchObject({
      to: 'cancelled',
      reason: '雨天のため中止します。',
      byName: null,
    });

    // The service's own move (the matching flow uses it) refuses the same way.
    const requests = app.get(RequestsService);
    await expect(requests.moveStatus(null, own.id, RequestStatus.Open)).rejects.toMatchObject({ messageKey: 'requestTransitionRefused' });
  });

  it('keeps another district’s coordinator out and leaves the request off their list', async () => {
    const request = await post(member, '/api/requests/organisation', organisationRequest({ title: '花壇の水やり' }));
    const detail = await kawabeCoordinator.get(`/api/requests/${request.id}`);
    expect(detail.statusCode).toBe(403);
    expect(detail.json<ApiErrorBody>().message).toBe('この依頼は、あなたが担当するセンターのものではありません。');
    expect((await kawabeCoordinator.patch(`/api/requests/${request.id}`, { headcount: 1 })).statusCode).toBe(403);
    expect((await kawabeCoordinator.post(`/api/requests/${request.id}/status`, { to: 'open' })).statusCode).toBe(403);
    expect(await listIds(kawabeCoordinator)).not.toContain(request.id);
    expect(
      (await kawabeCoordinator.get('/api/requests?pageSize=100')).json<RequestPage>().items.every((item) => item.centerId === kawabe.id),
    ).toBe(true);
    // The ward center covers its districts; admins see all.
    expect(await listIds(wardCoordinator)).toContain(request.id);
    expect(await listIds(admin, '&status=submitted')).toContain(request.id);
    await expect(
      app
        .get(RequestsService)
        .findInScope({ accountId: 'x', sessionId: 'x', grants: [{ role: Role.Coordinator, centerId: kawabe.id }] }, request.id),
    ).rejects.toMatchObject({ messageKey: 'requestOutsideCenter' });
  });

  it('shows the address to the center and the requester, sensitive notes to coordinators only, and audits the reads', async () => {
    const request = await post(
      aobaCoordinator,
      '/api/requests/intake',
      intake({ sensitiveNotes: '軽い認知症があります。', sensitiveConsent: true, accessibilityNotes: 'ゆっくり話してください。' }),
    );
    const personId = request.requesterPersonId as string;

    const read = (await aobaCoordinator.get(`/api/requests/${request.id}`)).json<RequestDetail>();
    expect(read).toMatchObject({
      address: 'つなぐ区青葉2-7-11',
      sensitiveNotes: '軽い認知症があります。',
      accessibilityNotes: 'ゆっくり話してください。',
    });
    const log = (await admin.get(`/api/audit-log?subjectPersonId=${personId}&action=read`)).json<Page<AuditLogEntry>>();
    expect(log.items[0]).toMatchObject({ action: 'read', reason: 'coordination', detail: `request:${request.id}` });

    // A resident with nothing to do with it is refused; the list does not show it.
    const stranger = (await signedInClient(app)).client;
    expect((await stranger.get(`/api/requests/${request.id}`)).statusCode).toBe(403);
    expect(await listIds(stranger)).not.toContain(request.id);

    // The member sees the address of their group's request, never its sensitive notes.
    const own = await post(
      member,
      '/api/requests/organisation',
      organisationRequest({ title: '視覚障害のある方の散歩の付き添い', sensitiveNotes: '全盲の方です。', sensitiveConsent: true }),
    );
    const asMember = (await member.get(`/api/requests/${own.id}`)).json<RequestDetail>();
    expect(asMember).toMatchObject({ address: 'つなぐ区若葉台3-12-6', sensitiveNotes: null });
    expect(JSON.stringify(asMember)).not.toContain('全盲');
    // What is stored carries the consent it was given under.
    const stored = await app.get(DataSource).getRepository(VolunteerRequest).findOneByOrFail({ id: own.id });
    expect(stored).toMatchObject({
      sensitiveNotes: '全盲の方です。',
      sensitiveConsentVersion: CURRENT_CONSENT_VERSION[ConsentPurpose.SensitiveData],
      sensitiveConsentAt: expect.any(Date),
    });
    // A coordinator's read without an address or sensitive notes is not a read of personal data.
    const plain = await post(member, '/api/requests/organisation', organisationRequest({ title: '公民館の椅子の運び出し', address: null }));
    const before = (await admin.get('/api/audit-log?action=read&pageSize=100')).json<Page<AuditLogEntry>>().total;
    await aobaCoordinator.get(`/api/requests/${plain.id}`);
    expect((await admin.get('/api/audit-log?action=read&pageSize=100')).json<Page<AuditLogEntry>>().total).toBe(before);

    // Erased on the person's request: the request stays for the figures, cancelled (nobody can help them now),
    // without what it said about them.
    expect((await aobaCoordinator.delete(`/api/people/${personId}?reason=persons-request`)).statusCode).toBe(204);
    const afterErasure = (await aobaCoordinator.get(`/api/requests/${request.id}`)).json<RequestDetail>();
    expect(afterErasure).toMatchObject({
      status: 'cancelled',
      requesterLabel: '（削除済み）',
      description: '',
      address: null,
      sensitiveNotes: null,
      accessibilityNotes: null,
    });
    expect(afterErasure.history.at(-1)).toMatchObject({
      from: 'open',
      to: 'cancelled',
      byName: null,
      reason: '依頼した方の登録が削除されたため',
    });
  });

  it('asks a guide-help outing for 同行援護従業者 whatever else is chosen, and keeps it on edits', async () => {
    const outing = await post(
      aobaCoordinator,
      '/api/requests/intake',
      intake({
        title: '区役所での手続きへの同行',
        categoryCodes: ['guide-help'],
        schedule: { kind: 'once', date: comingSaturday(), startTime: '13:30', endTime: '16:00' },
        requiredQualifications: [],
      }),
    );
    expect(outing.requiredQualifications).toEqual(['accompanying-guide']);
    const edited = await aobaCoordinator.patch(`/api/requests/${outing.id}`, { requiredQualifications: ['sign-language-interpreter'] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<RequestDetail>().requiredQualifications).toEqual(['accompanying-guide', 'sign-language-interpreter']);
  });

  it('edits fields while the request can still change, and keeps the matching columns in step with the schedule', async () => {
    const request = await post(member, '/api/requests/organisation', organisationRequest({ title: 'スマホ教室のお手伝い' }));
    const saturday = comingSaturday();
    const edited = await member.patch(`/api/requests/${request.id}`, {
      schedule: { kind: 'weekly', slots: [{ day: 'thu', period: 'afternoon' }], from: saturday, until: null },
      categoryCodes: ['digital-support'],
      title: '  サロンのスマホ教室のお手伝い  ',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<RequestDetail>()).toMatchObject({
      title: 'サロンのスマホ教室のお手伝い',
      schedule: { kind: 'weekly', slots: [{ day: 'thu', period: 'afternoon' }], from: saturday, until: null },
      categoryCodes: ['digital-support'],
      headcount: 3,
    });
    const stored = await app.get(DataSource).getRepository(VolunteerRequest).findOneByOrFail({ id: request.id });
    // Thursday afternoon: bit 3 * 3 + 1.
    expect(stored).toMatchObject({ scheduleKind: 'weekly', firstDate: saturday, lastDate: null, weeklySlotsMask: 1 << 10 });

    const cleared = await member.patch(`/api/requests/${request.id}`, { schedule: null, areaId: null });
    expect(cleared.json<ApiErrorBody>().fields).toEqual({
      schedule: '日時を入力してください。',
      areaId: '活動する地区を入力してください。',
    });
    // Someone else cannot edit it.
    const stranger = (await signedInClient(app)).client;
    expect((await stranger.patch(`/api/requests/${request.id}`, { headcount: 1 })).statusCode).toBe(403);
  });
});
