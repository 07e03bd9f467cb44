import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { JOB_QUEUE, type JobName, QueueName } from '@tsunagu/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { withTimeout } from '../async/with-timeout';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JOB_OPTIONS } from '../queue/job-options';
import { OutboxMessage } from './outbox-message.entity';

const RELAY_BATCH_SIZE = 100;
/** BullMQ waits for its first connection indefinitely; the relay gives up for this tick instead. */
const QUEUE_READY_TIMEOUT_MS = 2000;

/**
 * Worker side of the outbox: moves unrelayed rows onto BullMQ. A row is marked relayed only in
 * the transaction that queued it, and its idempotency key is the job id, so a crash between the
 * two queues nothing twice. While Redis is down the rows simply wait.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private redisWasDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.relayPending().catch((error: Error) => this.reportFailure(error)));
    }, this.config.OUTBOX_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many messages it queued. */
  async relayPending(): Promise<number> {
    await Promise.all(
      Object.values(QueueName).map((name) =>
        withTimeout(this.queue(name).waitUntilReady(), QUEUE_READY_TIMEOUT_MS, `Redis (queue "${name}")`),
      ),
    );
    // Once connected, the queues fail fast (no offline queue), so a later outage rolls this back.
    const relayed = await this.dataSource.transaction(async (manager) => {
      const pending = await manager
        .createQueryBuilder(OutboxMessage, 'message')
        .where('message.relayed_at IS NULL')
        .orderBy('message.created_at')
        .limit(RELAY_BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const message of pending) {
        await this.queueFor(message.jobName).add(message.jobName, message.payload, {
          ...JOB_OPTIONS[message.jobName],
          jobId: message.idempotencyKey,
        } satisfies JobsOptions);
      }
      if (pending.length > 0) {
        await manager.update(
          OutboxMessage,
          pending.map((message) => message.id),
          { relayedAt: () => 'now()' },
        );
      }
      return pending.length;
    });
    if (this.redisWasDown) this.logger.log('Redis is back: relaying outbox messages again.');
    this.redisWasDown = false;
    return relayed;
  }

  private queueFor(jobName: JobName): Queue {
    return this.queue(JOB_QUEUE[jobName]);
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private reportFailure(error: Error): void {
    if (!this.redisWasDown) this.logger.warn(`Outbox messages wait until the queue is reachable: ${error.message}`);
    this.redisWasDown = true;
  }
}
