import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@tsunagu/contracts';
import { Public } from '../core/auth/access.decorator';
import { AccountsService } from './accounts.service';
import { PasswordResetConfirmDto, PasswordResetDto } from './dto/account.dto';

@ApiTags('accounts')
@Controller()
export class PasswordResetsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post(ApiRoutes.passwordResets)
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  request(@Body() dto: PasswordResetDto): Promise<void> {
    return this.accounts.requestPasswordReset(dto.email);
  }

  @Post(ApiRoutes.passwordResetConfirm)
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  confirm(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.accounts.confirmPasswordReset(dto);
  }
}
