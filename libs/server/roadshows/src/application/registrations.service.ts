import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ROADSHOWS_ERRORS, type MyRoadshow, type MyRoadshowRegistration, type Paginated, type RoadshowRegistrant } from '@market/contracts';
import { fail, updateReturning } from '@market/server/platform';
import { Directory, type AuthUser } from '@market/server/identity';
import { RoadshowEntity, RoadshowRegistrationEntity } from '../infrastructure/roadshow.entities';
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
  ) {}

  async register(user: AuthUser, roadshowId: string): Promise<MyRoadshowRegistration> {
    let planned: ScheduledReminder[] = [];
    const registrationId = await this.dataSource.transaction(async (m) => {
      const event = await this.roadshows.lock(m, roadshowId);
      if (event.status === 'cancelled') throw fail(ROADSHOWS_ERRORS.CANCELLED);
      if (event.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.STARTED, { what: '报名已截止', whatEn: 'registration has closed' });
      // A cancelled registration comes back to life; an active one is a duplicate.
      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO roadshow_registrations (roadshow_id, user_id, status) VALUES ($1, $2, 'registered')
         ON CONFLICT (roadshow_id, user_id) DO UPDATE SET status = 'registered', cancelled_at = NULL, attended = NULL, created_at = now()
         WHERE roadshow_registrations.status = 'cancelled'
         RETURNING id`,
        [roadshowId, user.id],
      );
      if (inserted.length === 0) throw fail(ROADSHOWS_ERRORS.ALREADY_REGISTERED);
      const [, taken] = (await m.query(
        `UPDATE roadshows SET registered_count = registered_count + 1
         WHERE id = $1 AND status = 'scheduled' AND registered_count < capacity AND starts_at > now()`,
        [roadshowId],
      )) as [unknown, number];
      if (taken !== 1) throw fail(ROADSHOWS_ERRORS.FULL);
      planned = await this.reminders.plan(m, inserted[0].id, event.startsAt);
      return inserted[0].id;
    });
    await this.reminders.schedule(planned);
    return toMyRegistration(await this.dataSource.getRepository(RoadshowRegistrationEntity).findOneByOrFail({ id: registrationId }));
  }

  /** Frees the place and drops the reminders; the user may register again later. */
  async cancelMine(user: AuthUser, roadshowId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const event = await this.roadshows.lock(m, roadshowId);
      if (event.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.STARTED, { what: '不能取消报名', whatEn: 'a registration can no longer be cancelled' });
      const rows = await updateReturning<{ id: string }>(
        m,
        `UPDATE roadshow_registrations SET status = 'cancelled', cancelled_at = now()
         WHERE roadshow_id = $1 AND user_id = $2 AND status = 'registered' RETURNING id`,
        [roadshowId, user.id],
      );
      if (rows.length === 0) throw fail(ROADSHOWS_ERRORS.NOT_REGISTERED);
      await m.query(`UPDATE roadshows SET registered_count = registered_count - 1 WHERE id = $1`, [roadshowId]);
      await this.reminders.dropForRegistration(m, rows[0].id);
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
    const rows = await updateReturning<{ id: string }>(
      this.dataSource,
      `UPDATE roadshow_registrations SET attended = $3 WHERE roadshow_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'registered' RETURNING id`,
      [roadshowId, userIds, attended],
    );
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM roadshow_registrations WHERE roadshow_id = $1 AND status = 'registered' AND attended`,
      [roadshowId],
    );
    return { updated: rows.length, attendedCount: n };
  }
}
