import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Audit, PageQueryDto, type AuditRecord } from '@market/server/platform';
import { Auth } from './auth.decorators';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'e.g. catalog.review, auction.confirm_deposit' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;
}

/** Staff read the audit log of staff actions, newest first. Nobody can change it. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: Audit) {}

  @Get()
  @Auth('staff')
  @ApiOkResponse({ description: '{items: [{id, at, actorId, actorRole, action, subjectType, subjectId, details}], total, page, pageSize}' })
  list(@Query() q: AuditQueryDto): Promise<{ items: AuditRecord[]; total: number; page: number; pageSize: number }> {
    return this.audit.list(q.page, q.pageSize, { action: q.action, subjectId: q.subjectId });
  }
}
