import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { Notifications } from './application/notifications.service';
import { OrganizationDecidedHandler } from './application/organization-decided.handler';
import { NotificationsController } from './http/notifications.controller';
import { MailController } from './http/mail.controller';
import { MailDelivery } from './application/mail-delivery';
import { MailQueries } from './infrastructure/mail.queries';
import { Mail1764072100000 } from './infrastructure/migrations/1764072100000-mail';
import { NotificationEntity } from './infrastructure/notification.entity';
import { Notifications1764070200000 } from './infrastructure/migrations/1764070200000-notifications';
import { NotificationQueries } from './infrastructure/notification.queries';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
export const NOTIFICATIONS_MIGRATIONS = [Notifications1764070200000, Mail1764072100000];

@Module({
  imports: [IdentityModule],
  controllers: [NotificationsController, MailController],
  providers: [NotificationQueries, Notifications, OrganizationDecidedHandler, MailQueries, MailDelivery],
  exports: [Notifications, MailDelivery],
})
export class NotificationsModule {}
