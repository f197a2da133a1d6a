import { REMINDER_OFFSETS, type ReminderOffset } from '@market/contracts';

export interface PlannedReminder {
  offset: ReminderOffset;
  dueAt: Date;
  /** Its moment had passed already: it is recorded as skipped and never sent. */
  skipped: boolean;
}

/** The reminders of one registration for an event starting at `startsAt`, as seen at `now`. */
export function planReminders(startsAt: Date, now: Date): PlannedReminder[] {
  return (Object.keys(REMINDER_OFFSETS) as ReminderOffset[]).map((offset) => {
    const dueAt = new Date(startsAt.getTime() - REMINDER_OFFSETS[offset]);
    return { offset, dueAt, skipped: dueAt.getTime() <= now.getTime() };
  });
}

export interface DueReminder {
  dueAt: Date;
  startsAt: Date;
  registrationActive: boolean;
  eventScheduled: boolean;
}

/**
 * What to do with a reminder that is due and neither sent nor skipped. A reminder for a cancelled
 * registration or event, or one that comes so late that the event has started (the workers were
 * down), is skipped rather than sent: it would only confuse.
 */
export function reminderAction(r: DueReminder, now: Date): 'send' | 'skip' | 'wait' {
  if (r.dueAt.getTime() > now.getTime()) return 'wait';
  if (!r.registrationActive || !r.eventScheduled) return 'skip';
  return now.getTime() < r.startsAt.getTime() ? 'send' : 'skip';
}

/**
 * The delayed job's id: stable for one reminder at one due time, so re-scheduling at start-up is a
 * no-op, while a moved reminder gets a new job (BullMQ ignores an id it still remembers). The job
 * of the old time then fires, finds nothing due and does nothing.
 */
export function reminderJobId(reminderId: string, dueAt: Date): string {
  return `roadshow-reminder-${reminderId}-${dueAt.getTime()}`;
}

/** How long until the job should fire (never negative: a late one fires at once). */
export function delayUntil(dueAt: Date, now: Date): number {
  return Math.max(0, dueAt.getTime() - now.getTime());
}
