// Roadshows' public face: the module, its tables, and the services deals or tools may read.
export { RoadshowsModule, ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from './roadshows.module';
export { Roadshows } from './application/roadshows.service';
export { Reminders } from './application/reminders.service';
