import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type AreaSummary, type CenterSummary, Role } from '@tsunagu/contracts';
import { Public, SignedIn } from '../core/auth/access.decorator';
import { CentersService } from './centers.service';
import { AreaDto, CenterDto, CenterUpdateDto } from './dto/center-admin.dto';

@ApiTags('centers')
@Controller()
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  /** The ward center and its district centers: public information. */
  @Get(ApiRoutes.centers)
  @Public()
  list(): Promise<CenterSummary[]> {
    return this.centers.listCenters();
  }

  @Post(ApiRoutes.centers)
  @SignedIn(Role.Admin)
  @HttpCode(HttpStatus.CREATED)
  create(@Body() dto: CenterDto): Promise<CenterSummary> {
    return this.centers.createCenter(dto);
  }

  @Patch(`${ApiRoutes.centers}/:id`)
  @SignedIn(Role.Admin)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CenterUpdateDto): Promise<CenterSummary> {
    return this.centers.updateCenter(id, dto);
  }

  @Post(`${ApiRoutes.centers}/:id/${ApiRoutes.areas}`)
  @SignedIn(Role.Admin)
  @HttpCode(HttpStatus.CREATED)
  createArea(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AreaDto): Promise<AreaSummary> {
    return this.centers.createArea(id, dto);
  }

  @Patch(`${ApiRoutes.areas}/:id`)
  @SignedIn(Role.Admin)
  updateArea(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CenterUpdateDto): Promise<AreaSummary> {
    return this.centers.updateArea(id, dto);
  }
}
