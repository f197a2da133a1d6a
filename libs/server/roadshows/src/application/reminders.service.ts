import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReminderOffset } from '@market/contracts';
import { JOBS } from '@market/server/events';
import { APP_CONFIG, type AppConfig, JobHandler, JobQueue, runsWorkers } from '@market/server/platform';
import { Notifications } from '@market/server/notifications';
import { delayUntil, planReminders, reminderAction, reminderJobId } from '../domain/reminders';
import { formatZhDateTime, zoneName } from '@market/shared/time';
import { ReminderQueries } from '../infrastructure/reminder.queries';

const SWEEP_EVERY_MS = 5000;
const BATCH = 100;
const OFFSET_TEXT: Record<ReminderOffset, string> = { '24h': '24小时', '1h': '1小时' };

export interface ScheduledReminder {
  id: string;
  dueAt: Date;
}

/**
 * Reminders 24 h and 1 h before an event. Postgres holds one row per registration and offset; a
 * delayed BullMQ job per row and a sweep every few seconds both call `sendDue`, which claims rows
 * with SKIP LOCKED and a conditional UPDATE and writes the notification in the same transaction,
 * so each reminder goes out once whichever path, copy or restart gets there first.
 */
@Injectable()
export class Reminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly notifications: Notifications,
    private readonly queries: ReminderQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    // The sweep runs from this process's own timer, not from a Redis job scheduler, so it goes on
    // while Redis is down and after Redis lost its data; sendDue is safe to run from many copies.
    this.timer = setInterval(() => {
      this.sendDue().catch((e: Error) => this.logger.warn(`reminder sweep failed: ${e.message}`));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
    try {
      // Redis may have lost the delayed jobs: the table says what is still to come.
      await this.schedule(await this.pending());
    } catch (e) {
      this.logger.warn(`could not schedule reminders at start-up: ${(e as Error).message}`);
    }
    await this.sendDue();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Inside the registration's transaction: its reminders, those already past marked skipped. */
  async plan(manager: EntityManager, registrationId: string, startsAt: Date, now = new Date()): Promise<ScheduledReminder[]> {
    const out: ScheduledReminder[] = [];
    for (const p of planReminders(startsAt, now)) {
      // A re-registration re-plans unsent rows; one already sent stays sent (never twice).
      const id = await this.queries.upsert(manager, registrationId, p);
      if (id && !p.skipped) out.push({ id, dueAt: p.dueAt });
    }
    return out;
  }

  /** Inside the event's transaction: its unsent reminders follow the new start (or become skipped). */
  async replan(manager: EntityManager, roadshowId: string, startsAt: Date, now = new Date()): Promise<ScheduledReminder[]> {
    const out: ScheduledReminder[] = [];
    for (const p of planReminders(startsAt, now)) {
      const ids = await this.queries.moveForRoadshow(manager, roadshowId, p);
      if (!p.skipped) out.push(...ids.map((id) => ({ id, dueAt: p.dueAt })));
    }
    return out;
  }

  /** Inside the cancelling transaction: nothing of this registration is sent any more. */
  async dropForRegistration(manager: EntityManager, registrationId: string): Promise<void> {
    await this.queries.skipForRegistration(manager, registrationId);
  }

  async dropForRoadshow(manager: EntityManager, roadshowId: string): Promise<void> {
    await this.queries.skipForRoadshow(manager, roadshowId);
  }

  /** After the commit: one delayed job per reminder. Losing it is harmless, the sweep sends anyway. */
  async schedule(reminders: ScheduledReminder[]): Promise<void> {
    const now = new Date();
    for (const r of reminders) {
      try {
        await this.jobs.add(JOBS.roadshowReminderDue, { reminderId: r.id }, { jobId: reminderJobId(r.id, r.dueAt), delay: delayUntil(r.dueAt, now) });
      } catch (e) {
        this.logger.warn(`could not schedule reminder ${r.id}: ${(e as Error).message}`);
      }
    }
  }

  private async pending(): Promise<ScheduledReminder[]> {
    const rows = await this.queries.pending();
    return rows.map((r) => ({ id: r.id, dueAt: r.due_at }));
  }

  @JobHandler(JOBS.roadshowReminderDue)
  async onDue(): Promise<string> {
    // Whatever the job's reminder: a moved one is not due and is left alone; others due are sent too.
    return this.sendDue();
  }

  @JobHandler(JOBS.roadshowReminderSweep)
  async onSweep(): Promise<string> {
    return this.sendDue();
  }

  /** Sends every due reminder once; safe to call from any number of workers at the same time. */
  async sendDue(): Promise<string> {
    let sent = 0;
    let skipped = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((m) => this.sendBatch(m));
      sent += batch.sent;
      skipped += batch.skipped;
      if (batch.claimed < BATCH) break;
    }
    return sent + skipped === 0 ? 'nothing due' : `sent ${sent}, skipped ${skipped}`;
  }

  private async sendBatch(manager: EntityManager): Promise<{ claimed: number; sent: number; skipped: number }> {
    const rows = await this.queries.claimDue(manager, BATCH);
    let sent = 0;
    let skipped = 0;
    for (const row of rows) {
      const action = reminderAction(
        { dueAt: row.due_at, startsAt: row.starts_at, registrationActive: row.registration_status === 'registered', eventScheduled: row.roadshow_status === 'scheduled' },
        row.db_now,
      );
      if (action === 'wait') continue;
      if (!(await this.queries.mark(manager, row.id, action))) continue;
      if (action === 'skip') {
        skipped++;
        continue;
      }
      const where = row.venue ? `地点：${row.venue}` : row.online_url ? `线上参加：${row.online_url}` : '';
      await this.notifications.toUsers(manager, [row.user_id], {
        kind: 'roadshow_reminder',
        title: `活动提醒：「${row.title}」将于${OFFSET_TEXT[row.offset]}后开始`,
        body: [`开始时间：${formatZhDateTime(row.starts_at)}（${zoneName().zh}）`, where].filter(Boolean).join('；'),
        link: `/roadshows/${row.roadshow_id}`,
        dedupeKey: `roadshow-reminder-${row.id}`,
      });
      sent++;
    }
    return { claimed: rows.length, sent, skipped };
  }
}
