export { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from './notifications.module';
export { Notifications, type NewNotification } from './application/notifications.service';
