import { Module } from '@nestjs/common';
import { CentersModule } from '../../centers/centers.module';
import { OutboxModule } from '../../core/outbox/outbox.module';
import { SkillImportsController } from './skill-imports.controller';
import { SkillImportsService } from './skill-imports.service';

/** 名簿の取り込み, the HTTP side; the worker side is SkillImportJobsModule. */
@Module({
  imports: [CentersModule, OutboxModule],
  controllers: [SkillImportsController],
  providers: [SkillImportsService],
})
export class SkillImportsModule {}
