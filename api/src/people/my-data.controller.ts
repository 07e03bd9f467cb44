import { Controller, Delete, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type PersonalDataExport, SESSION_COOKIE } from '@tsunagu/contracts';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { PeopleService } from './people.service';

/** A person's own data: download it, or delete the registration. */
@ApiTags('people')
@SignedIn()
@Controller()
export class MyDataController {
  constructor(private readonly people: PeopleService) {}

  @Get(ApiRoutes.myData)
  async download(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalDataExport> {
    void reply.header('content-disposition', 'attachment; filename="tsunagu-my-data.json"');
    return this.people.exportOwn(viewer);
  }

  @Delete(ApiRoutes.me)
  @HttpCode(HttpStatus.NO_CONTENT)
  async erase(@CurrentViewer() viewer: AuthenticatedViewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.people.eraseOwn(viewer);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
