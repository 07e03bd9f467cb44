import { ApiProperty } from '@nestjs/swagger';
import { type ConsentGrant, ConsentPurpose } from '@tsunagu/contracts';
import { IsIn, IsNotEmpty, IsString } from 'class-validator';

export class ConsentGrantDto implements ConsentGrant {
  @ApiProperty({ enum: Object.values(ConsentPurpose) })
  @IsIn(Object.values(ConsentPurpose))
  purpose: ConsentPurpose;

  @ApiProperty({ example: '2026-11-23' })
  @IsNotEmpty()
  @IsString()
  version: string;
}
