import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ROADSHOWS_ERRORS, type MyRoadshow, type MyRoadshowRegistration, type Paginated, type RoadshowRegistrant } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory, type AuthUser } from '@market/server/identity';
import { RoadshowEntity, RoadshowRegistrationEntity } from '../infrastructure/roadshow.entities';
import { RoadshowQueries } from '../infrastructure/roadshow.queries';
import { Reminders, type ScheduledReminder } from './reminders.service';
import { toMyRegistration } from './roadshow-mapping';
import { Roadshows } from './roadshows.service';

/**
 * Registration up to capacity. Every change takes the event's row lock first (one lock order, no
 * deadlocks); the count moves only through a conditional UPDATE, so concurrent registrations can
 * never push it past the capacity, and (roadshow, user) is unique so a double click is a 409.
 */
@Injectable()
export class Registrations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roadshows: Roadshows,
    private readonly reminders: Reminders,
    private readonly directory: Directory,
    private readonly queries: RoadshowQueries,
  ) {}

  async register(user: AuthUser, roadshowId: string): Promise<MyRoadshowRegistration> {
    let planned: ScheduledReminder[] = [];
    const registrationId = await this.dataSource.transaction(async (m) => {
      const event = await this.roadshows.lock(m, roadshowId);
      if (event.status === 'cancelled') throw fail(ROADSHOWS_ERRORS.CANCELLED);
      if (event.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.STARTED, { what: '报名已截止', whatEn: 'registration has closed' });
      // A cancelled registration comes back to life; an active one is a duplicate.
      const id = await this.queries.insertRegistration(m, roadshowId, user.id);
      if (!id) throw fail(ROADSHOWS_ERRORS.ALREADY_REGISTERED);
      if (!(await this.queries.takePlace(m, roadshowId))) throw fail(ROADSHOWS_ERRORS.FULL);
      planned = await this.reminders.plan(m, id, event.startsAt);
      return id;
    });
    await this.reminders.schedule(planned);
    return toMyRegistration(await this.dataSource.getRepository(RoadshowRegistrationEntity).findOneByOrFail({ id: registrationId }));
  }

  /** Frees the place and drops the reminders; the user may register again later. */
  async cancelMine(user: AuthUser, roadshowId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const event = await this.roadshows.lock(m, roadshowId);
      if (event.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.STARTED, { what: '不能取消报名', whatEn: 'a registration can no longer be cancelled' });
      const registrationId = await this.queries.cancelRegistration(m, roadshowId, user.id);
      if (!registrationId) throw fail(ROADSHOWS_ERRORS.NOT_REGISTERED);
      await this.queries.freePlace(m, roadshowId);
      await this.reminders.dropForRegistration(m, registrationId);
    });
  }

  /** The caller's active registrations, soonest event first. */
  async mine(user: AuthUser, page: number, pageSize: number): Promise<Paginated<MyRoadshow>> {
    const [rows, total] = await this.dataSource
      .getRepository(RoadshowRegistrationEntity)
      .createQueryBuilder('g')
      .innerJoin(RoadshowEntity, 'r', 'r.id = g.roadshow_id')
      .where('g.user_id = :userId AND g.status = :status', { userId: user.id, status: 'registered' })
      .orderBy('r.starts_at', 'ASC')
      // offset/limit, not skip/take: the joined event is only for ordering, not a relation to page over.
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getManyAndCount();
    const events = await this.roadshows.withCounts(await this.dataSource.getRepository(RoadshowEntity).findBy({ id: In(rows.map((g) => g.roadshowId)) }));
    const byId = new Map(events.map((e) => [e.id, e]));
    const items = rows.flatMap((g) => {
      const roadshow = byId.get(g.roadshowId);
      return roadshow ? [{ registration: toMyRegistration(g), roadshow }] : [];
    });
    return { items, total, page, pageSize };
  }

  /** Staff: who registered (and who cancelled), for the attendance list. */
  async registrants(roadshowId: string): Promise<{ items: RoadshowRegistrant[] }> {
    await this.roadshows.get(undefined, roadshowId);
    const rows = await this.dataSource.getRepository(RoadshowRegistrationEntity).find({ where: { roadshowId }, order: { createdAt: 'ASC' } });
    const byId = await this.directory.people(rows.map((r) => r.userId));
    return {
      items: rows.map((r) => ({
        registrationId: r.id,
        userId: r.userId,
        name: byId.get(r.userId)?.name ?? '',
        email: byId.get(r.userId)?.email ?? '',
        organizationName: byId.get(r.userId)?.organization.name ?? '',
        status: r.status,
        attended: r.attended,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }

  /** Staff record who came, once the event has started; the detail then shows the attended count. */
  async markAttendance(roadshowId: string, userIds: string[], attended: boolean): Promise<{ updated: number; attendedCount: number }> {
    const event = await this.dataSource.getRepository(RoadshowEntity).findOne({ where: { id: roadshowId } });
    if (!event) throw fail(ROADSHOWS_ERRORS.NOT_FOUND);
    if (event.startsAt.getTime() > Date.now()) throw fail(ROADSHOWS_ERRORS.NOT_STARTED);
    const updated = await this.queries.markAttendance(roadshowId, userIds, attended);
    return { updated, attendedCount: await this.queries.attendedCount(roadshowId) };
  }
}
