import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable Message-ID, so a retried send is recognisable as the same mail. */
  messageId: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Sends through SMTP and throws when the server refuses, so the job's retries run. */
@Injectable()
export class MailTransportService implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = nodemailer.createTransport(config.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ from: this.config.MAIL_FROM, ...mail });
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
