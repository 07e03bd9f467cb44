import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ActivityFiguresRow, type ActivityRecordSummary, ApiRoutes, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { ActivitiesService } from './activities.service';
import { ActivityFiguresService } from './activity-figures.service';
import { ActivityFiguresQueryDto, RecordActivityDto } from './dto/activities.dto';

/** 活動記録 and the plan's figures (活動につながった数, 支援実施回数) per center and month. */
@ApiTags('activities')
@Controller()
export class ActivitiesController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly figures: ActivityFiguresService,
  ) {}

  /** The match's volunteer or a coordinator of the request's center (checked by the service). */
  @Post(`${ApiRoutes.matches}/:id/activity`)
  @SignedIn()
  @HttpCode(HttpStatus.CREATED)
  record(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordActivityDto,
  ): Promise<ActivityRecordSummary> {
    return this.activities.record(viewer, id, dto);
  }

  @Get(ApiRoutes.activityFigures)
  @SignedIn(Role.Coordinator, Role.Admin)
  list(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: ActivityFiguresQueryDto): Promise<ActivityFiguresRow[]> {
    return this.figures.figures(viewer, query);
  }
}
