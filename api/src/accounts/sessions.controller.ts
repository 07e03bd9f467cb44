import { Body, Controller, Delete, HttpCode, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ApiRoutes, type Viewer } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { Public, SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import { SessionService } from '../core/auth/session.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { AccountsService } from './accounts.service';
import { LoginDto } from './dto/account.dto';
import { LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_WINDOW_MS, LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('accounts')
@Controller()
export class SessionsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
  ) {}

  /** ログイン */
  @Post(ApiRoutes.sessions)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ default: { limit: LOGIN_ATTEMPTS_PER_WINDOW, ttl: LOGIN_WINDOW_MS } })
  @HttpCode(HttpStatus.OK)
  logIn(@Body() dto: LoginDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Viewer> {
    return this.accounts.logIn(dto, reply);
  }

  /** ログアウト (this device) */
  @Delete(ApiRoutes.currentSession)
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  logOut(@CurrentViewer() viewer: AuthenticatedViewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.sessions.end(reply, viewer.sessionId);
  }

  /** すべての端末からログアウト */
  @Delete(ApiRoutes.sessions)
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  async logOutEverywhere(@CurrentViewer() viewer: AuthenticatedViewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.endAll(viewer.accountId);
    await this.sessions.end(reply, viewer.sessionId);
  }
}
