import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type RequestDetail, type RequestPage, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { CreateOrganisationRequestDto, RequestStatusChangeDto, StaffIntakeRequestDto, UpdateRequestDto } from './dto/request-fields.dto';
import { RequestListQueryDto } from './dto/request-list-query.dto';
import { RequestsService } from './requests.service';

/**
 * 依頼: coordinators see and handle their centers' requests (ward staff: every district); groups
 * and residents see and edit their own. Who sees what is decided by RequestsService.
 */
@ApiTags('requests')
@Controller()
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Get(ApiRoutes.requests)
  @SignedIn()
  list(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: RequestListQueryDto): Promise<RequestPage> {
    return this.requests.list(viewer, query);
  }

  /** A member of an approved group posts a request (or saves a draft). */
  @Post(ApiRoutes.organisationRequests)
  @SignedIn()
  @HttpCode(HttpStatus.CREATED)
  createForOrganisation(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: CreateOrganisationRequestDto): Promise<RequestDetail> {
    return this.requests.createForOrganisation(viewer, dto);
  }

  /** 電話・窓口で受けた依頼 */
  @Post(ApiRoutes.requestIntake)
  @SignedIn(Role.Coordinator, Role.Admin)
  @HttpCode(HttpStatus.CREATED)
  intake(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: StaffIntakeRequestDto): Promise<RequestDetail> {
    return this.requests.createByIntake(viewer, dto);
  }

  @Get(`${ApiRoutes.requests}/:id`)
  @SignedIn()
  detail(@CurrentViewer() viewer: AuthenticatedViewer, @Param('id', ParseUUIDPipe) id: string): Promise<RequestDetail> {
    return this.requests.detail(viewer, id);
  }

  @Patch(`${ApiRoutes.requests}/:id`)
  @SignedIn()
  update(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateRequestDto,
  ): Promise<RequestDetail> {
    return this.requests.update(viewer, id, dto);
  }

  @Post(`${ApiRoutes.requests}/:id/status`)
  @SignedIn()
  @HttpCode(HttpStatus.OK)
  changeStatus(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RequestStatusChangeDto,
  ): Promise<RequestDetail> {
    return this.requests.changeStatus(viewer, id, dto);
  }
}
