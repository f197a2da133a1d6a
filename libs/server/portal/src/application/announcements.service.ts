import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PORTAL_ERRORS, type Announcement, type AnnouncementKind, type AnnouncementSummary, type Paginated } from '@market/contracts';
import type { AuthUser } from '@market/server/identity';
import { Audit, ChangeSignals, fail } from '@market/server/platform';
import { excerptOf, plainText, sanitizeBody } from '../domain/announcement-html';
import { AnnouncementQueries } from '../infrastructure/announcement.queries';
import type { CreateAnnouncementDto, UpdateAnnouncementDto } from '../http/dto/announcement.dto';

/** The body as stored: sanitized, with its excerpt; a body with no words left is refused. */
function cleanBody(html: string): { body: string; excerpt: string } {
  const body = sanitizeBody(html);
  if (!plainText(body)) throw fail(PORTAL_ERRORS.EMPTY_BODY);
  return { body, excerpt: excerptOf(body) };
}

/** 通知公告 and 政策法规: staff write them (audited), anyone reads them. */
@Injectable()
export class Announcements {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AnnouncementQueries,
    private readonly audit: Audit,
    private readonly changes: ChangeSignals,
  ) {}

  async create(user: AuthUser, dto: CreateAnnouncementDto): Promise<Announcement> {
    const id = await this.dataSource.transaction(async (m) => {
      const id = await this.queries.insert(m, { kind: dto.kind, title: dto.title, ...cleanBody(dto.body), pinned: dto.pinned ?? false, createdBy: user.id });
      await this.audit.record(m, { actor: user, action: 'announcement.create', subjectType: 'announcement', subjectId: id, details: { kind: dto.kind, title: dto.title, pinned: dto.pinned ?? false } });
      return id;
    });
    await this.changes.touch('announcements');
    return this.get(id);
  }

  async update(user: AuthUser, id: string, dto: UpdateAnnouncementDto): Promise<Announcement> {
    await this.dataSource.transaction(async (m) => {
      const found = await this.queries.update(m, id, { kind: dto.kind, title: dto.title, pinned: dto.pinned, ...(dto.body === undefined ? {} : cleanBody(dto.body)) });
      if (!found) throw fail(PORTAL_ERRORS.NOT_FOUND);
      await this.audit.record(m, { actor: user, action: 'announcement.update', subjectType: 'announcement', subjectId: id, details: { kind: dto.kind, title: dto.title, pinned: dto.pinned, body: dto.body !== undefined } });
    });
    await this.changes.touch('announcements');
    return this.get(id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await this.queries.delete(m, id))) throw fail(PORTAL_ERRORS.NOT_FOUND);
      await this.audit.record(m, { actor: user, action: 'announcement.delete', subjectType: 'announcement', subjectId: id, details: {} });
    });
    await this.changes.touch('announcements');
  }

  async get(id: string): Promise<Announcement> {
    const found = await this.queries.get(id);
    if (!found) throw fail(PORTAL_ERRORS.NOT_FOUND);
    return found;
  }

  async list(kind: AnnouncementKind | undefined, page: number, pageSize: number): Promise<Paginated<AnnouncementSummary>> {
    const { items, total } = await this.queries.page(kind, pageSize, (page - 1) * pageSize);
    return { items, total, page, pageSize };
  }
}
