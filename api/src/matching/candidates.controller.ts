import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type MatchCandidate, type MatchSummary, type OfferSummary, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { CandidatesService } from './candidates.service';
import { CreateOffersDto, RecordPhoneAgreementDto } from './dto/matching.dto';
import { OffersService } from './offers.service';

/**
 * The coordinator's side of a request: ranked candidates with reasons, 打診 by mail, an agreement
 * taken by phone; and a volunteer's own offer to help. Whether the coordinator covers the
 * request's center is checked by the services (403 otherwise).
 */
@ApiTags('matching')
@Controller(ApiRoutes.requests)
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly offers: OffersService,
  ) {}

  @Get(':id/candidates')
  @SignedIn(Role.Coordinator, Role.Admin)
  list(@CurrentViewer() viewer: AuthenticatedViewer, @Param('id', ParseUUIDPipe) id: string): Promise<MatchCandidate[]> {
    return this.candidates.candidates(viewer, id);
  }

  @Post(':id/offers')
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.CREATED)
  offer(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateOffersDto,
  ): Promise<OfferSummary[]> {
    return this.offers.create(viewer, id, dto);
  }

  @Post(':id/phone-agreements')
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.CREATED)
  phoneAgreement(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordPhoneAgreementDto,
  ): Promise<MatchSummary> {
    return this.offers.recordPhoneAgreement(viewer, id, dto);
  }

  /** 「手伝いを申し出る」: any signed-in person with an active skills-bank registration. */
  @Post(':id/offers/volunteer')
  @SignedIn()
  @HttpCode(HttpStatus.CREATED)
  volunteer(@CurrentViewer() viewer: AuthenticatedViewer, @Param('id', ParseUUIDPipe) id: string): Promise<MatchSummary> {
    return this.offers.volunteer(viewer, id);
  }
}
