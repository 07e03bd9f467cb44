import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QueueName } from '@tsunagu/contracts';
import type { Queue } from 'bullmq';

const REPEAT_WARNING_AFTER_MS = 60_000;

/**
 * A queue without an 'error' listener would crash the process when Redis goes away. This keeps
 * the process up and logs an outage once a minute, not on every reconnect attempt.
 */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queue');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      let lastWarning = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - lastWarning < REPEAT_WARNING_AFTER_MS) return;
        lastWarning = Date.now();
        this.logger.warn(`Queue "${name}" cannot reach Redis: ${error.message}`);
      });
    }
  }
}
