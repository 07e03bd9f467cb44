import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@tsunagu/contracts';
import type { Queue } from 'bullmq';

const REPEAT_WARNING_AFTER_MS = 60_000;

/**
 * A queue without an 'error' listener prints raw errors (or crashes) when Redis goes away.
 * Listening from the constructor catches even the first connection attempt; an outage is
 * logged once a minute, not on every reconnect.
 */
@Injectable()
export class QueueErrorLogger {
  private readonly logger = new Logger('Queue');

  constructor(@InjectQueue(QueueName.Mail) mailQueue: Queue) {
    for (const queue of [mailQueue]) {
      let lastWarning = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - lastWarning < REPEAT_WARNING_AFTER_MS) return;
        lastWarning = Date.now();
        this.logger.warn(`Queue "${queue.name}" cannot reach Redis: ${error.message}`);
      });
    }
  }
}
