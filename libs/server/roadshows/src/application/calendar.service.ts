import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { DataSource } from 'typeorm';
import { ROADSHOW_KIND_LABELS, ROADSHOWS_ERRORS, type CalendarLink } from '@market/contracts';
import { APP_CONFIG, fail, type AppConfig } from '@market/server/platform';
import type { AuthUser } from '@market/server/identity';
import { CalendarTokenEntity, RoadshowEntity, RoadshowRegistrationEntity } from '../infrastructure/roadshow.entities';
import { RoadshowQueries } from '../infrastructure/roadshow.queries';
import { roadshowNotFound } from './roadshows.service';
import { icsText } from '../domain/ics-text';

const PRODUCT_ID = '-//wenzhou-tech-market//roadshows//ZH';

/**
 * `.ics` files: one per event, and a personal feed of a user's events. Calendar apps cannot send a
 * Bearer token, so the feed is addressed by an unguessable token of its own (192 random bits).
 */
@Injectable()
export class Calendars {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: RoadshowQueries,
  ) {}

  /** Links start with PUBLIC_URL, never with the request's Host or X-Forwarded-* headers. */
  private get origin(): string {
    return this.config.publicUrl;
  }

  async forEvent(id: string): Promise<string> {
    const row = await this.dataSource.getRepository(RoadshowEntity).findOne({ where: { id } });
    if (!row) throw roadshowNotFound();
    return this.render([row], row.title);
  }

  async feed(token: string): Promise<string> {
    const owner = await this.dataSource.getRepository(CalendarTokenEntity).findOne({ where: { token } });
    if (!owner) throw fail(ROADSHOWS_ERRORS.CALENDAR_NOT_FOUND);
    const rows = await this.dataSource
      .getRepository(RoadshowEntity)
      .createQueryBuilder('r')
      .innerJoin(RoadshowRegistrationEntity, 'g', 'g.roadshow_id = r.id')
      .where('g.user_id = :userId AND g.status = :status', { userId: owner.userId, status: 'registered' })
      .orderBy('r.starts_at', 'ASC')
      .getMany();
    return this.render(rows, '我的路演活动');
  }

  /** The caller's feed link; the token is made once and kept, so a subscribed calendar keeps working. */
  async link(user: AuthUser): Promise<CalendarLink> {
    await this.queries.ensureCalendarToken(user.id, randomBytes(24).toString('base64url'));
    const { token } = await this.dataSource.getRepository(CalendarTokenEntity).findOneByOrFail({ userId: user.id });
    const path = `/api/roadshows/calendar/${token}.ics`;
    return { path, url: `${this.origin}${path}` };
  }

  private render(rows: RoadshowEntity[], calName: string): string {
    const events: EventAttributes[] = rows.map((r) => ({
      uid: `roadshow-${r.id}@wenzhou-tech-market`,
      title: `【${ROADSHOW_KIND_LABELS[r.kind].zh}】${r.title}`,
      description: [r.description, r.onlineUrl ? `线上参加：${r.onlineUrl}` : null].filter(Boolean).join('\n'),
      location: r.venue ?? r.onlineUrl ?? undefined,
      url: `${this.origin}/roadshows/${r.id}`,
      // Times go out in UTC (…Z); calendar apps show them in the user's own zone.
      start: r.startsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: r.endsAt.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      status: r.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      // A moved or cancelled event replaces the copy already in the calendar.
      sequence: Math.floor(r.updatedAt.getTime() / 1000),
      alarms: [{ action: 'display', description: icsText(r.title), trigger: { hours: 1, before: true } }],
    }));
    const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: icsText(calName) });
    if (error || !value) throw error ?? new Error('could not build the calendar');
    return value;
  }
}
