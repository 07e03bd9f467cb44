import { Module } from '@nestjs/common';
import { CentersModule } from '../centers/centers.module';
import { MatchingModule } from '../matching/matching.module';
import { RequestsModule } from '../requests/requests.module';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { ActivityFiguresService } from './activity-figures.service';

/** 活動記録 (activity records) and the monthly figures built on them. */
@Module({
  imports: [CentersModule, MatchingModule, RequestsModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesService, ActivityFiguresService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
