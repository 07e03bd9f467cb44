import { Module } from '@nestjs/common';
import { CentersModule } from '../centers/centers.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [CentersModule, OutboxModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
