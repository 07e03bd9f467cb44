import { Body, Controller, Delete, Get, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, ConsentPurpose, type ConsentRecord } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { CurrentViewer } from '../core/auth/current-viewer.decorator';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { ConsentsService } from './consents.service';
import { ConsentGrantDto } from './dto/consent-grant.dto';

/** 同意: a person sees, gives and withdraws their own consents. */
@ApiTags('consents')
@SignedIn()
@Controller(ApiRoutes.myConsents)
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  list(@CurrentViewer() viewer: AuthenticatedViewer): Promise<ConsentRecord[]> {
    return this.consents.listOwn(viewer);
  }

  @Post()
  give(@CurrentViewer() viewer: AuthenticatedViewer, @Body() grant: ConsentGrantDto): Promise<ConsentRecord[]> {
    return this.consents.giveOwn(viewer, grant);
  }

  @Delete(':purpose')
  withdraw(
    @CurrentViewer() viewer: AuthenticatedViewer,
    @Param('purpose', new ParseEnumPipe(ConsentPurpose)) purpose: ConsentPurpose,
  ): Promise<ConsentRecord[]> {
    return this.consents.withdrawOwn(viewer, purpose);
  }
}
