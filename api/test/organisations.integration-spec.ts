import './test-env';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type ApiErrorBody,
  type OrganisationApplication,
  type OrganisationApplicationRequest,
  OrganisationKind,
  type OrganisationSummary,
  type Page,
  Role,
  type Viewer,
} from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { Account } from '../src/accounts/account.entity';
import type { VolunteerCenter } from '../src/centers/volunteer-center.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Organisation } from '../src/organisations/organisation.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { type CaughtMail, waitForMailsTo } from './mail-catcher';
import type { TestClient } from './test-client';
import { createWorker } from './worker-app';

describe('団体・企業の登録申請: apply, decide by the center, notify by mail', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let aoba: VolunteerCenter;
  let kawabe: VolunteerCenter;
  let aobaCoordinator: TestClient;
  let aobaCoordinatorId: string;
  let kawabeCoordinator: TestClient;

  beforeAll(async () => {
    app = await createHttpApp();
    await loadDemoData(app.get(DataSource));
    worker = await createWorker();
    aoba = await centerByCode(app, 'district-aoba');
    kawabe = await centerByCode(app, 'district-kawabe');
    const coordinator = await signedInClient(app, [{ role: Role.Coordinator, centerId: aoba.id }]);
    aobaCoordinator = coordinator.client;
    aobaCoordinatorId = coordinator.accountId;
    kawabeCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client;
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const application = (overrides: Partial<OrganisationApplicationRequest> = {}): OrganisationApplicationRequest => ({
    kind: OrganisationKind.Npo,
    name: 'NPO法人 青葉みまもりの会',
    nameKana: 'あおばみまもりのかい',
    centerId: aoba.id,
    representativeName: '青葉 一郎',
    phone: '03-1234-5678',
    email: 'info@aoba-mimamori.example.jp',
    address: 'つなぐ区青葉1-2-3',
    description: '一人暮らしの高齢者の見守りと、月に一度の食事会をしています。',
    ...overrides,
  });

  /** A member who applies for a group; returns the application as they see it. */
  async function applyAsMember(overrides: Partial<OrganisationApplicationRequest> = {}) {
    const member = await signedInClient(app);
    const response = await member.client.post('/api/organisations', application(overrides));
    expect(response.statusCode).toBe(201);
    return { ...member, organisation: response.json<OrganisationSummary>() };
  }

  const pendingFor = async (client: TestClient) => {
    const response = await client.get('/api/organisations?status=pending&pageSize=100');
    expect(response.statusCode).toBe(200);
    return response.json<Page<OrganisationApplication>>();
  };

  async function mailTo(email: string, subject: string): Promise<CaughtMail> {
    const mails = await waitForMailsTo(email);
    const mail = mails.find((candidate) => candidate.subject === subject);
    if (!mail) throw new Error(`No mail "${subject}" among: ${mails.map((each) => each.subject).join(', ')}`);
    return mail;
  }

  it('takes an NPO application as pending and shows it to its member', async () => {
    const { client, organisation } = await applyAsMember();
    expect(organisation).toMatchObject({
      kind: 'npo',
      name: 'NPO法人 青葉みまもりの会',
      centerId: aoba.id,
      centerNameJa: '青葉地区ボランティアセンター',
      centerNameEn: 'Aoba District Volunteer Center',
      status: 'pending',
      decisionReason: null,
      decidedAt: null,
    });
    const mine = (await client.get('/api/me/organisations')).json<OrganisationSummary[]>();
    expect(mine).toEqual([organisation]);
    // Someone else's list stays empty.
    const other = await signedInClient(app);
    expect((await other.client.get('/api/me/organisations')).json()).toEqual([]);
  });

  it("shows an application to its district's coordinators and the ward's, not to another district's", async () => {
    const { organisation } = await applyAsMember();
    const wardCoordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: (await centerByCode(app, 'ward')).id }]))
      .client;
    const admin = (await signedInClient(app, [{ role: Role.Admin }])).client;

    const aobaQueue = await pendingFor(aobaCoordinator);
    expect(aobaQueue.items.find((item) => item.id === organisation.id)).toMatchObject({
      representativeName: '青葉 一郎',
      phone: '03-1234-5678',
      email: 'info@aoba-mimamori.example.jp',
      description: '一人暮らしの高齢者の見守りと、月に一度の食事会をしています。',
      applicantName: 'テスト 利用者',
    });
    expect(aobaQueue.items.every((item) => item.centerId === aoba.id && item.status === 'pending')).toBe(true);
    expect((await pendingFor(wardCoordinator)).items.map((item) => item.id)).toContain(organisation.id);
    expect((await pendingFor(admin)).items.map((item) => item.id)).toContain(organisation.id);
    expect((await pendingFor(kawabeCoordinator)).items.map((item) => item.id)).not.toContain(organisation.id);

    const paged = (await aobaCoordinator.get('/api/organisations?status=pending&pageSize=1')).json<Page<OrganisationApplication>>();
    expect(paged).toMatchObject({ page: 1, pageSize: 1, total: aobaQueue.total });
    expect(paged.items).toHaveLength(1);
  });

  it("refuses a decision by another district's coordinator and leaves the application pending", async () => {
    const { organisation } = await applyAsMember();
    const approve = await kawabeCoordinator.post(`/api/organisations/${organisation.id}/approve`, {});
    expect(approve.statusCode).toBe(403);
    expect(approve.json<ApiErrorBody>().message).toBe('この操作を行う権限がありません。');
    const reject = await kawabeCoordinator.post(`/api/organisations/${organisation.id}/reject`, {
      reason: '対象外です。',
    });
    expect(reject.statusCode).toBe(403);
    const stored = await app.get(DataSource).getRepository(Organisation).findOneByOrFail({ id: organisation.id });
    expect(stored).toMatchObject({ status: 'pending', decidedAt: null, decidedByAccountId: null });
  });

  it('approves: grants the organisation role, records who decided when, and mails the applicant', async () => {
    const { client, email, organisation } = await applyAsMember();
    const before = Date.now();
    // A note is optional: the request may have no body at all.
    const response = await aobaCoordinator.post(`/api/organisations/${organisation.id}/approve`);
    expect(response.statusCode).toBe(200);
    const approved = response.json<OrganisationSummary>();
    expect(approved).toMatchObject({
      id: organisation.id,
      status: 'approved',
      decisionReason: null,
    });
    expect(new Date(approved.decidedAt as string).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const stored = await app.get(DataSource).getRepository(Organisation).findOneByOrFail({ id: organisation.id });
    expect(stored.decidedByAccountId).toBe(aobaCoordinatorId);

    const me = (await client.get('/api/me')).json<Viewer>();
    expect(me.roles.map((grant) => grant.role).sort()).toEqual([Role.OrganisationMember, Role.Resident].sort());
    expect((await client.get('/api/me/organisations')).json<OrganisationSummary[]>()).toEqual([approved]);
    expect((await pendingFor(aobaCoordinator)).items.map((item) => item.id)).not.toContain(organisation.id);

    const mail = await mailTo(email, '【つなぐ】団体・企業の登録申請を承認しました');
    expect(mail.text).toContain('テスト 利用者 様');
    expect(mail.text).toContain('「NPO法人 青葉みまもりの会」の登録申請をいただき、ありがとうございます。');
    expect(mail.text).toContain('青葉地区ボランティアセンターで内容を確認し、登録を承認しました。');
    expect(mail.text).toContain('http://localhost:3000/me');
    expect(mail.text).toContain('つなぐ区社会福祉協議会');
  });

  it('decides only once: a second decision is a conflict, in plain words', async () => {
    const { email, organisation } = await applyAsMember();
    expect((await aobaCoordinator.post(`/api/organisations/${organisation.id}/approve`, {})).statusCode).toBe(200);
    const again = await aobaCoordinator.post(`/api/organisations/${organisation.id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiErrorBody>().message).toBe(
      'この申請は、すでに承認または非承認が決まっています。画面を読み込み直して、ご確認ください。',
    );
    const reject = await aobaCoordinator.post(`/api/organisations/${organisation.id}/reject`, {
      reason: '重複です。',
    });
    expect(reject.statusCode).toBe(409);
    expect(await waitForMailsTo(email)).toHaveLength(1);
  });

  it('rejects only with a reason, quotes it in the mail and grants no role', async () => {
    const { client, email, organisation } = await applyAsMember({
      kind: OrganisationKind.VolunteerGroup,
      name: 'みどり川そうじ隊',
    });
    const noReason = await aobaCoordinator.post(`/api/organisations/${organisation.id}/reject`, {
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ApiErrorBody>().fields).toEqual({
      reason: '承認しない場合は、理由を入力してください。理由は、申請した方へのメールでお知らせします。',
    });
    expect((await aobaCoordinator.post(`/api/organisations/${organisation.id}/reject`, {})).statusCode).toBe(400);

    const reason = '活動の場所が川辺地区のため、川辺地区ボランティアセンターへ申請してください。';
    const response = await aobaCoordinator.post(`/api/organisations/${organisation.id}/reject`, {
      reason,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<OrganisationSummary>()).toMatchObject({
      status: 'rejected',
      decisionReason: reason,
    });

    const mail = await mailTo(email, '【つなぐ】団体・企業の登録申請について');
    expect(mail.text).toContain('「みどり川そうじ隊」の登録申請をいただき');
    expect(mail.text).toContain(`■ 理由\n${reason}`);
    expect(mail.text).toContain('下記の電話番号までお問い合わせください。');
    expect(mail.text).toContain('電話：03-0000-0000');

    const me = (await client.get('/api/me')).json<Viewer>();
    expect(me.roles.map((grant) => grant.role)).toEqual([Role.Resident]);
    expect((await client.get('/api/me/organisations')).json<OrganisationSummary[]>()).toMatchObject([
      { id: organisation.id, status: 'rejected', decisionReason: reason },
    ]);
  });

  it('grants a shop the company role, and writes to an English-speaking applicant in English', async () => {
    const { client, accountId, email, organisation } = await applyAsMember({
      kind: OrganisationKind.Shop,
      name: 'Aoba Bakery',
      nameKana: undefined,
    });
    await app.get(DataSource).getRepository(Account).update({ id: accountId }, { locale: 'en' });
    const admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
    const response = await admin.post(`/api/organisations/${organisation.id}/approve`, {
      reason: 'Welcome to the partner shops!',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<OrganisationSummary>().decisionReason).toBe('Welcome to the partner shops!');

    const me = (await client.get('/api/me')).json<Viewer>();
    expect(me.roles.map((grant) => grant.role)).toContain(Role.CompanyMember);
    expect(me.roles.map((grant) => grant.role)).not.toContain(Role.OrganisationMember);

    const mail = await mailTo(email, '[Tsunagu] Your group registration has been approved');
    expect(mail.text).toContain('Dear テスト 利用者,');
    expect(mail.text).toContain('Aoba District Volunteer Center has approved the registration.');
    expect(mail.text).toContain('■ A note from the center\nWelcome to the partner shops!');
  });

  it('answers an unknown application with 404', async () => {
    const admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
    const response = await admin.post('/api/organisations/00000000-0000-4000-8000-000000000000/approve', {});
    expect(response.statusCode).toBe(404);
    expect(response.json<ApiErrorBody>().message).toBe('お探しの情報が見つかりません。');
  });

  it('refuses bad input with a Japanese message per field, and saves nothing', async () => {
    const { client } = await signedInClient(app);
    const count = () => app.get(DataSource).getRepository(Organisation).count();
    const before = await count();
    const refused = await client.post(
      '/api/organisations',
      application({
        kind: 'club' as OrganisationKind,
        name: ' ',
        nameKana: 'Aoba',
        representativeName: '',
        phone: 'call me',
        email: 'not-an-email',
        description: '',
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ApiErrorBody>()).toMatchObject({
      message: '入力内容を確認してください。',
      fields: {
        kind: '団体・企業の種類を選択肢から選んでください。',
        name: '団体・企業の名前を入力してください。',
        nameKana: 'ふりがなは、ひらがなかカタカナで入力してください。',
        representativeName: '代表者のお名前を入力してください。',
        phone: '電話番号は、数字とハイフンで入力してください（例：03-1234-5678）。',
        email: 'メールアドレスの形式が正しくありません（例：taro@example.jp）。',
        description: '活動の内容を入力してください。',
      },
    });

    const unknownCenter = await client.post('/api/organisations', application({ centerId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownCenter.statusCode).toBe(400);
    expect(unknownCenter.json<ApiErrorBody>().fields).toEqual({
      centerId: 'センターを一覧から選んでください。',
    });

    const tooLong = await client.post('/api/organisations', application({ name: 'あ'.repeat(101) }));
    expect(tooLong.json<ApiErrorBody>().fields).toEqual({
      name: '団体・企業の名前は100文字以内で入力してください。',
    });
    expect(await count()).toBe(before);
  });
});
