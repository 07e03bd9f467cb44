import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { ProxyRegistrationModule } from '../people/proxy-registration.module';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  imports: [AuditModule, CentersModule, ProxyRegistrationModule],
  controllers: [RequestsController],
  providers: [RequestsService],
  exports: [RequestsService],
})
export class RequestsModule {}
