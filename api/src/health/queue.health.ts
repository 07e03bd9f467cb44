import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueName } from '@tsunagu/contracts';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from '../core/async/with-timeout';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';

const CHECK_TIMEOUT_MS = 1500;

@Injectable()
export class QueueHealthIndicator implements OnModuleDestroy {
  /** Its own connection, failing fast, so a health check never waits on a reconnect loop. */
  private readonly redis: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis(config.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    this.redis.on('error', () => undefined);
  }

  async redisCheck() {
    const session = this.health.check('redis');
    try {
      if (this.redis.status === 'wait') await withTimeout(this.redis.connect(), CHECK_TIMEOUT_MS, 'Redis');
      await withTimeout(this.redis.ping(), CHECK_TIMEOUT_MS, 'Redis');
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  async queueCheck() {
    const session = this.health.check('queue');
    try {
      const counts = await withTimeout(
        this.mailQueue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        CHECK_TIMEOUT_MS,
        'The mail queue',
      );
      return session.up({ [QueueName.Mail]: counts });
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
