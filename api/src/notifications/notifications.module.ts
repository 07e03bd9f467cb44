import { Module } from '@nestjs/common';
import { MailModule } from '../core/mail/mail.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { QueueModule } from '../core/queue/queue.module';
import { SendMailJob } from './jobs/send-mail.job';

/** Worker-side: the jobs that send what the outbox recorded. */
@Module({
  imports: [QueueModule, MailModule, OutboxModule],
  providers: [SendMailJob],
})
export class NotificationsModule {}
