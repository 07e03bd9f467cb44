import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordActivityRequest } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { blankToUndefined } from '../../core/http/input-transforms';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const ACTIVITY_LIMITS = { maxHours: 24, notesMaxLength: 1000 } as const;

/** 活動記録: after the activity, by the volunteer or a coordinator. */
export class RecordActivityDto implements RecordActivityRequest {
  @ApiProperty({ example: '2026-12-05' })
  @Matches(DATE, { context: { rule: 'activityDate', label: 'activityDay' } })
  @IsString({ context: { rule: 'activityDate', label: 'activityDay' } })
  date: string;

  @ApiProperty({ example: 2.5, minimum: 0, maximum: ACTIVITY_LIMITS.maxHours })
  @Max(ACTIVITY_LIMITS.maxHours, { context: { max: ACTIVITY_LIMITS.maxHours } })
  @Min(0, { context: { min: 0 } })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  hours: number;

  @ApiProperty({ enum: ['completed', 'no-show'] })
  @IsIn(['completed', 'no-show'], { context: { rule: 'requiredChoice' } })
  outcome: 'completed' | 'no-show';

  @ApiPropertyOptional({ example: '庭の草取りを2人で行いました。', maxLength: ACTIVITY_LIMITS.notesMaxLength })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(ACTIVITY_LIMITS.notesMaxLength, { context: { label: 'activityNotes', max: ACTIVITY_LIMITS.notesMaxLength } })
  @IsString({ context: { label: 'activityNotes' } })
  notes?: string;
}

export class ActivityFiguresQueryDto {
  @ApiProperty({ example: '2026-04', description: 'YYYY-MM, inclusive' })
  @Matches(YEAR_MONTH, { context: { rule: 'yearMonth' } })
  @IsString()
  from: string;

  @ApiProperty({ example: '2027-03', description: 'YYYY-MM, inclusive' })
  @Matches(YEAR_MONTH, { context: { rule: 'yearMonth' } })
  @IsString()
  to: string;
}
