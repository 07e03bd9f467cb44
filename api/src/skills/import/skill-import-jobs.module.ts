import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { CentersModule } from '../../centers/centers.module';
import { OutboxModule } from '../../core/outbox/outbox.module';
import { QueueModule } from '../../core/queue/queue.module';
import { SkillProfilesService } from '../skill-profiles.service';
import { ImportSkillsJob } from './jobs/import-skills.job';

/** Worker-side: the job that registers a started register import (名簿の取り込み). */
@Module({
  imports: [QueueModule, OutboxModule, CentersModule, AuditModule],
  providers: [ImportSkillsJob, SkillProfilesService],
})
export class SkillImportJobsModule {}
