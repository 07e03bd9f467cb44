import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConsentPurpose, CURRENT_CONSENT_VERSION, Role, SESSION_COOKIE, type SignUpRequest } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { Account } from '../../src/accounts/account.entity';
import { RoleGrant } from '../../src/accounts/role-grant.entity';
import { VolunteerCenter } from '../../src/centers/volunteer-center.entity';
import { hashPassword } from '../../src/core/auth/passwords';
import { newSecretToken } from '../../src/core/auth/secret-token';
import { Session } from '../../src/core/auth/session.entity';
import { Person } from '../../src/people/person.entity';
import { TestClient } from '../test-client';

export const uniqueEmail = (prefix = 'resident') => `${prefix}.${randomUUID().slice(0, 8)}@example.jp`;

export function buildSignUp(overrides: Partial<SignUpRequest> = {}): SignUpRequest {
  return {
    email: uniqueEmail(),
    password: 'sakura-no-hana-2026',
    name: '山田 花子',
    nameKana: 'やまだ はなこ',
    locale: 'ja',
    consents: [{ purpose: ConsentPurpose.AccountRegistration, version: CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration] }],
    ...overrides,
  };
}

export async function centerByCode(app: NestFastifyApplication, code: string): Promise<VolunteerCenter> {
  return app.get(DataSource).getRepository(VolunteerCenter).findOneByOrFail({ code });
}

/**
 * A verified account holding the given roles, signed in on a new client. The session is made
 * directly, so tests of other things do not spend the login rate limit.
 */
export async function signedInClient(
  app: NestFastifyApplication,
  grants: { role: Role; centerId?: string | null }[] = [{ role: Role.Resident }],
): Promise<{ client: TestClient; accountId: string; email: string; password: string }> {
  const dataSource = app.get(DataSource);
  const ward = await centerByCode(app, 'ward');
  const password = 'correct horse battery staple';
  const account = await dataSource.getRepository(Account).save({
    email: uniqueEmail(grants[0]?.role ?? 'person'),
    passwordHash: await hashPassword(password),
    emailVerifiedAt: new Date(),
    locale: 'ja',
  });
  await dataSource
    .getRepository(Person)
    .save({ accountId: account.id, centerId: ward.id, name: 'テスト 利用者', nameKana: 'てすと りようしゃ' });
  await dataSource
    .getRepository(RoleGrant)
    .save(grants.map((grant) => ({ accountId: account.id, role: grant.role, centerId: grant.centerId ?? null })));
  const { token, hash } = newSecretToken();
  await dataSource.getRepository(Session).save({ accountId: account.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3600_000) });
  const client = new TestClient(app);
  client.setCookie(SESSION_COOKIE, token);
  return { client, accountId: account.id, email: account.email, password };
}
