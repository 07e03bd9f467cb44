import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@tsunagu/migrations';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL),
        // Start-up already checked that PostgreSQL answers; a later outage surfaces per request.
        retryAttempts: 0,
        extra: { max: 10, connectionTimeoutMillis: 5000 },
      }),
    }),
  ],
})
export class DatabaseModule {}
