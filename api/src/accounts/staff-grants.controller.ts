import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, Role, type StaffGrant } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { StaffGrantDto } from './dto/staff-grant.dto';
import { StaffGrantsService } from './staff-grants.service';

@ApiTags('admin')
@SignedIn(Role.Admin)
@Controller(ApiRoutes.staffGrants)
export class StaffGrantsController {
  constructor(private readonly staff: StaffGrantsService) {}

  @Get()
  list(): Promise<StaffGrant[]> {
    return this.staff.list();
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  grant(@Body() dto: StaffGrantDto): Promise<StaffGrant[]> {
    return this.staff.grant(dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  revoke(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.staff.revoke(id);
  }
}
