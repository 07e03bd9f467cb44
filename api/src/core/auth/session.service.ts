import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SESSION_COOKIE } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { RoleGrant } from '../../accounts/role-grant.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';
import type { AuthenticatedViewer } from './viewer';

const SESSION_DAYS = 14;
const SESSION_MS = SESSION_DAYS * 24 * 3600 * 1000;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and puts its token in an httpOnly, SameSite cookie. */
  async start(reply: FastifyReply, accountId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const { token, hash } = newSecretToken();
    const session = await manager.save(
      manager.create(Session, { tokenHash: hash, accountId, expiresAt: new Date(Date.now() + SESSION_MS) }),
    );
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.PUBLIC_URL.startsWith('https:'),
      path: '/',
      maxAge: SESSION_MS / 1000,
    });
    return session.id;
  }

  /** The viewer behind a cookie's token, or null if it is unknown, expired or ended. */
  async resolve(token: string | undefined): Promise<AuthenticatedViewer | null> {
    if (!token) return null;
    const session = await this.dataSource.getRepository(Session).findOneBy({
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!session) return null;
    const grants = await this.dataSource
      .getRepository(RoleGrant)
      .find({ where: { accountId: session.accountId }, select: { role: true, centerId: true } });
    return {
      accountId: session.accountId,
      sessionId: session.id,
      grants: grants.map(({ role, centerId }) => ({ role, centerId })),
    };
  }

  async end(reply: FastifyReply, sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { revokedAt: () => 'now()' });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** ログアウト on every device, e.g. after a password change. */
  async endAll(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Session).update({ accountId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
