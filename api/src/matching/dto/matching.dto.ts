import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateOffersRequest, OfferResponseRequest, RecordPhoneAgreementRequest } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { blankToUndefined, trim } from '../../core/http/input-transforms';

export const MATCHING_LIMITS = {
  /** Offers sent in one go (a request asks for at most 50 people). */
  maxOffers: 20,
  messageMaxLength: 500,
  noteMaxLength: 500,
  reasonMaxLength: 500,
} as const;

/** 打診: the chosen volunteers each get a mail with accept/decline links. */
export class CreateOffersDto implements CreateOffersRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'people (volunteers) to offer the request to' })
  @IsUUID('all', { each: true, context: { label: 'personIds' } })
  @ArrayUnique({ context: { label: 'personIds' } })
  @ArrayMaxSize(MATCHING_LIMITS.maxOffers, { context: { label: 'personIds', max: MATCHING_LIMITS.maxOffers } })
  @ArrayMinSize(1, { context: { label: 'personIds', rule: 'requiredChoice' } })
  @IsArray({ context: { label: 'personIds' } })
  personIds: string[];

  @ApiPropertyOptional({ example: '草取りの道具はこちらで用意します。', maxLength: MATCHING_LIMITS.messageMaxLength })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(MATCHING_LIMITS.messageMaxLength, { context: { label: 'offerMessage', max: MATCHING_LIMITS.messageMaxLength } })
  @IsString({ context: { label: 'offerMessage' } })
  message?: string;
}

/** 電話で了承を得た: the coordinator records it; the volunteer gets no link. */
export class RecordPhoneAgreementDto implements RecordPhoneAgreementRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { context: { label: 'volunteerPersonId' } })
  personId: string;

  @ApiPropertyOptional({ example: '12月5日の朝、電話で了承をいただきました。', maxLength: MATCHING_LIMITS.noteMaxLength })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(MATCHING_LIMITS.noteMaxLength, { context: { label: 'phoneNote', max: MATCHING_LIMITS.noteMaxLength } })
  @IsString({ context: { label: 'phoneNote' } })
  note?: string;
}

export class OfferTokenQueryDto {
  @ApiProperty({ description: 'the token from the mailed link' })
  @Transform(trim)
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  token: string;
}

/** The answer from the mailed link's page (no login: the token is the key, and works once). */
export class OfferResponseDto implements OfferResponseRequest {
  @ApiProperty({ description: 'the token from the mailed link' })
  @Transform(trim)
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  token: string;

  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer: 'accept' | 'decline';
}

export class CancelMatchDto {
  @ApiProperty({ example: 'ご本人の体調がすぐれないため', maxLength: MATCHING_LIMITS.reasonMaxLength })
  @Transform(trim)
  @MaxLength(MATCHING_LIMITS.reasonMaxLength, { context: { max: MATCHING_LIMITS.reasonMaxLength } })
  @IsNotEmpty({ context: { rule: 'requiredToCancelMatch' } })
  @IsString()
  reason: string;
}
