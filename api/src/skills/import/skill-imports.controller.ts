import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, Role, type SkillImport } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../../core/auth/access.decorator';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../../core/auth/viewer';
import { localeFromAcceptLanguage } from '../../core/i18n/request-locale';
import { CONTENT_BASE64_MAX_LENGTH, StartSkillImportDto } from './dto/start-skill-import.dto';
import { SkillImportsService } from './skill-imports.service';

/** The upload's JSON body: the base64 file and a little more (the default limit is 1 MiB). */
const START_BODY_LIMIT = CONTENT_BASE64_MAX_LENGTH + 64 * 1024;

/**
 * 名簿の取り込み: コーディネーター (for the centers they cover) and 管理者. The rows' errors and
 * the preview come worded in the caller's language.
 */
@ApiTags('skills')
@SignedIn(Role.Coordinator, Role.Admin)
@Controller()
export class SkillImportsController {
  constructor(private readonly imports: SkillImportsService) {}

  /** Checks every row of the file and keeps the valid ones; nothing is registered yet. */
  @Post(ApiRoutes.skillImports)
  @HttpCode(HttpStatus.CREATED)
  @RouteConfig({ bodyLimit: START_BODY_LIMIT })
  start(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Body() dto: StartSkillImportDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SkillImport> {
    return this.imports.start(viewer, dto, localeFromAcceptLanguage(acceptLanguage));
  }

  /** The header row the import reads, as a CSV Excel opens (UTF-8 with BOM). */
  @Get(`${ApiRoutes.skillImports}/template`)
  template(@Res({ passthrough: true }) reply: FastifyReply): string {
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="tsunagu-skills-template.csv"');
    return this.imports.templateCsv();
  }

  /** Status and progress: the page asks every half second while the import runs. */
  @Get(`${ApiRoutes.skillImports}/:id`)
  get(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SkillImport> {
    return this.imports.get(viewer, id, localeFromAcceptLanguage(acceptLanguage));
  }

  /** 「○件を取り込む」: 202; the worker registers the valid rows in one transaction. */
  @Post(`${ApiRoutes.skillImports}/:id/commit`)
  @HttpCode(HttpStatus.ACCEPTED)
  commit(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SkillImport> {
    return this.imports.commit(viewer, id, localeFromAcceptLanguage(acceptLanguage));
  }
}
