import { Module } from '@nestjs/common';
import { CentersModule } from '../centers/centers.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { VolunteerEnquiriesController } from './volunteer-enquiries.controller';
import { VolunteerEnquiriesService } from './volunteer-enquiries.service';

@Module({
  imports: [CentersModule, OutboxModule],
  controllers: [VolunteerEnquiriesController],
  providers: [VolunteerEnquiriesService],
})
export class VolunteerEnquiriesModule {}
