import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/** Far past the end of any list (the web app sends at most 6 digits); the offset stays a number PostgreSQL takes. */
export const MAX_PAGE = 1_000_000;

/** ?page=&pageSize= for every paged list; a subclass may start with another page size. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @Max(MAX_PAGE, { context: { max: MAX_PAGE } })
  @Min(1)
  @IsInt()
  page = 1;

  @ApiPropertyOptional({ default: 20, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @Max(MAX_PAGE_SIZE)
  @Min(1)
  @IsInt()
  pageSize = 20;
}
