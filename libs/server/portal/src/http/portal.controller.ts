import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Announcement, AnnouncementSummary, Paginated, Portal, Todo } from '@market/contracts';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { Announcements } from '../application/announcements.service';
import { PortalFront } from '../application/portal-front';
import { WorkList } from '../application/work-list';
import { CreateAnnouncementDto, ListAnnouncementsQueryDto, UpdateAnnouncementDto } from './dto/announcement.dto';

const Id = () => Param('id', new ParseUUIDPipe());

@ApiTags('portal')
@Controller()
export class PortalController {
  constructor(
    private readonly front: PortalFront,
    private readonly announcements: Announcements,
    private readonly work: WorkList,
  ) {}

  /** The front page: live figures, the latest listings, upcoming auctions and roadshows, announcements. */
  @Get('portal')
  @ApiOkResponse({ description: '{figures, latest, upcoming, announcements, generatedAt}' })
  portal(): Promise<Portal> {
    return this.front.get();
  }

  /** What waits for the caller, by role: counts, where to work them, the first few of each. */
  @Get('me/todo')
  @Auth()
  @ApiOkResponse({ description: '{total, items: [{kind, count, link, entries}]}' })
  todo(@CurrentUser() user: AuthUser): Promise<Todo> {
    return this.work.for(user);
  }

  /** 通知公告 and 政策法规, pinned first, newest first. */
  @Get('announcements')
  list(@Query() q: ListAnnouncementsQueryDto): Promise<Paginated<AnnouncementSummary>> {
    return this.announcements.list(q.kind, q.page, q.pageSize);
  }

  @Get('announcements/:id')
  @ApiNotFoundResponse({ description: 'PORTAL.NOT_FOUND' })
  get(@Id() id: string): Promise<Announcement> {
    return this.announcements.get(id);
  }

  @Post('announcements')
  @Auth('staff')
  @ApiCreatedResponse({ description: 'the announcement, its body sanitized' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAnnouncementDto): Promise<Announcement> {
    return this.announcements.create(user, dto);
  }

  @Patch('announcements/:id')
  @Auth('staff')
  update(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: UpdateAnnouncementDto): Promise<Announcement> {
    return this.announcements.update(user, id, dto);
  }

  @Delete('announcements/:id')
  @Auth('staff')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Id() id: string): Promise<void> {
    await this.announcements.remove(user, id);
  }
}
