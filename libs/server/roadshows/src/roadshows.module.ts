import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { Calendars } from './application/calendar.service';
import { RoadshowDemoSeeder } from './application/demo-seeder';
import { Registrations } from './application/registrations.service';
import { Reminders } from './application/reminders.service';
import { Roadshows } from './application/roadshows.service';
import { Slots } from './application/slots.service';
import { RoadshowsController } from './http/roadshows.controller';
import { CalendarTokenEntity, RoadshowEntity, RoadshowRegistrationEntity, RoadshowReminderEntity, RoadshowSlotEntity } from './infrastructure/roadshow.entities';
import { Roadshows1764071100000 } from './infrastructure/migrations/1764071100000-roadshows';
import { ReminderQueries } from './infrastructure/reminder.queries';
import { RoadshowQueries } from './infrastructure/roadshow.queries';

export const ROADSHOWS_ENTITIES = [RoadshowEntity, RoadshowSlotEntity, RoadshowRegistrationEntity, RoadshowReminderEntity, CalendarTokenEntity];
export const ROADSHOWS_MIGRATIONS = [Roadshows1764071100000];

@Module({
  imports: [IdentityModule, NotificationsModule, CatalogModule],
  controllers: [RoadshowsController],
  providers: [RoadshowQueries, ReminderQueries, Roadshows, Slots, Registrations, Reminders, Calendars, RoadshowDemoSeeder],
  exports: [Roadshows, Reminders],
})
export class RoadshowsModule {}
