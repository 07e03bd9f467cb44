import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../core/auth/access.decorator';
import { ApiRoutes } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { QueueHealthIndicator } from './queue.health';

@ApiTags('health')
@Controller(ApiRoutes.health)
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'Database, Redis and queue all answer.' })
  @ApiServiceUnavailableResponse({ description: 'One of them does not; the body says which.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.queue.redisCheck(),
        () => this.queue.queueCheck(),
      ]);
    } catch (error) {
      // Monitoring wants the per-check details, not the generic error body.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
