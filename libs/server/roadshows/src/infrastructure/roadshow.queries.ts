import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '@market/server/platform';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

/** The raw SQL of events, registrations, slots and calendar tokens (the rest goes through the entities). */
@Injectable()
export class RoadshowQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A cancelled registration comes back to life; an active one is a duplicate (undefined). */
  async insertRegistration(m: Db, roadshowId: string, userId: string): Promise<string | undefined> {
    const inserted: Array<{ id: string }> = await m.query(
      `INSERT INTO roadshow_registrations (roadshow_id, user_id, status) VALUES ($1, $2, 'registered')
         ON CONFLICT (roadshow_id, user_id) DO UPDATE SET status = 'registered', cancelled_at = NULL, attended = NULL, created_at = now()
         WHERE roadshow_registrations.status = 'cancelled'
         RETURNING id`,
      [roadshowId, userId],
    );
    return inserted[0]?.id;
  }

  /**
   * Takes a place: the count moves only through this conditional UPDATE, so concurrent
   * registrations can never push it past the capacity. False when the event is full, no longer
   * scheduled or started.
   */
  async takePlace(m: Db, roadshowId: string): Promise<boolean> {
    const [, taken] = (await m.query(
      `UPDATE roadshows SET registered_count = registered_count + 1
         WHERE id = $1 AND status = 'scheduled' AND registered_count < capacity AND starts_at > now()`,
      [roadshowId],
    )) as [unknown, number];
    return taken === 1;
  }

  /** The user's active registration cancelled; its id, or undefined when there was none. */
  async cancelRegistration(m: Db, roadshowId: string, userId: string): Promise<string | undefined> {
    const rows = await updateReturning<{ id: string }>(
      m,
      `UPDATE roadshow_registrations SET status = 'cancelled', cancelled_at = now()
         WHERE roadshow_id = $1 AND user_id = $2 AND status = 'registered' RETURNING id`,
      [roadshowId, userId],
    );
    return rows[0]?.id;
  }

  async freePlace(m: Db, roadshowId: string): Promise<void> {
    await m.query(`UPDATE roadshows SET registered_count = registered_count - 1 WHERE id = $1`, [roadshowId]);
  }

  /** Marks the active registrations of these users; how many changed. */
  async markAttendance(roadshowId: string, userIds: string[], attended: boolean): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      this.dataSource,
      `UPDATE roadshow_registrations SET attended = $3 WHERE roadshow_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'registered' RETURNING id`,
      [roadshowId, userIds, attended],
    );
    return rows.length;
  }

  async attendedCount(roadshowId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM roadshow_registrations WHERE roadshow_id = $1 AND status = 'registered' AND attended`,
      [roadshowId],
    );
    return n;
  }

  /** Attended counts of these events (absent: none). */
  async attendedCounts(roadshowIds: string[]): Promise<Map<string, number>> {
    const counts: Array<{ roadshow_id: string; n: number }> = await this.dataSource.query(
      `SELECT roadshow_id, count(*)::int AS n FROM roadshow_registrations
       WHERE roadshow_id = ANY($1::uuid[]) AND status = 'registered' AND attended GROUP BY roadshow_id`,
      [roadshowIds],
    );
    return new Map(counts.map((c) => [c.roadshow_id, c.n]));
  }

  async pendingSlotsOf(m: Db, roadshowId: string, organizationId: string): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM roadshow_slots WHERE roadshow_id = $1 AND organization_id = $2 AND status = 'pending'`, [roadshowId, organizationId]);
    return n;
  }

  /** Keeps the user's first token: a second call changes nothing. */
  async ensureCalendarToken(userId: string, token: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO roadshow_calendar_tokens (user_id, token) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING`,
      [userId, token],
    );
  }
}
