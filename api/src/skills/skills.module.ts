import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { RequestsModule } from '../requests/requests.module';
import { MySkillProfileController } from './my-skill-profile.controller';
import { PeopleSkillProfileController } from './people-skill-profile.controller';
import { SkillEnquiriesService } from './skill-enquiries.service';
import { SkillFiguresService } from './skill-figures.service';
import { SkillListingController } from './skill-listing.controller';
import { SkillProfilesService } from './skill-profiles.service';
import { SkillSearchController } from './skill-search.controller';
import { SkillSearchService } from './skill-search.service';

/** 特技バンク (skills bank): profiles, the coordinators' search, the public listing, export and figures. */
@Module({
  imports: [AuditModule, CentersModule, RequestsModule],
  controllers: [MySkillProfileController, PeopleSkillProfileController, SkillSearchController, SkillListingController],
  providers: [SkillProfilesService, SkillSearchService, SkillFiguresService, SkillEnquiriesService],
  exports: [SkillProfilesService],
})
export class SkillsModule {}
