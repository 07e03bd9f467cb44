import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type SkillProfileResponse } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { SaveSkillProfileDto } from './dto/save-skill-profile.dto';
import { SkillProfilesService } from './skill-profiles.service';

/** 特技バンクへの登録: the signed-in person's own skill profile. */
@ApiTags('skills')
@SignedIn()
@Controller()
export class MySkillProfileController {
  constructor(private readonly profiles: SkillProfilesService) {}

  /** `{ profile: null }` before the first save. */
  @Get(ApiRoutes.mySkillProfile)
  get(@CurrentViewer() viewer: AuthenticatedViewer): Promise<SkillProfileResponse> {
    return this.profiles.getOwn(viewer);
  }

  /** Saves a draft at `step`, or registers (`submit: true`). */
  @Put(ApiRoutes.mySkillProfile)
  save(@CurrentViewer() viewer: AuthenticatedViewer, @Body() dto: SaveSkillProfileDto): Promise<SkillProfileResponse> {
    const { step, submit, ...input } = dto;
    return this.profiles.saveOwn(viewer, input, { step, submit });
  }

  /** 「登録をやめる」: out of the search; kept for the figures. */
  @Delete(ApiRoutes.mySkillProfile)
  @HttpCode(HttpStatus.NO_CONTENT)
  withdraw(@CurrentViewer() viewer: AuthenticatedViewer): Promise<void> {
    return this.profiles.withdrawOwn(viewer);
  }
}
