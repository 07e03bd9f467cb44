import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobName, JobPayloads } from '@tsunagu/contracts';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records a message inside the caller's transaction. The key must name the cause uniquely
   * (e.g. `volunteer-enquiry-thanks.<id>`): writing the same key twice keeps one message.
   */
  async add<N extends JobName>(manager: EntityManager, jobName: N, payload: JobPayloads[N], idempotencyKey: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(OutboxMessage).values({ jobName, payload, idempotencyKey }).orIgnore().execute();
  }

  async isCompleted(idempotencyKey: string): Promise<boolean> {
    return this.dataSource.getRepository(OutboxMessage).exists({
      where: { idempotencyKey, completedAt: Not(IsNull()) },
    });
  }

  async markCompleted(idempotencyKey: string): Promise<void> {
    await this.dataSource.getRepository(OutboxMessage).update({ idempotencyKey, completedAt: IsNull() }, { completedAt: () => 'now()' });
  }
}
