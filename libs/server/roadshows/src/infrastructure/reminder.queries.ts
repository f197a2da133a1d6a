import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReminderOffset } from '@market/contracts';
import { updateReturning } from '@market/server/platform';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

/** A due reminder with what its notification says, claimed by the caller's transaction. */
export interface DueRow {
  id: string;
  offset: ReminderOffset;
  due_at: Date;
  user_id: string;
  registration_status: string;
  roadshow_id: string;
  title: string;
  starts_at: Date;
  roadshow_status: string;
  venue: string | null;
  online_url: string | null;
  db_now: Date;
}

/** One planned reminder of a registration (domain/reminders.ts planReminders). */
export interface PlannedReminder {
  offset: ReminderOffset;
  dueAt: Date;
  skipped: boolean;
}

/** The SQL of `roadshow_reminders`: one row per registration and offset, sent or skipped exactly once. */
@Injectable()
export class ReminderQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reminder's id, or undefined when it was already sent (that one stays sent). */
  async upsert(manager: Db, registrationId: string, p: PlannedReminder): Promise<string | undefined> {
    // A re-registration re-plans unsent rows; one already sent stays sent (never twice).
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO roadshow_reminders (registration_id, "offset", due_at, skipped_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)
         ON CONFLICT (registration_id, "offset") DO UPDATE SET due_at = EXCLUDED.due_at, skipped_at = EXCLUDED.skipped_at
         WHERE roadshow_reminders.sent_at IS NULL
         RETURNING id`,
      [registrationId, p.offset, p.dueAt, p.skipped],
    );
    return rows[0]?.id;
  }

  /** The event's unsent reminders of this offset, of active registrations, moved; their ids. */
  async moveForRoadshow(manager: Db, roadshowId: string, p: PlannedReminder): Promise<string[]> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE roadshow_reminders r SET due_at = $3, skipped_at = CASE WHEN $4 THEN now() END
         FROM roadshow_registrations g
         WHERE g.id = r.registration_id AND g.roadshow_id = $1 AND g.status = 'registered'
           AND r."offset" = $2 AND r.sent_at IS NULL
         RETURNING r.id`,
      [roadshowId, p.offset, p.dueAt, p.skipped],
    );
    return rows.map((r) => r.id);
  }

  async skipForRegistration(manager: Db, registrationId: string): Promise<void> {
    await manager.query(
      `UPDATE roadshow_reminders SET skipped_at = now() WHERE registration_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
      [registrationId],
    );
  }

  async skipForRoadshow(manager: Db, roadshowId: string): Promise<void> {
    await manager.query(
      `UPDATE roadshow_reminders r SET skipped_at = now() FROM roadshow_registrations g
       WHERE g.id = r.registration_id AND g.roadshow_id = $1 AND r.sent_at IS NULL AND r.skipped_at IS NULL`,
      [roadshowId],
    );
  }

  /** Every reminder still to go out, soonest first. */
  async pending(): Promise<Array<{ id: string; due_at: Date }>> {
    return this.dataSource.query(
      `SELECT id, due_at FROM roadshow_reminders WHERE sent_at IS NULL AND skipped_at IS NULL ORDER BY due_at LIMIT 10000`,
    );
  }

  /**
   * Up to `limit` due reminders, locked by the caller's transaction; rows another worker holds are
   * skipped (SKIP LOCKED), so workers share the due rows instead of queueing on them.
   */
  async claimDue(manager: Db, limit: number): Promise<DueRow[]> {
    return manager.query(
      `SELECT r.id, r."offset", r.due_at, g.user_id, g.status AS registration_status, s.id AS roadshow_id, s.title,
              s.starts_at, s.status AS roadshow_status, s.venue, s.online_url, now() AS db_now
       FROM roadshow_reminders r
       JOIN roadshow_registrations g ON g.id = r.registration_id
       JOIN roadshows s ON s.id = g.roadshow_id
       WHERE r.sent_at IS NULL AND r.skipped_at IS NULL AND r.due_at <= now()
       ORDER BY r.due_at LIMIT ${limit}
       FOR UPDATE OF r SKIP LOCKED`,
    );
  }

  /** Conditional: true when this call marked the reminder sent (or skipped), false when it already was. */
  async mark(manager: Db, id: string, action: 'send' | 'skip'): Promise<boolean> {
    const column = action === 'send' ? 'sent_at' : 'skipped_at';
    const claimed = await updateReturning<{ id: string }>(
      manager,
      `UPDATE roadshow_reminders SET ${column} = now() WHERE id = $1 AND sent_at IS NULL AND skipped_at IS NULL RETURNING id`,
      [id],
    );
    return claimed.length > 0;
  }
}
