import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { CentersModule } from './centers/centers.module';
import { AuthModule } from './core/auth/auth.module';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { LoggingModule } from './core/logging/logging.module';
import { HealthModule } from './health/health.module';
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
  ],
})
export class AppModule {}
