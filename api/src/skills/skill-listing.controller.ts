import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type Page, type PublicSkillListing, type SkillListingEnquiryResult } from '@tsunagu/contracts';
import { Public, SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { PublicSkillListingQueryDto, SkillListingEnquiryDto } from './dto/skill-search-query.dto';
import { SkillEnquiriesService } from './skill-enquiries.service';
import { SkillSearchService } from './skill-search.service';

/** The public 特技バンク: nicknames, areas and skills of people who chose to be listed; never who they are. */
@ApiTags('skills')
@Controller()
export class SkillListingController {
  constructor(
    private readonly search: SkillSearchService,
    private readonly enquiries: SkillEnquiriesService,
  ) {}

  @Get(ApiRoutes.skillListing)
  @Public()
  listing(@Query() query: PublicSkillListingQueryDto): Promise<Page<PublicSkillListing>> {
    return this.search.listing(query);
  }

  /** Becomes a request draft for a coordinator of the listed volunteer's center. */
  @Post(`${ApiRoutes.skillListing}/:listingId/enquiries`)
  @SignedIn()
  @HttpCode(HttpStatus.CREATED)
  enquire(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('listingId', ParseUUIDPipe) listingId: string,
    @Body() dto: SkillListingEnquiryDto,
  ): Promise<SkillListingEnquiryResult> {
    return this.enquiries.enquire(viewer, listingId, dto);
  }
}
