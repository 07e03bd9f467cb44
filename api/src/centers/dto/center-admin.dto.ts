import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AreaRequest, CenterRequest, CenterUpdateRequest } from '@tsunagu/contracts';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { trim } from '../../core/http/input-transforms';
import { Transform } from 'class-transformer';
import { IsKanaReading } from '../../core/http/is-kana-reading.validator';

const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const NAME_MAX = 100;

// Decorators run bottom-up: the most basic rule of each field is written last.

/** PATCH: a field left out stays as it is; a name cannot be cleared, so null is checked (and refused) like any value. */
const sent = (_dto: object, value: unknown) => value !== undefined;

export class CenterUpdateDto implements CenterUpdateRequest {
  @ApiPropertyOptional({ example: '青葉地区ボランティアセンター' })
  @Transform(trim)
  @ValidateIf(sent)
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsNotEmpty()
  @IsString()
  nameJa?: string;

  @ApiPropertyOptional({ example: 'あおばちくぼらんてぃあせんたー' })
  @Transform(trim)
  @ValidateIf(sent)
  @IsKanaReading()
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsString()
  nameKana?: string;

  @ApiPropertyOptional({ example: 'Aoba District Volunteer Center' })
  @Transform(trim)
  @ValidateIf(sent)
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsNotEmpty()
  @IsString()
  nameEn?: string;
}

export class AreaDto implements AreaRequest {
  @ApiProperty({ example: 'aoba-north' })
  @Matches(CODE)
  @IsString()
  code: string;

  @ApiProperty({ example: '青葉北小学校区' })
  @Transform(trim)
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsNotEmpty()
  @IsString()
  nameJa: string;

  @ApiProperty({ example: 'あおばきたしょうがっこうく' })
  @Transform(trim)
  @IsKanaReading()
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsNotEmpty()
  @IsString()
  nameKana: string;

  @ApiProperty({ example: 'Aoba-kita school area' })
  @Transform(trim)
  @MaxLength(NAME_MAX, { context: { max: NAME_MAX } })
  @IsNotEmpty()
  @IsString()
  nameEn: string;
}

/** `kind` is labelled 団体・企業の種類 for organisations; a center's is センターの種類. */
const CENTER_KIND = { label: 'centerKind' };

export class CenterDto extends AreaDto implements CenterRequest {
  @ApiProperty({ enum: ['district', 'disaster'] })
  @IsIn(['district', 'disaster'], { context: CENTER_KIND })
  kind: 'district' | 'disaster';
}
