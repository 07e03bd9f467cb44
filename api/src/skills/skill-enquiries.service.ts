import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REQUEST_LIMITS, type SkillListingEnquiryResult, SkillProfileStatus } from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { DataSource } from 'typeorm';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OrganisationMember } from '../organisations/organisation-member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { RequestsService } from '../requests/requests.service';
import type { SkillListingEnquiryDto } from './dto/skill-search-query.dto';
import { SkillProfileRecord } from './skill-profile.entity';

/**
 * 「この特技についてセンターに相談する」: the asker never learns who the volunteer is; the
 * enquiry becomes a request draft for a coordinator of the volunteer's center.
 */
@Injectable()
export class SkillEnquiriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
  ) {}

  async enquire(viewer: AuthenticatedViewer, listingId: string, dto: SkillListingEnquiryDto): Promise<SkillListingEnquiryResult> {
    const profile = await this.dataSource.getRepository(SkillProfileRecord).findOne({
      where: { id: listingId, status: SkillProfileStatus.Active, publicListing: true },
      relations: { center: true },
    });
    if (!profile) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'listingNotFound');
    if (dto.organisationId) await this.assertActsFor(viewer, dto.organisationId);

    const categories = profile.categoryCodes.map((code) => skillCategory(code)?.ja ?? code).join('・');
    const title = `特技バンクからの相談：${profile.nickname ?? ''}さん（${categories}）`;
    const request = await this.dataSource.transaction((manager) =>
      this.requests.createDraftFromListing(manager, {
        centerId: profile.centerId,
        title: Array.from(title).slice(0, REQUEST_LIMITS.titleMaxLength).join(''),
        description: dto.message,
        categoryCodes: profile.categoryCodes,
        requesterAccountId: viewer.accountId,
        organisationId: dto.organisationId ?? null,
        listingProfileId: profile.id,
      }),
    );
    return { requestId: request.id, centerNameJa: profile.center.nameJa, centerNameEn: profile.center.nameEn };
  }

  /** Asking for a group: only an approved one the asker belongs to. */
  private async assertActsFor(viewer: AuthenticatedViewer, organisationId: string): Promise<void> {
    const membership = await this.dataSource
      .getRepository(OrganisationMember)
      .createQueryBuilder('member')
      .innerJoin(Organisation, 'organisation', 'organisation.id = member.organisation_id')
      .where('member.organisation_id = :organisationId', { organisationId })
      .andWhere('member.account_id = :accountId', { accountId: viewer.accountId })
      .andWhere(`organisation.status = 'approved'`)
      .getExists();
    if (!membership) throw InvalidInputException.forField('organisationId', 'notApprovedMember');
  }
}
