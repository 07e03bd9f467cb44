import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { CsrfGuard } from './csrf';
import { SessionService } from './session.service';

/** Guards every route: CSRF first, then the route's access rule (deny by default). */
@Global()
@Module({
  providers: [SessionService, { provide: APP_GUARD, useClass: CsrfGuard }, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService],
})
export class AuthModule {}
