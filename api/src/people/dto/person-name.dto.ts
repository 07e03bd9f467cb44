import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VOLUNTEER_ENQUIRY_LIMITS as LIMITS } from '@tsunagu/contracts';
import { nameNeedsReading } from '@tsunagu/matching';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { trim } from '../../core/http/input-transforms';
import { IsKanaReading } from '../../core/http/is-kana-reading.validator';

/**
 * A person's name as every form takes it: ふりがな is needed only when the name has kanji.
 * Decorators run bottom-up: the most basic rule of each field is written last.
 */
export class PersonNameDto {
  @ApiProperty({ example: '山田 花子', maxLength: LIMITS.nameMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.nameMaxLength, { context: { max: LIMITS.nameMaxLength } })
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiPropertyOptional({ example: 'やまだ はなこ', description: 'ふりがな (hiragana or katakana); needed when the name has kanji' })
  @Transform(trim)
  @ValidateIf((dto: PersonNameDto) => nameNeedsReading(String(dto.name ?? '')) || Boolean(dto.nameKana))
  @IsKanaReading()
  @MaxLength(LIMITS.nameKanaMaxLength, { context: { max: LIMITS.nameKanaMaxLength } })
  @IsNotEmpty()
  @IsString()
  nameKana?: string;
}
