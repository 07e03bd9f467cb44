import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type AuditLogEntry, type Page, Role } from '@tsunagu/contracts';
import { SignedIn } from '../core/auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';

@ApiTags('audit')
@Controller(ApiRoutes.auditLog)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** 監査ログ: admins browse and filter who read or changed whose personal data. */
  @Get()
  @SignedIn(Role.Admin)
  search(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntry>> {
    return this.audit.search(query);
  }
}
