/**
 * Queue names and job payloads shared by producers and processors, server-side only (the browser
 * never sees a job). Every job name listed here must have exactly one processor: the API checks
 * that at start-up; JobHandler and Jobs.add are typed by JobPayloads.
 */
export const QUEUES = {
  /** Carries outbox rows to their side effects (search index, notifications). */
  outbox: 'outbox',
  /** Opens and closes auction lots at their moment; a sweep catches anything overdue. */
  auctions: 'auctions',
  /** Roadshow reminders: delayed per reminder, plus a periodic sweep. */
  roadshows: 'roadshows',
  /** E-mail: each notification for those who asked, and the daily and weekly digests. */
  mail: 'mail',
  /** Challenges' moments: the deadline (open → evaluating) and the announcement's end (→ awarded). */
  challenges: 'challenges',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Drain the outbox table: carry pending rows to their side effects. */
  outboxDrain: 'outbox.drain',
  /** Open one lot when its start has come (stable job id per lot). */
  lotOpen: 'auction.lot.open',
  /** Close one lot when its end has come; a moved end schedules another, the early one does nothing. */
  lotClose: 'auction.lot.close',
  /** Open and close whatever is overdue (after downtime or a lost job). */
  auctionSweep: 'auction.sweep',
  /** Fires at a reminder's due time (job id names the reminder and its due time). */
  roadshowReminderDue: 'roadshows.reminder-due',
  /** Every few seconds: sends whatever reminder is due and unsent (the delayed job's safety net). */
  roadshowReminderSweep: 'roadshows.reminder-sweep',
  /** Repeating: e-mails the notifications of people who want each one, claimed so each goes once. */
  mailSweep: 'mail.sweep',
  /** Repeating: sends every digest that is due and not yet sent (one per person and period). */
  mailDigest: 'mail.digest',
  /** At a challenge's deadline or announcement end (job id names the challenge, the moment and its time). */
  challengeDue: 'challenge.due',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface JobPayloads {
  [JOBS.outboxDrain]: { reason: string };
  [JOBS.lotOpen]: { lotId: string };
  [JOBS.lotClose]: { lotId: string };
  [JOBS.auctionSweep]: { reason: string };
  [JOBS.roadshowReminderDue]: { reminderId: string };
  [JOBS.roadshowReminderSweep]: { reason: string };
  [JOBS.mailSweep]: { reason: string };
  [JOBS.mailDigest]: { reason: string };
  [JOBS.challengeDue]: { challengeId: string };
}

/** Which queue each job is put on. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JOBS.outboxDrain]: QUEUES.outbox,
  [JOBS.lotOpen]: QUEUES.auctions,
  [JOBS.lotClose]: QUEUES.auctions,
  [JOBS.auctionSweep]: QUEUES.auctions,
  [JOBS.roadshowReminderDue]: QUEUES.roadshows,
  [JOBS.roadshowReminderSweep]: QUEUES.roadshows,
  [JOBS.mailSweep]: QUEUES.mail,
  [JOBS.mailDigest]: QUEUES.mail,
  [JOBS.challengeDue]: QUEUES.challenges,
};
