import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@tsunagu/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QueueErrorLogger } from './queue-error-logger';
import { redisConnectionOptions } from './redis-connection';

const queues = Object.values(QueueName).map((name) =>
  BullModule.registerQueueAsync({
    name,
    inject: [APP_CONFIG],
    // Producers fail fast while Redis is away instead of piling commands up in memory:
    // the outbox row stays unrelayed and is retried on the next tick.
    useFactory: (config: AppConfig) => ({
      connection: { url: config.REDIS_URL, maxRetriesPerRequest: null, enableOfflineQueue: false },
    }),
  }),
);

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: redisConnectionOptions(config.REDIS_URL) }),
    }),
    ...queues,
  ],
  providers: [QueueErrorLogger],
  exports: [...queues],
})
export class QueueModule {}
