import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { ConsentsModule } from '../consents/consents.module';
import { ProxyRegistrationService } from './proxy-registration.service';

/** 代理登録 on its own, so requests can register a new caller without depending on the people pages. */
@Module({
  imports: [AuditModule, CentersModule, ConsentsModule],
  providers: [ProxyRegistrationService],
  exports: [ProxyRegistrationService],
})
export class ProxyRegistrationModule {}
