import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type OrganisationApplication, type OrganisationSummary, type Page, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { ApproveDto, OrganisationApplicationDto, OrganisationsQueryDto, RejectDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

/**
 * 団体・企業の登録申請: a member applies; a coordinator of the group's center decides. Whether
 * the coordinator covers that center is checked by the service (403 otherwise).
 */
@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post(ApiRoutes.organisations)
  @SignedIn()
  @HttpCode(HttpStatus.CREATED)
  apply(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: OrganisationApplicationDto): Promise<OrganisationSummary> {
    return this.organisations.apply(viewer, dto);
  }

  @Get(ApiRoutes.myOrganisations)
  @SignedIn()
  listOwn(@CurrentViewer() viewer: AuthenticatedViewer): Promise<OrganisationSummary[]> {
    return this.organisations.listOwn(viewer);
  }

  @Get(ApiRoutes.organisations)
  @SignedIn(Role.Coordinator, Role.Admin)
  list(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: OrganisationsQueryDto): Promise<Page<OrganisationApplication>> {
    return this.organisations.list(viewer, query);
  }

  @Post(`${ApiRoutes.organisations}/:id/approve`)
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.OK)
  approve(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApproveDto,
  ): Promise<OrganisationSummary> {
    return this.organisations.approve(viewer, id, dto.reason ?? null);
  }

  @Post(`${ApiRoutes.organisations}/:id/reject`)
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectDto,
  ): Promise<OrganisationSummary> {
    return this.organisations.reject(viewer, id, dto.reason);
  }
}
