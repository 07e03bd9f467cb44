import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type DuplicateCheckResult,
  type Page,
  type PersonalDataExport,
  type PersonDetail,
  type PersonSummary,
  Role,
} from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { AccessReasonDto, ClaimInvitationDto, DuplicateCheckDto, PeopleQueryDto, ProxyRegistrationDto } from './dto/people.dto';
import { PeopleService } from './people.service';

/** Staff work with residents' records: only for the centers they cover, and audited. */
@ApiTags('people')
@SignedIn(Role.Coordinator, Role.Admin)
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post(ApiRoutes.peopleDuplicateCheck)
  @HttpCode(HttpStatus.OK)
  duplicateCheck(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: DuplicateCheckDto): Promise<DuplicateCheckResult> {
    return this.people.findDuplicates(viewer, dto);
  }

  /** 代理登録 */
  @Post(ApiRoutes.people)
  @HttpCode(HttpStatus.CREATED)
  register(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: ProxyRegistrationDto): Promise<PersonSummary> {
    return this.people.registerByProxy(viewer, dto);
  }

  @Get(ApiRoutes.people)
  list(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    return this.people.list(viewer, query);
  }

  @Get(`${ApiRoutes.people}/:id`)
  detail(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() access: AccessReasonDto,
  ): Promise<PersonDetail> {
    return this.people.detail(viewer, id, access);
  }

  @Get(`${ApiRoutes.people}/:id/export`)
  export(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() access: AccessReasonDto,
  ): Promise<PersonalDataExport> {
    return this.people.exportForStaff(viewer, id, access);
  }

  /** The person will log in themselves: mail them a link to choose a password. */
  @Post(`${ApiRoutes.people}/:id/claim-invitation`)
  @HttpCode(HttpStatus.CREATED)
  inviteToClaim(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ClaimInvitationDto,
  ): Promise<PersonSummary> {
    return this.people.inviteToClaim(viewer, id, dto.email);
  }

  @Delete(`${ApiRoutes.people}/:id`)
  @HttpCode(HttpStatus.NO_CONTENT)
  erase(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() access: AccessReasonDto,
  ): Promise<void> {
    return this.people.eraseForStaff(viewer, id, access);
  }
}
