import './test-env';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApiErrorBody, type ConsentRecord, Role, SESSION_COOKIE, type Viewer } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { Consent } from '../src/consents/consent.entity';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { buildSignUp, signedInClient, uniqueEmail } from './factories/account.factory';
import { createHttpApp } from './http-app';
import { tokenInMail, waitForMailsTo } from './mail-catcher';
import { TestClient } from './test-client';
import { createWorker } from './worker-app';

describe('accounts: sign-up, verification by mail, login, logout, password reset', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    app = await createHttpApp();
    await loadDemoData(app.get(DataSource));
    worker = await createWorker();
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  async function signUpAndVerify(client: TestClient, overrides = {}) {
    const signUp = buildSignUp(overrides);
    expect((await client.post('/api/accounts', signUp)).statusCode).toBe(201);
    const [mail] = await waitForMailsTo(signUp.email);
    return { signUp, mail, token: tokenInMail(mail) };
  }

  it('signs a resident up, verifies them through the mailed link and logs them in', async () => {
    const client = new TestClient(app);
    const { signUp, mail, token } = await signUpAndVerify(client);
    expect(mail.subject).toBe('【つなぐ】メールアドレスの確認をお願いします');
    expect(mail.text).toContain('http://localhost:3000/verify-email?token=');

    const early = await client.post('/api/sessions', { email: signUp.email, password: signUp.password });
    expect(early.statusCode).toBe(403);
    expect(early.json<ApiErrorBody>().message).toContain('メールアドレスの確認が済んでいません');

    const verified = await client.post('/api/accounts/verify-email', { token });
    expect(verified.statusCode).toBe(200);
    expect(client.cookie(SESSION_COOKIE)).toBeDefined();
    const me = (await client.get('/api/me')).json<Viewer>();
    expect(me).toMatchObject({ email: signUp.email, name: '山田 花子', roles: [{ role: Role.Resident, centerId: null }] });

    const reused = await new TestClient(app).post('/api/accounts/verify-email', { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json<ApiErrorBody>().fields?.['token']).toContain('このリンクは使えません');

    expect((await client.delete('/api/sessions/current')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('records each consent with its version, and refuses a sign-up without the required one', async () => {
    const client = new TestClient(app);
    const refused = await client.post('/api/accounts', buildSignUp({ consents: [], password: 'short' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ApiErrorBody>().fields).toEqual({ password: 'パスワードは10文字以上で入力してください。' });

    const noConsent = await client.post('/api/accounts', buildSignUp({ consents: [] }));
    expect(noConsent.json<ApiErrorBody>().fields).toEqual({
      consents: '登録するには、利用目的への同意が必要です。内容を読んで、チェックを入れてください。',
    });

    const { token } = await signUpAndVerify(client);
    await client.post('/api/accounts/verify-email', { token });
    const me = (await client.get('/api/me')).json<Viewer>();
    const consents = await app
      .get(DataSource)
      .getRepository(Consent)
      .find({ where: { person: { accountId: me.accountId } } });
    expect(consents.map(({ purpose, version, withdrawnAt }) => ({ purpose, version, withdrawnAt }))).toEqual([
      { purpose: 'account-registration', version: '2026-11-23', withdrawnAt: null },
    ]);
  });

  it('lets a person give an optional consent later and withdraw it, but not the registration one', async () => {
    const { client } = await signedInClient(app);
    const sensitive = { purpose: 'sensitive-data', version: '2026-11-23' };
    const given = await client.post('/api/me/consents', sensitive);
    expect(given.statusCode).toBe(201);
    expect(given.json<ConsentRecord[]>()).toEqual([expect.objectContaining({ ...sensitive, withdrawnAt: null })]);

    const withdrawn = (await client.delete('/api/me/consents/sensitive-data')).json<ConsentRecord[]>();
    expect(withdrawn[0].withdrawnAt).not.toBeNull();

    const registration = await client.delete('/api/me/consents/account-registration');
    expect(registration.statusCode).toBe(400);
    expect(registration.json<ApiErrorBody>().fields?.['purpose']).toContain('登録を削除する');
    expect((await client.post('/api/me/consents', { ...sensitive, version: '2020-01-01' })).statusCode).toBe(400);
  });

  it('answers a sign-up with a taken address exactly like a new one, and tells the owner by mail', async () => {
    const client = new TestClient(app);
    const { signUp } = await signUpAndVerify(client);
    const again = await new TestClient(app).post('/api/accounts', { ...signUp, password: 'another-password-123' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ email: signUp.email });
    const mails = await waitForMailsTo(signUp.email, 2);
    expect(mails.map((mail) => mail.subject)).toContain('【つなぐ】このメールアドレスは登録済みです');
  });

  it('gives the same answer for a wrong password and an unknown address, and slows guessing down', async () => {
    const client = new TestClient(app);
    const { signUp, token } = await signUpAndVerify(client);
    await client.post('/api/accounts/verify-email', { token });

    const wrong = await new TestClient(app).post('/api/sessions', { email: signUp.email, password: 'not-the-password' });
    const unknown = await new TestClient(app).post('/api/sessions', { email: uniqueEmail(), password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ApiErrorBody>().message).toBe(unknown.json<ApiErrorBody>().message);

    const guesser = new TestClient(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await guesser.post('/api/sessions', { email: signUp.email, password: `guess-${attempt}` })).statusCode);
    }
    expect(statuses.slice(0, 9).every((status) => status === 401)).toBe(true);
    const blocked = await guesser.post('/api/sessions', { email: signUp.email, password: signUp.password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<ApiErrorBody>().message).toContain('15分ほどたってから');
  });

  it('resets a forgotten password by mail and ends every session that used the old one', async () => {
    const client = new TestClient(app);
    const { signUp, token } = await signUpAndVerify(client, { locale: 'en', name: 'Maria Santos', nameKana: undefined });
    await client.post('/api/accounts/verify-email', { token });
    expect((await client.get('/api/me')).statusCode).toBe(200);

    expect((await new TestClient(app).post('/api/password-resets', { email: signUp.email })).statusCode).toBe(202);
    expect((await new TestClient(app).post('/api/password-resets', { email: uniqueEmail() })).statusCode).toBe(202);
    const mails = await waitForMailsTo(signUp.email, 2);
    const resetMail = mails.find((mail) => mail.subject === '[Tsunagu] Set a new password');
    if (!resetMail) throw new Error(`No reset mail among: ${mails.map((mail) => mail.subject).join(', ')}`);
    expect(resetMail.text).toContain('Dear Maria Santos,');

    const confirm = await new TestClient(app).post('/api/password-resets/confirm', {
      token: tokenInMail(resetMail),
      password: 'a-brand-new-password',
    });
    expect(confirm.statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
    const login = await new TestClient(app).post('/api/sessions', { email: signUp.email, password: 'a-brand-new-password' });
    expect(login.statusCode).toBe(200);
  });

  it('logs out on every device at once', async () => {
    const { client: phone, email, password } = await signedInClient(app);
    const laptop = new TestClient(app);
    expect((await laptop.post('/api/sessions', { email, password })).statusCode).toBe(200);
    expect(laptop.cookie(SESSION_COOKIE)).not.toBe(phone.cookie(SESSION_COOKIE));
    const other = await signedInClient(app);

    expect((await phone.delete('/api/sessions')).statusCode).toBe(204);
    expect((await laptop.get('/api/me')).statusCode).toBe(401);
    expect((await other.client.get('/api/me')).statusCode).toBe(200);
  });

  it('refuses a state change without the CSRF token, in plain words', async () => {
    const client = new TestClient(app);
    await client.get('/api/health');
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json', cookie: `_csrf=${client.cookie('_csrf')}` },
      payload: JSON.stringify({ email: 'x@example.jp', password: 'whatever-long' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<ApiErrorBody>().message).toBe(
      'ページの有効期限が切れました。ページを読み込み直してから、もう一度お試しください。',
    );
  });
});
