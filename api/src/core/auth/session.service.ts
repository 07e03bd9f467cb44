import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SESSION_COOKIE } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';
import type { AuthenticatedViewer, Grant } from './viewer';

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
    // Every signed-in request starts here: the session and its grants in one round trip.
    const rows: { id: string; account_id: string; grants: Grant[] }[] = await this.dataSource.query(
      `SELECT s.id, s.account_id,
              COALESCE(json_agg(json_build_object('role', g.role, 'centerId', g.center_id)) FILTER (WHERE g.id IS NOT NULL), '[]') AS grants
         FROM session s LEFT JOIN role_grant g ON g.account_id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id`,
      [hashToken(token)],
    );
    const [session] = rows;
    return session ? { accountId: session.account_id, sessionId: session.id, grants: session.grants } : null;
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
