import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type CenterSummary } from '@tsunagu/contracts';
import { Public } from '../core/auth/access.decorator';
import { CentersService } from './centers.service';

@ApiTags('centers')
@Public()
@Controller(ApiRoutes.centers)
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  /** The ward center and its district centers: public information. */
  @Get()
  list(): Promise<CenterSummary[]> {
    return this.centers.listCenters();
  }
}
