import { ApiProperty } from '@nestjs/swagger';
import {
  ConsentPurpose,
  LOCALES,
  type Locale,
  type LoginRequest,
  PASSWORD_LIMITS,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
  type SignUpRequest,
  type VerifyEmailRequest,
  VOLUNTEER_ENQUIRY_LIMITS as LIMITS,
} from '@tsunagu/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConsentGrantDto } from '../../consents/dto/consent-grant.dto';
import { trim } from '../../core/http/input-transforms';
import { PersonNameDto } from '../../people/dto/person-name.dto';

// Decorators run bottom-up: the most basic rule of each field is written last.

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'hanako@example.jp' })
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  email: string;

  @ApiProperty()
  @IsNotEmpty()
  @IsString()
  password: string;
}

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'hanako@example.jp' })
  @Transform(trim)
  @IsEmail()
  @IsNotEmpty()
  @IsString()
  email: string;
}

export class TokenDto implements VerifyEmailRequest {
  @ApiProperty()
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  token: string;
}

export class PasswordResetConfirmDto extends TokenDto implements PasswordResetConfirmRequest {
  @ApiProperty({ minLength: PASSWORD_LIMITS.minLength })
  @MaxLength(PASSWORD_LIMITS.maxLength, { context: { max: PASSWORD_LIMITS.maxLength } })
  @MinLength(PASSWORD_LIMITS.minLength, { context: { min: PASSWORD_LIMITS.minLength } })
  @IsString()
  password: string;
}

export class SignUpDto extends PersonNameDto implements SignUpRequest {
  @ApiProperty({ example: 'hanako@example.jp' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty()
  @IsString()
  email: string;

  @ApiProperty({ minLength: PASSWORD_LIMITS.minLength })
  @MaxLength(PASSWORD_LIMITS.maxLength, { context: { max: PASSWORD_LIMITS.maxLength } })
  @MinLength(PASSWORD_LIMITS.minLength, { context: { min: PASSWORD_LIMITS.minLength } })
  @IsString()
  password: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;

  @ApiProperty({ type: [ConsentGrantDto] })
  @ValidateNested({ each: true })
  @Type(() => ConsentGrantDto)
  @ArrayMaxSize(Object.values(ConsentPurpose).length)
  @IsArray()
  consents: ConsentGrantDto[];
}
