import { ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_LIMITS, type RequestListQuery, RequestStatus } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { blankToUndefined } from '../../core/http/input-transforms';
import { PageQueryDto } from '../../core/http/page-query.dto';

export class RequestListQueryDto extends PageQueryDto implements RequestListQuery {
  @ApiPropertyOptional({ enum: RequestStatus, description: 'every status when omitted' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsEnum(RequestStatus)
  status?: RequestStatus;

  @ApiPropertyOptional({ description: 'words in the title or description' })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(REQUEST_LIMITS.titleMaxLength, { context: { max: REQUEST_LIMITS.titleMaxLength } })
  @IsString()
  q?: string;
}
