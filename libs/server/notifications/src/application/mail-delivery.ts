import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationSettings } from '@market/contracts';
import { JOBS } from '@market/server/events';
import { APP_CONFIG, type AppConfig, JobHandler, JobQueue, Mailer, runsWorkers } from '@market/server/platform';
import { Directory } from '@market/server/identity';
import { duePeriod, lookBackMs } from '../domain/digest-period';
import { digestMail, notificationMail, type MailLinks } from '../domain/mail-text';
import { unsubscribeToken } from '../domain/unsubscribe-token';
import { MailQueries } from '../infrastructure/mail.queries';

const SWEEP_BATCH = 50;
const DIGEST_READERS_PAGE = 200;
const DIGEST_ITEMS = 30;

/**
 * E-mail out of the inbox. Two repeating BullMQ jobs (job schedulers, kept once however many
 * copies start): the sweep sends each notification to the people who want each one; the digest
 * job sends every due daily or weekly digest of new matches. Both claim before they send — a row
 * per notification, a row per person and period — so any number of workers may run them at once,
 * and a crash only delays a message until its claim lapses.
 */
@Injectable()
export class MailDelivery implements OnApplicationBootstrap {
  private readonly logger = new Logger('Mail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly queries: MailQueries,
    private readonly directory: Directory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    if (!this.mailer.enabled) {
      this.logger.log('SMTP_URL is not set: e-mail is off (settings are still kept)');
      return;
    }
    try {
      await this.jobs.every(JOBS.mailSweep, this.config.mail.sweepMs, { reason: 'every' });
      await this.jobs.every(JOBS.mailDigest, this.config.mail.sweepMs, { reason: 'every' });
    } catch (e) {
      this.logger.warn(`could not schedule the mail jobs: ${(e as Error).message}`);
    }
  }

  async settings(userId: string): Promise<NotificationSettings> {
    const row = await this.queries.settings(userId);
    return { email: row?.email ?? false, digest: row?.digest ?? 'off', mailEnabled: this.mailer.enabled };
  }

  async saveSettings(userId: string, s: NotificationSettings): Promise<NotificationSettings> {
    const row = await this.queries.saveSettings(userId, { email: s.email, digest: s.digest });
    return { email: row.email, digest: row.digest, mailEnabled: this.mailer.enabled };
  }

  /** The signed link of an e-mail's footer and List-Unsubscribe header. */
  unsubscribeLink(userId: string): string {
    return `${this.config.publicUrl}/api/mail/unsubscribe?user=${encodeURIComponent(userId)}&token=${unsubscribeToken(this.config.jwtSecret, userId)}`;
  }

  async unsubscribe(userId: string): Promise<void> {
    await this.queries.unsubscribe(userId);
  }

  @JobHandler(JOBS.mailSweep)
  async sweep(): Promise<string> {
    if (!this.mailer.enabled) return 'mail off';
    let sent = 0;
    let failed = 0;
    for (;;) {
      const rows = await this.queries.claimNotifications(SWEEP_BATCH);
      if (rows.length === 0) break;
      const people = await this.directory.people(rows.map((r) => r.user_id));
      for (const row of rows) {
        const person = people.get(row.user_id);
        if (!person || person.removed) {
          await this.queries.markEmailed(row.id); // nobody to write to: settled, not retried
          continue;
        }
        try {
          await this.mailer.send(notificationMail(row, person.email, this.links(row.user_id)));
          await this.queries.markEmailed(row.id);
          sent++;
        } catch (e) {
          await this.queries.releaseClaim(row.id);
          failed++;
          this.logger.warn(`notification ${row.id} not e-mailed: ${(e as Error).message}`);
        }
      }
      if (failed > 0 || rows.length < SWEEP_BATCH) break; // a failing server is tried again next sweep, not in a loop
    }
    return `sent ${sent}, failed ${failed}`;
  }

  @JobHandler(JOBS.mailDigest)
  async onDigestJob(): Promise<string> {
    return this.digests(new Date());
  }

  /** Every digest due at `now` and not yet sent. */
  async digests(now: Date): Promise<string> {
    if (!this.mailer.enabled) return 'mail off';
    let sent = 0;
    let after: string | null = null;
    for (;;) {
      const readers = await this.queries.digestReaders(after, DIGEST_READERS_PAGE);
      if (readers.length === 0) break;
      for (const r of readers) if (await this.digestOf(r.user_id, r.digest, now)) sent++;
      after = readers[readers.length - 1].user_id;
      if (readers.length < DIGEST_READERS_PAGE) break;
    }
    return `sent ${sent} digests`;
  }

  /** One person's due digest, at most once per period: true when a message went out. */
  private async digestOf(userId: string, mode: 'daily' | 'weekly', now: Date): Promise<boolean> {
    const period = duePeriod(mode, now, this.config.mail.digestHour, this.config.timeZone);
    if (!period) return false;
    const window = await this.queries.claimDigest(userId, period.key, lookBackMs(mode));
    if (!window) return false;
    const items = await this.queries.newMatches(userId, window.since, window.until, DIGEST_ITEMS);
    const person = (await this.directory.people([userId])).get(userId);
    if (items.length === 0 || !person || person.removed) {
      await this.queries.finishDigest(userId, period.key, 0);
      return false;
    }
    try {
      await this.mailer.send(digestMail(mode, items, person.email, this.links(userId)));
      await this.queries.finishDigest(userId, period.key, items.length);
      return true;
    } catch (e) {
      await this.queries.dropDigestClaim(userId, period.key);
      this.logger.warn(`digest ${period.key} of ${userId} not sent: ${(e as Error).message}`);
      return false;
    }
  }

  private links(userId: string): MailLinks {
    return { base: this.config.publicUrl, unsubscribe: this.unsubscribeLink(userId) };
  }
}
