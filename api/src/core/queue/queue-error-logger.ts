import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@tsunagu/contracts';
import type { Queue } from 'bullmq';
import { throttledWarning } from './throttled-warning';

/**
 * A queue without an 'error' listener prints raw errors (or crashes) when Redis goes away.
 * Listening from the constructor catches even the first connection attempt.
 */
@Injectable()
export class QueueErrorLogger {
  constructor(@InjectQueue(QueueName.Mail) mailQueue: Queue, @InjectQueue(QueueName.SkillImport) skillImportQueue: Queue) {
    for (const queue of [mailQueue, skillImportQueue]) {
      const warn = throttledWarning(new Logger('Queue'));
      queue.on('error', (error: Error) => warn(`Queue "${queue.name}" cannot reach Redis: ${error.message}`));
    }
  }
}
