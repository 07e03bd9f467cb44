import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApiErrorBody, Role } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { VolunteerEnquiry } from '../src/volunteer-enquiries/volunteer-enquiry.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { buildVolunteerEnquiry } from './factories/volunteer-enquiry.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';

/** Bad input gets a 400 that names the field in the reader's language: never a 500, and nothing half-saved. */
describe('malformed input at the edge of the API', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let coordinator: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    coordinator = (await signedInClient(app, [{ role: Role.Coordinator, centerId: (await centerByCode(app, 'ward')).id }])).client;
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
  });
  afterAll(() => app.close());

  const countEnquiries = () => dataSource.getRepository(VolunteerEnquiry).count();

  it('refuses text PostgreSQL cannot store (NUL, a lone surrogate), naming the field, and keeps nothing', async () => {
    const before = await countEnquiries();
    const refused = await new TestClient(app).post(
      '/api/volunteer-enquiries',
      buildVolunteerEnquiry({ interests: '草むしり\u0000', email: 'hanako\ud800@example.jp' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ApiErrorBody>()).toMatchObject({
      message: '入力内容を確認してください。',
      fields: {
        interests: 'やってみたいことに、使えない文字が入っています。入力し直してください。',
        email: 'メールアドレスに、使えない文字が入っています。入力し直してください。',
      },
    });
    expect(await countEnquiries()).toBe(before);

    const english = await new TestClient(app, 'en').post('/api/volunteer-enquiries', buildVolunteerEnquiry({ name: '山田\u0000花子' }));
    expect(english.json<ApiErrorBody>().fields).toEqual({ name: 'Name contains characters that cannot be used. Please type it again.' });

    // The same in a query and in a nested field.
    const search = await coordinator.get('/api/people?q=%00');
    expect(search.statusCode).toBe(400);
    expect(search.json<ApiErrorBody>().fields).toEqual({ q: '検索することばに、使えない文字が入っています。入力し直してください。' });
    const nested = await coordinator.put('/api/me/skill-profile', {
      step: 1,
      submit: false,
      skills: [{ categoryCode: 'garden-work', ownWords: '草\u0000むしり', level: 'beginner' }],
    });
    expect(nested.json<ApiErrorBody>().fields).toEqual({
      'skills.0.ownWords': '特技の内容に、使えない文字が入っています。入力し直してください。',
    });
  });

  it('refuses a body nested thousands deep with a 400, not a stack overflow', async () => {
    const deep = await new TestClient(app).postRaw('/api/volunteer-enquiries', `{"interests":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json<ApiErrorBody>().fields).toEqual({ interests: 'やってみたいことの内容を確認してください。' });
  });

  it('refuses a page number far past any list, which would overflow the database offset', async () => {
    for (const url of ['/api/people?page=1e20', '/api/requests?page=99999999999999999999', '/api/skills/listing?page=1e308']) {
      const response = await coordinator.get(url);
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiErrorBody>().fields).toEqual({ page: 'ページは1000000以下にしてください。' });
    }
    expect((await coordinator.get('/api/people?page=1000000')).statusCode).toBe(200);
  });

  it('takes dates only as real YYYY-MM-DD days (week dates and year-months are refused)', async () => {
    const birthDate = await coordinator.post('/api/people/duplicate-check', { name: 'やまだ はなこ', birthDate: '2026-W01-1' });
    expect(birthDate.statusCode).toBe(400);
    expect(birthDate.json<ApiErrorBody>().fields).toEqual({ birthDate: '生年月日を正しい日付で入力してください（例：1944-04-01）。' });

    const auditFrom = await admin.get('/api/audit-log?from=2026-11&to=2026-W48-1');
    expect(auditFrom.statusCode).toBe(400);
    expect(Object.keys(auditFrom.json<ApiErrorBody>().fields ?? {}).sort()).toEqual(['from', 'to']);
    expect((await admin.get('/api/audit-log?from=2026-11-01&to=2026-11-30')).statusCode).toBe(200);
  });
});
