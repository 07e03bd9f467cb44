import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type MatchContacts, type MatchSummary, type MyMatch, type RequestForVolunteer, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { CancelMatchDto } from './dto/matching.dto';
import { MatchesService } from './matches.service';
import { RequestsForYouService } from './requests-for-you.service';

/** マッチング: approval and cancellation by a coordinator; contacts for both sides once approved. */
@ApiTags('matching')
@Controller()
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly requestsForYou: RequestsForYouService,
  ) {}

  @Post(`${ApiRoutes.matches}/:id/approve`)
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.OK)
  approve(@CurrentViewer() viewer: AuthenticatedViewer, @Param('id', ParseUUIDPipe) id: string): Promise<MatchSummary> {
    return this.matches.approve(viewer, id);
  }

  @Post(`${ApiRoutes.matches}/:id/cancel`)
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.OK)
  cancel(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelMatchDto,
  ): Promise<MatchSummary> {
    return this.matches.cancel(viewer, id, dto.reason);
  }

  /** The coordinator, the match's volunteer, and the person (or group) who asked; each look is logged. */
  @Get(`${ApiRoutes.matches}/:id/contacts`)
  @SignedIn()
  contacts(@CurrentViewer() viewer: AuthenticatedViewer, @Param('id', ParseUUIDPipe) id: string): Promise<MatchContacts> {
    return this.matches.contacts(viewer, id);
  }

  /** The signed-in person's own matches as a volunteer: proposed and approved, newest first. */
  @Get(ApiRoutes.myMatches)
  @SignedIn()
  mine(@CurrentViewer() viewer: AuthenticatedViewer): Promise<MyMatch[]> {
    return this.matches.mine(viewer);
  }

  @Get(ApiRoutes.requestsForYou)
  @SignedIn()
  forYou(@CurrentViewer() viewer: AuthenticatedViewer): Promise<RequestForVolunteer[]> {
    return this.requestsForYou.list(viewer);
  }
}
