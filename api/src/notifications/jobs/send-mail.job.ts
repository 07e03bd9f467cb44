import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { JobName, QueueName, type SendMailPayload } from '@tsunagu/contracts';
import type { Job } from 'bullmq';
import { MailTransportService } from '../../core/mail/mail-transport.service';
import { OutboxService } from '../../core/outbox/outbox.service';
import { throttledWarning } from '../../core/queue/throttled-warning';
import { renderMail } from '../templates/render-mail';

/**
 * Sends one outbox mail. Idempotent: the job id is the outbox idempotency key, and a mail
 * already recorded as sent is not sent again. SMTP errors propagate so BullMQ retries.
 */
@Processor(QueueName.Mail)
export class SendMailJob extends WorkerHost {
  private readonly logger = new Logger(SendMailJob.name);
  private readonly warnOutage = throttledWarning(this.logger);

  constructor(
    private readonly transport: MailTransportService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job<SendMailPayload, void, JobName.SendMail>): Promise<void> {
    const key = job.id;
    if (!key) throw new Error('A mail job needs its outbox idempotency key as the job id.');
    if (await this.outbox.isCompleted(key)) {
      this.logger.log(`Mail ${key} was already sent; not sending it again.`);
      return;
    }
    const content = renderMail(job.data);
    await this.transport.send({ to: job.data.to, ...content, messageId: `<${key}@tsunagu.local>` });
    await this.outbox.markCompleted(key);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<SendMailPayload> | undefined, error: Error): void {
    const attempts = job ? `attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}` : 'unknown attempt';
    this.logger.warn(`Mail ${job?.id ?? '?'} could not be sent (${attempts}): ${error.message}`);
  }

  /** Without a listener, a Redis outage would crash the worker; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.warnOutage(`Mail worker cannot reach Redis: ${error.message}`);
  }
}
