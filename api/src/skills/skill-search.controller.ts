import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type RegisteredFigures, Role, type VolunteerSearchPage } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { RegisteredFiguresQueryDto, VolunteerSearchFilterDto, VolunteerSearchQueryDto } from './dto/skill-search-query.dto';
import { todayInJapan } from './insurance-cover';
import { SkillFiguresService } from './skill-figures.service';
import { SkillSearchService } from './skill-search.service';

/** 特技バンク for staff: search, CSV export and 登録者数, for the centers they cover. */
@ApiTags('skills')
@SignedIn(Role.Coordinator, Role.Admin)
@Controller()
export class SkillSearchController {
  constructor(
    private readonly search: SkillSearchService,
    private readonly figures: SkillFiguresService,
  ) {}

  /** Active volunteers, most relevant first, each with why they matched. Audited (names are shown). */
  @Get(ApiRoutes.skillSearch)
  find(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: VolunteerSearchQueryDto): Promise<VolunteerSearchPage> {
    return this.search.search(viewer, query);
  }

  /** Everyone the same search finds, as CSV for Excel (UTF-8 with BOM, CRLF). Audited as an export. */
  @Get(ApiRoutes.skillExport)
  async export(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Query() query: VolunteerSearchFilterDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { csv } = await this.search.exportCsv(viewer, query);
    const fileName = `tsunagu-skills-${todayInJapan()}.csv`;
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .header('cache-control', 'no-store');
    return csv;
  }

  @Get(ApiRoutes.skillFigures)
  registered(@CurrentViewer() viewer: AuthenticatedViewer, @Query() query: RegisteredFiguresQueryDto): Promise<RegisteredFigures> {
    return this.figures.registered(viewer, query);
  }
}
