import { Module } from '@nestjs/common';
import { MailTransportService } from './mail-transport.service';

@Module({ providers: [MailTransportService], exports: [MailTransportService] })
export class MailModule {}
