import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { OutboxRelayService } from './outbox-relay.service';

/** Worker-only: moves outbox rows onto the queues. */
@Module({ imports: [QueueModule], providers: [OutboxRelayService] })
export class OutboxRelayModule {}
