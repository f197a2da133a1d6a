import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Notification, Paginated } from '@market/contracts';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { PageQueryDto } from '@market/server/platform';
import { Notifications } from '../application/notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: Notifications) {}

  /** The caller's notifications, newest first, with the unread count. */
  @Get()
  @Auth()
  @ApiOkResponse({ description: '{items, total, page, pageSize, unread}' })
  list(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<Paginated<Notification> & { unread: number }> {
    return this.notifications.list(user.id, q.page, q.pageSize);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Auth()
  markRead(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<Notification> {
    return this.notifications.markRead(user.id, id);
  }
}
