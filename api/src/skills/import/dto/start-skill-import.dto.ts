import { ApiProperty } from '@nestjs/swagger';
import { SKILL_IMPORT_LIMITS, type SkillImportStartRequest } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsBase64, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../../core/http/input-transforms';

const FILE_NAME_MAX_LENGTH = 255;
/** base64 of the largest file, with room for padding: a larger body is refused by its size. */
export const CONTENT_BASE64_MAX_LENGTH = Math.ceil(SKILL_IMPORT_LIMITS.maxFileBytes / 3) * 4;

// Decorators run bottom-up: the most basic rule of each field is written last.

/** 名簿の取り込み: the file to check, and the center its people will be registered with. */
export class StartSkillImportDto implements SkillImportStartRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  centerId: string;

  @ApiProperty({ example: 'ボランティア名簿.csv', maxLength: FILE_NAME_MAX_LENGTH })
  @Transform(trim)
  @MaxLength(FILE_NAME_MAX_LENGTH, { context: { max: FILE_NAME_MAX_LENGTH } })
  @IsNotEmpty()
  @IsString()
  fileName: string;

  @ApiProperty({ description: 'The file, base64: UTF-8 (with or without BOM) or Shift_JIS CSV, up to 5 MB.' })
  @IsBase64()
  @MaxLength(CONTENT_BASE64_MAX_LENGTH, { context: { rule: 'fileTooLarge', max: SKILL_IMPORT_LIMITS.maxFileBytes / (1024 * 1024) } })
  @IsNotEmpty()
  @IsString()
  contentBase64: string;
}
