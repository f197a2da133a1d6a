import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { Notifications } from './application/notifications.service';
import { OrganizationDecidedHandler } from './application/organization-decided.handler';
import { NotificationsController } from './http/notifications.controller';
import { NotificationEntity } from './infrastructure/notification.entity';
import { Notifications1764070200000 } from './infrastructure/migrations/1764070200000-notifications';
import { NotificationQueries } from './infrastructure/notification.queries';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
export const NOTIFICATIONS_MIGRATIONS = [Notifications1764070200000];

@Module({
  imports: [IdentityModule],
  controllers: [NotificationsController],
  providers: [NotificationQueries, Notifications, OrganizationDecidedHandler],
  exports: [Notifications],
})
export class NotificationsModule {}
