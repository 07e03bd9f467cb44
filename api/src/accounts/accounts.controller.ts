import { Body, Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type Viewer } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { Public, SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { AccountsService } from './accounts.service';
import { SignUpDto, TokenDto } from './dto/account.dto';

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  /** 新規登録: sends the verification mail. */
  @Post(ApiRoutes.accounts)
  @Public()
  @HttpCode(HttpStatus.CREATED)
  signUp(@Body() dto: SignUpDto): Promise<{ email: string }> {
    return this.accounts.signUp(dto);
  }

  @Post(ApiRoutes.verifyEmail)
  @Public()
  @HttpCode(HttpStatus.OK)
  verifyEmail(@Body() dto: TokenDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Viewer> {
    return this.accounts.verifyEmail(dto.token, reply);
  }

  @Get(ApiRoutes.me)
  @SignedIn()
  me(@CurrentViewer() viewer: AuthenticatedViewer): Promise<Viewer> {
    return this.accounts.me(viewer);
  }
}
