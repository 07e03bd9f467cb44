import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../core/auth/access.decorator';
import { ApiRoutes, type AreaSummary } from '@tsunagu/contracts';
import { CentersService } from './centers.service';

@ApiTags('centers')
@Controller(ApiRoutes.areas)
@Public()
export class AreasController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  @ApiOkResponse({ description: '地区 (areas) grouped under their district centers' })
  list(): Promise<AreaSummary[]> {
    return this.centers.listAreas();
  }
}
