import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditAction } from '@tsunagu/contracts';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../core/http/is-calendar-date.validator';
import { PageQueryDto } from '../../core/http/page-query.dto';

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AuditAction })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorAccountId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subjectPersonId?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  /** Audit reviews read more rows at a time. */
  override pageSize = 50;
}
