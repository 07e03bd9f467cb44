import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiErrorBody, AreaSummary, VolunteerEnquiryReceipt } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../src/core/outbox/outbox-message.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { VolunteerEnquiry } from '../src/volunteer-enquiries/volunteer-enquiry.entity';
import { buildVolunteerEnquiry } from './factories/volunteer-enquiry.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';

describe('「ボランティアに興味がある」 enquiries (API → PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let areas: AreaSummary[];

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    areas = (await app.inject({ method: 'GET', url: '/api/areas' })).json<AreaSummary[]>();
  });

  afterAll(() => app.close());

  const post = (body: unknown, language = 'ja') => {
    const client = new TestClient(app, language);
    const url = '/api/volunteer-enquiries';
    return typeof body === 'string' ? client.postRaw(url, body) : client.post(url, body);
  };
  const countEnquiries = () => dataSource.getRepository(VolunteerEnquiry).count();

  it('lists the demo areas under their district centers, once even when demo data loads again', async () => {
    await loadDemoData(dataSource);
    const again = (await app.inject({ method: 'GET', url: '/api/areas' })).json<AreaSummary[]>();
    expect(again).toHaveLength(areas.length);
    // Other specs may open centers of their own; the demo ward has twelve school areas in four districts.
    const schoolAreas = areas.filter((area) => area.nameJa.endsWith('小学校区'));
    expect(schoolAreas).toHaveLength(12);
    expect(new Set(schoolAreas.map((area) => area.centerNameJa))).toEqual(
      new Set([
        '青葉地区ボランティアセンター',
        '桜台地区ボランティアセンター',
        '川辺地区ボランティアセンター',
        '南町地区ボランティアセンター',
      ]),
    );
  });

  it('saves an enquiry with its thank-you mail in the outbox, in one go', async () => {
    const area = areas.find((a) => a.nameJa === '桜台小学校区') as AreaSummary;
    const response = await post(buildVolunteerEnquiry({ areaId: area.id, nameKana: 'サクラ タロウ' }));

    expect(response.statusCode).toBe(201);
    const receipt = response.json<VolunteerEnquiryReceipt>();
    const saved = await dataSource.getRepository(VolunteerEnquiry).findOneOrFail({
      where: { id: receipt.id },
      relations: { center: true },
    });
    expect(saved.nameKana).toBe('さくら たろう');
    expect(saved.center.nameJa).toBe('桜台地区ボランティアセンター');
    const message = await dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ idempotencyKey: `volunteer-enquiry-thanks.${receipt.id}` });
    expect(message.payload).toMatchObject({ to: saved.email, locale: 'ja', params: { areaName: '桜台小学校区' } });
  });

  it('gives an enquiry without an area to the ward center', async () => {
    const response = await post(buildVolunteerEnquiry({ areaId: '' }));
    expect(response.statusCode).toBe(201);
    const saved = await dataSource.getRepository(VolunteerEnquiry).findOneOrFail({
      where: { id: response.json<VolunteerEnquiryReceipt>().id },
      relations: { center: true },
    });
    expect(saved.areaId).toBeNull();
    expect(saved.center.nameJa).toBe('つなぐ区ボランティアセンター');
  });

  it('answers bad input with a message per field in Japanese, and saves nothing', async () => {
    const before = await countEnquiries();
    const response = await post(buildVolunteerEnquiry({ name: '  ', nameKana: '山田', email: 'hanako@', consentGiven: false }));

    expect(response.statusCode).toBe(400);
    const body = response.json<ApiErrorBody>();
    expect(body.message).toBe('入力内容を確認してください。');
    expect(body.fields).toEqual({
      name: 'お名前を入力してください。',
      nameKana: 'ふりがなは、ひらがなかカタカナで入力してください。',
      email: 'メールアドレスの形式が正しくありません（例：taro@example.jp）。',
      consentGiven: '個人情報の取り扱いへの同意が必要です。内容を読んで、チェックを入れてください。',
    });
    expect(await countEnquiries()).toBe(before);
  });

  it('asks for ふりがな only when the name has kanji', async () => {
    const withKanji = await post(buildVolunteerEnquiry({ name: '山田 花子', nameKana: '' }));
    expect(withKanji.statusCode).toBe(400);
    expect(withKanji.json<ApiErrorBody>().fields).toEqual({ nameKana: 'ふりがなを入力してください。' });

    const latin = await post(buildVolunteerEnquiry({ name: 'Maria Santos', nameKana: undefined, locale: 'en' }));
    expect(latin.statusCode).toBe(201);
    const saved = await dataSource.getRepository(VolunteerEnquiry).findOneByOrFail({ id: latin.json<VolunteerEnquiryReceipt>().id });
    expect(saved.nameKana).toBeNull();
  });

  it('words the same errors in English for an English browser', async () => {
    const response = await post(buildVolunteerEnquiry({ email: '', interests: 'x'.repeat(2001) }), 'en-GB,en;q=0.9');
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiErrorBody>()).toMatchObject({
      message: 'Please check what you entered.',
      fields: { email: 'Enter email address.', interests: 'What you would like to do must be 2000 characters or fewer.' },
    });
  });

  it('refuses an area that does not exist and a consent text that has changed', async () => {
    const response = await post(buildVolunteerEnquiry({ areaId: '00000000-0000-4000-8000-000000000000', consentVersion: '2020-01-01' }));
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiErrorBody>().fields).toEqual({
      consentVersion: '同意の内容が新しくなりました。ページを読み込み直して、内容をご確認ください。',
    });

    const unknownArea = await post(buildVolunteerEnquiry({ areaId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json<ApiErrorBody>().fields).toEqual({ areaId: 'お住まいの地区を一覧から選んでください。' });
  });

  it('answers malformed JSON and unknown fields with a 400, not a 500', async () => {
    const malformed = await post('{"name": ');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ApiErrorBody>().message).toBe('リクエストの内容が正しくありません。');

    const extra = await post({ ...buildVolunteerEnquiry(), isAdmin: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<ApiErrorBody>().fields).toEqual({ isAdmin: 'この項目は受け付けていません。' });
  });

  it('reports the database, Redis and the queue as up', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' }, queue: { status: 'up' } },
    });
  });
});
