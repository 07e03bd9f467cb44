import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLAIM_INVITATION_VALID_HOURS, JobName, MailTemplate, Role, type Viewer } from '@tsunagu/contracts';
import { toHiragana } from '@tsunagu/matching';
import type { FastifyReply } from 'fastify';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { hashPassword, verifyPassword } from '../core/auth/passwords';
import { hashToken, newSecretToken } from '../core/auth/secret-token';
import { SessionService } from '../core/auth/session.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OutboxService } from '../core/outbox/outbox.service';
import { CentersService } from '../centers/centers.service';
import { ConsentsService } from '../consents/consents.service';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import type { LoginDto, PasswordResetConfirmDto, SignUpDto } from './dto/account.dto';
import { RoleGrant } from './role-grant.entity';

const VERIFY_EMAIL_HOURS = 24;
const PASSWORD_RESET_HOURS = 1;
/** Longer than a reset: the person may read mail only now and then. */
const CLAIM_INVITATION_HOURS = CLAIM_INVITATION_VALID_HOURS;

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly centers: CentersService,
    private readonly consents: ConsentsService,
  ) {}

  /**
   * 新規登録. The answer is the same whether or not the address is taken, so nobody can learn who
   * is registered; the owner of a taken address gets a mail saying so instead.
   */
  async signUp(dto: SignUpDto): Promise<{ email: string }> {
    const grants = this.consents.assertRegistrationConsents(dto.consents);
    const passwordHash = await hashPassword(dto.password);
    const ward = await this.centers.wardCenter();
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(Account, { email: dto.email });
      if (existing) return this.mailAlreadyRegistered(manager, existing);
      const account = await manager.save(manager.create(Account, { email: dto.email, passwordHash, locale: dto.locale }));
      const person = await manager.save(
        manager.create(Person, {
          accountId: account.id,
          centerId: ward.id,
          name: dto.name,
          nameKana: dto.nameKana ? toHiragana(dto.nameKana) : null,
        }),
      );
      await manager.insert(RoleGrant, { accountId: account.id, role: Role.Resident, centerId: null });
      await this.consents.record(manager, person.id, grants);
      const link = await this.issueToken(manager, account.id, AccountTokenPurpose.VerifyEmail, VERIFY_EMAIL_HOURS);
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.VerifyEmail,
          to: account.email,
          locale: account.locale,
          params: { name: person.name, link: this.webUrl('/verify-email', link.token), validHours: VERIFY_EMAIL_HOURS },
        },
        `verify-email.${link.id}`,
      );
    });
    return { email: dto.email };
  }

  /** Opens the mailed link: the address is confirmed and the person is logged in. */
  async verifyEmail(token: string, reply: FastifyReply): Promise<Viewer> {
    const accountId = await this.dataSource.transaction(async (manager) => {
      const used = await this.useToken(manager, token, AccountTokenPurpose.VerifyEmail);
      await manager.update(Account, { id: used.accountId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: () => 'now()' });
      await this.sessions.start(reply, used.accountId, manager);
      return used.accountId;
    });
    return this.viewerOf(accountId);
  }

  async logIn(dto: LoginDto, reply: FastifyReply): Promise<Viewer> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ email: dto.email });
    if (!(await verifyPassword(account?.passwordHash ?? null, dto.password)) || !account) {
      throw new LocalizedHttpException(HttpStatus.UNAUTHORIZED, 'invalidCredentials');
    }
    if (!account.emailVerifiedAt) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'emailNotVerified');
    await this.sessions.start(reply, account.id);
    return this.viewerOf(account.id);
  }

  /** Always answers the same; a mail goes out only if the address has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(Account, { email });
      if (!account) return;
      const person = await manager.findOneByOrFail(Person, { accountId: account.id });
      const link = await this.issueToken(manager, account.id, AccountTokenPurpose.ResetPassword, PASSWORD_RESET_HOURS);
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.PasswordReset,
          to: account.email,
          locale: account.locale,
          params: { name: person.name, link: this.webUrl('/password-reset/confirm', link.token), validHours: PASSWORD_RESET_HOURS },
        },
        `password-reset.${link.id}`,
      );
    });
  }

  /** Sets the new password and ends every session: whoever knew the old one is logged out. */
  async confirmPasswordReset(dto: PasswordResetConfirmDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const used = await this.useToken(manager, dto.token, AccountTokenPurpose.ResetPassword);
      // Opening the mailed link proves the address too.
      await manager.update(Account, { id: used.accountId }, { passwordHash, emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' });
      await this.sessions.endAll(used.accountId, manager);
    });
  }

  /**
   * A proxy-registered person gets an account of their own: it is created with their address
   * and a random password, and the mailed link leads to the password-reset page to choose one.
   */
  async inviteToClaim(manager: EntityManager, person: Person, email: string, centerName: string): Promise<void> {
    if (await manager.existsBy(Account, { email })) throw InvalidInputException.forField('email', 'emailTaken');
    const account = await manager.save(
      manager.create(Account, { email, passwordHash: await hashPassword(newSecretToken().token), locale: 'ja' }),
    );
    await manager.update(Person, { id: person.id }, { accountId: account.id, email: null });
    await manager.insert(RoleGrant, { accountId: account.id, role: Role.Resident, centerId: null });
    const link = await this.issueToken(manager, account.id, AccountTokenPurpose.ResetPassword, CLAIM_INVITATION_HOURS);
    await this.outbox.add(
      manager,
      JobName.SendMail,
      {
        template: MailTemplate.ClaimInvitation,
        to: email,
        locale: account.locale,
        params: {
          name: person.name,
          link: this.webUrl('/password-reset/confirm', link.token),
          validHours: CLAIM_INVITATION_HOURS,
          centerName,
        },
      },
      `claim-invitation.${link.id}`,
    );
  }

  async viewerOf(accountId: string): Promise<Viewer> {
    const account = await this.dataSource.getRepository(Account).findOneOrFail({
      where: { id: accountId },
      relations: { roleGrants: { center: true } },
    });
    const person = await this.dataSource.getRepository(Person).findOneByOrFail({ accountId });
    return {
      accountId: account.id,
      email: account.email,
      name: person.name,
      locale: account.locale,
      roles: account.roleGrants.map((grant) => ({
        role: grant.role,
        centerId: grant.centerId,
        centerNameJa: grant.center?.nameJa ?? null,
        centerNameEn: grant.center?.nameEn ?? null,
      })),
    };
  }

  me(viewer: AuthenticatedViewer): Promise<Viewer> {
    return this.viewerOf(viewer.accountId);
  }

  private async mailAlreadyRegistered(manager: EntityManager, account: Account): Promise<void> {
    const person = await manager.findOneByOrFail(Person, { accountId: account.id });
    const today = new Date().toISOString().slice(0, 10);
    await this.outbox.add(
      manager,
      JobName.SendMail,
      {
        template: MailTemplate.AlreadyRegistered,
        to: account.email,
        locale: account.locale,
        params: { name: person.name, loginLink: this.webUrl('/login'), resetLink: this.webUrl('/password-reset') },
      },
      // At most one such mail a day, however often someone tries the address.
      `already-registered.${account.id}.${today}`,
    );
  }

  private async issueToken(manager: EntityManager, accountId: string, purpose: AccountTokenPurpose, validHours: number) {
    const { token, hash } = newSecretToken();
    const saved = await manager.save(
      manager.create(AccountToken, { accountId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + validHours * 3600_000) }),
    );
    return { id: saved.id, token };
  }

  /** Marks a mailed token used; an unknown, used or expired one is a field error on `token`. */
  private async useToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
    const found = await manager.findOne(AccountToken, {
      where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw InvalidInputException.forField('token', 'invalidToken');
    await manager.update(AccountToken, { id: found.id }, { usedAt: () => 'now()' });
    return found;
  }

  private webUrl(path: string, token?: string): string {
    const url = new URL(path, this.config.PUBLIC_URL);
    if (token) url.searchParams.set('token', token);
    return url.toString();
  }
}
