import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, MailTemplate, type VolunteerEnquiryReceipt } from '@tsunagu/contracts';
import { toHiragana } from '@tsunagu/matching';
import { DataSource } from 'typeorm';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { OutboxService } from '../core/outbox/outbox.service';
import { CentersService } from '../centers/centers.service';
import type { CreateVolunteerEnquiryDto } from './dto/create-volunteer-enquiry.dto';
import { VolunteerEnquiry } from './volunteer-enquiry.entity';

@Injectable()
export class VolunteerEnquiriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly outbox: OutboxService,
  ) {}

  /** Saves the enquiry and its thank-you mail together: the mail goes out even if Redis is down now. */
  async create(dto: CreateVolunteerEnquiryDto): Promise<VolunteerEnquiryReceipt> {
    const area = dto.areaId ? await this.centers.findArea(dto.areaId) : null;
    if (dto.areaId && !area) throw InvalidInputException.forField('areaId', 'unknownArea');
    const centerId = area?.centerId ?? (await this.centers.wardCenter()).id;

    const enquiry = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(VolunteerEnquiry, {
          name: dto.name,
          nameKana: dto.nameKana ? toHiragana(dto.nameKana) : null,
          email: dto.email,
          interests: dto.interests,
          areaId: area?.id ?? null,
          centerId,
          locale: dto.locale,
          consentVersion: dto.consentVersion,
          consentedAt: new Date(),
        }),
      );
      await this.outbox.add(
        manager,
        JobName.SendMail,
        {
          template: MailTemplate.VolunteerEnquiryThanks,
          to: saved.email,
          locale: saved.locale,
          params: {
            name: saved.name,
            interests: saved.interests,
            areaName: area ? (saved.locale === 'en' ? area.nameEn : area.nameJa) : null,
          },
        },
        `volunteer-enquiry-thanks.${saved.id}`,
      );
      return saved;
    });
    return { id: enquiry.id, receivedAt: enquiry.createdAt.toISOString() };
  }
}
