import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { ActivitiesModule } from './activities/activities.module';
import { AuditModule } from './audit/audit.module';
import { CentersModule } from './centers/centers.module';
import { ConsentsModule } from './consents/consents.module';
import { AuthModule } from './core/auth/auth.module';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { LoggingModule } from './core/logging/logging.module';
import { HealthModule } from './health/health.module';
import { MatchingModule } from './matching/matching.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { RequestsModule } from './requests/requests.module';
import { SkillImportsModule } from './skills/import/skill-imports.module';
import { SkillsModule } from './skills/skills.module';
import { VolunteerEnquiriesModule } from './volunteer-enquiries/volunteer-enquiries.module';

/** The HTTP server: validates, writes and records outbox messages; it never sends mail itself. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    AuthModule,
    HealthModule,
    CentersModule,
    VolunteerEnquiriesModule,
    AccountsModule,
    PeopleModule,
    ConsentsModule,
    AuditModule,
    OrganisationsModule,
    SkillImportsModule,
    SkillsModule,
    RequestsModule,
    MatchingModule,
    ActivitiesModule,
  ],
})
export class AppModule {}
