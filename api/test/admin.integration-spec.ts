import './test-env';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApiErrorBody, type AreaSummary, type CenterSummary, Role, type StaffGrant, type Viewer } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { DEMO_STAFF_PASSWORD } from '../src/demo-data/demo-staff';
import { signedInClient } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';

describe('admin: centers, areas and who is staff', () => {
  let app: NestFastifyApplication;
  let admin: TestClient;

  beforeAll(async () => {
    app = await createHttpApp();
    await loadDemoData(app.get(DataSource));
    admin = (await signedInClient(app, [{ role: Role.Admin }])).client;
  });
  afterAll(() => app.close());

  it('opens a 災害ボランティアセンター with an area, renames it, and refuses a taken code', async () => {
    const code = `disaster-${Date.now()}`;
    const created = await admin.post('/api/centers', {
      code,
      kind: 'disaster',
      nameJa: '台風災害ボランティアセンター',
      nameKana: 'たいふうさいがいぼらんてぃあせんたー',
      nameEn: 'Typhoon Disaster Volunteer Center',
    });
    expect(created.statusCode).toBe(201);
    const center = created.json<CenterSummary>();
    expect(center).toMatchObject({ kind: 'disaster', parentId: expect.any(String) });

    const area = await admin.post(`/api/centers/${center.id}/areas`, {
      code: `${code}-river`,
      nameJa: '川沿い地区',
      nameKana: 'かわぞいちく',
      nameEn: 'Riverside',
    });
    expect(area.statusCode).toBe(201);
    expect(area.json<AreaSummary>()).toMatchObject({ nameJa: '川沿い地区', centerNameJa: '台風災害ボランティアセンター' });

    const renamed = await admin.patch(`/api/centers/${center.id}`, { nameJa: '台風第5号 災害ボランティアセンター' });
    expect(renamed.json<CenterSummary>()).toMatchObject({
      nameJa: '台風第5号 災害ボランティアセンター',
      nameEn: 'Typhoon Disaster Volunteer Center',
    });

    // A name can be changed but not cleared: null is refused by its field, and the name stays.
    const cleared = await admin.patch(`/api/centers/${center.id}`, { nameJa: null, nameKana: null });
    expect(cleared.statusCode).toBe(400);
    expect(cleared.json<ApiErrorBody>().fields).toEqual({
      nameJa: '名前（日本語）を文字で入力してください。',
      nameKana: 'ふりがなを文字で入力してください。',
    });
    const areaCleared = await admin.patch(`/api/areas/${area.json<AreaSummary>().id}`, { nameEn: null });
    expect(areaCleared.json<ApiErrorBody>().fields).toEqual({ nameEn: '名前（英語）を文字で入力してください。' });
    expect((await admin.get('/api/centers')).json<CenterSummary[]>().find(({ id }) => id === center.id)?.nameJa).toBe(
      '台風第5号 災害ボランティアセンター',
    );

    const taken = await admin.post('/api/centers', { code, kind: 'district', nameJa: 'x', nameKana: 'えっくす', nameEn: 'x' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json<ApiErrorBody>().fields).toEqual({ code: 'このコードは、すでに使われています。別のコードにしてください。' });
  });

  it('names a wrong kind of center センターの種類 (organisations have 団体・企業の種類)', async () => {
    const wrong = await admin.post('/api/centers', {
      code: `ward-${Date.now()}`,
      kind: 'ward',
      nameJa: 'x',
      nameKana: 'えっくす',
      nameEn: 'x',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ApiErrorBody>().fields).toEqual({ kind: 'センターの種類を選択肢から選んでください。' });
  });

  it('makes a registered person a coordinator of a center, and takes it back', async () => {
    const { client: person, email } = await signedInClient(app, [{ role: Role.Resident }]);
    const centers = (await admin.get('/api/centers')).json<CenterSummary[]>();
    const sakuradai = centers.find((center) => center.nameJa === '桜台地区ボランティアセンター') as CenterSummary;

    const noCenter = await admin.post('/api/staff-grants', { email, role: Role.Coordinator });
    expect(noCenter.json<ApiErrorBody>().fields).toEqual({ centerId: 'コーディネーターには、担当するセンターを選んでください。' });
    const unknown = await admin.post('/api/staff-grants', { email: 'nobody@example.jp', role: Role.Coordinator, centerId: sakuradai.id });
    expect(unknown.json<ApiErrorBody>().fields?.['email']).toContain('アカウントが見つかりません');

    const granted = await admin.post('/api/staff-grants', { email, role: Role.Coordinator, centerId: sakuradai.id });
    expect(granted.statusCode).toBe(201);
    const grant = granted.json<StaffGrant[]>().find((row) => row.email === email) as StaffGrant;
    expect(grant).toMatchObject({ role: 'coordinator', centerNameJa: '桜台地区ボランティアセンター', name: 'テスト 利用者' });
    expect((await person.get('/api/people')).statusCode).toBe(200);

    expect((await admin.delete(`/api/staff-grants/${grant.id}`)).statusCode).toBe(204);
    expect((await person.get('/api/people')).statusCode).toBe(403);
  });

  it('loads demo staff once, who can log in with the documented password', async () => {
    await loadDemoData(app.get(DataSource));
    const login = await new TestClient(app).post('/api/sessions', { email: 'aoba@tsunagu.example', password: DEMO_STAFF_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json<Viewer>().roles).toEqual([
      expect.objectContaining({ role: 'coordinator', centerNameJa: '青葉地区ボランティアセンター' }),
    ]);
  });
});
