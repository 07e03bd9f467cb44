import { Module } from '@nestjs/common';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { LoggingModule } from './core/logging/logging.module';
import { OutboxRelayService } from './core/outbox/outbox-relay.service';
import { QueueModule } from './core/queue/queue.module';
import { NotificationsModule } from './notifications/notifications.module';

/** The worker process: relays the outbox to BullMQ and runs the jobs. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, QueueModule, NotificationsModule],
  providers: [OutboxRelayService],
})
export class WorkerModule {}
