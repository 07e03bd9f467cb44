import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, Role, type SkillProfileResponse } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { AccessReasonDto } from '../people/dto/people.dto';
import { SaveSkillProfileDto } from './dto/save-skill-profile.dto';
import { SkillProfilesService } from './skill-profiles.service';

/**
 * 代理入力: staff read and fill in a resident's skill profile, for the people of the centers they
 * cover only (as GET /people/:id), every read and change in the audit log.
 */
@ApiTags('skills')
@SignedIn(Role.Coordinator, Role.Admin)
@Controller()
export class PeopleSkillProfileController {
  constructor(private readonly profiles: SkillProfilesService) {}

  @Get(`${ApiRoutes.people}/:id/skill-profile`)
  get(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() access: AccessReasonDto,
  ): Promise<SkillProfileResponse> {
    return this.profiles.getForStaff(viewer, id, access);
  }

  @Put(`${ApiRoutes.people}/:id/skill-profile`)
  save(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveSkillProfileDto,
  ): Promise<SkillProfileResponse> {
    const { step, submit, ...input } = dto;
    return this.profiles.saveForStaff(viewer, id, input, { step, submit });
  }
}
