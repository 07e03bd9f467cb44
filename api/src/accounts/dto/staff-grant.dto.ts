import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role, type RoleGrantRequest } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';
import { trim } from '../../core/http/input-transforms';

// Decorators run bottom-up: the most basic rule of each field is written last.
export class StaffGrantDto implements RoleGrantRequest {
  @ApiProperty({ example: 'coordinator@example.jp' })
  @Transform(trim)
  @IsEmail()
  @IsNotEmpty()
  @IsString()
  email: string;

  @ApiProperty({ enum: [Role.Coordinator, Role.Admin] })
  @IsIn([Role.Coordinator, Role.Admin])
  role: Role.Coordinator | Role.Admin;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  centerId?: string;
}
