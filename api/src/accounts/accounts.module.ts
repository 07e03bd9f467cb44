import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { CentersModule } from '../centers/centers.module';
import { ConsentsModule } from '../consents/consents.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_WINDOW_MS, LoginThrottlerGuard } from './login-throttler.guard';
import { PasswordResetsController } from './password-resets.controller';
import { SessionsController } from './sessions.controller';
import { StaffGrantsController } from './staff-grants.controller';
import { StaffGrantsService } from './staff-grants.service';

@Module({
  imports: [
    CentersModule,
    ConsentsModule,
    OutboxModule,
    ThrottlerModule.forRoot([{ name: 'default', limit: LOGIN_ATTEMPTS_PER_WINDOW, ttl: LOGIN_WINDOW_MS }]),
  ],
  controllers: [AccountsController, SessionsController, PasswordResetsController, StaffGrantsController],
  providers: [AccountsService, LoginThrottlerGuard, StaffGrantsService],
  exports: [AccountsService],
})
export class AccountsModule {}
