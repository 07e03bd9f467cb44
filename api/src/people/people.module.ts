import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActivitiesModule } from '../activities/activities.module';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { ConsentsModule } from '../consents/consents.module';
import { MatchingModule } from '../matching/matching.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RequestsModule } from '../requests/requests.module';
import { SkillsModule } from '../skills/skills.module';
import { MyDataController } from './my-data.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { ProxyRegistrationModule } from './proxy-registration.module';

@Module({
  imports: [
    AccountsModule,
    ActivitiesModule,
    AuditModule,
    CentersModule,
    ConsentsModule,
    MatchingModule,
    OrganisationsModule,
    ProxyRegistrationModule,
    RequestsModule,
    SkillsModule,
  ],
  controllers: [PeopleController, MyDataController],
  providers: [PeopleService],
})
export class PeopleModule {}
