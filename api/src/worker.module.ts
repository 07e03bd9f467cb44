import { Module } from '@nestjs/common';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { LoggingModule } from './core/logging/logging.module';
import { OutboxRelayModule } from './core/outbox/outbox-relay.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SkillImportJobsModule } from './skills/import/skill-import-jobs.module';

/** The worker process: relays the outbox to BullMQ and runs the jobs. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, OutboxRelayModule, NotificationsModule, SkillImportJobsModule],
})
export class WorkerModule {}
