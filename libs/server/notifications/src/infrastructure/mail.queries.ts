import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DigestMode } from '@market/contracts';

export interface SettingsRow {
  email: boolean;
  digest: DigestMode;
}

export interface MailRow {
  id: string;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
}

/** A claim lapses after this long, so what a crashed sender held is sent by the next sweep. */
const CLAIM_LEASE = `interval '5 minutes'`;

/** The SQL of e-mail: settings, per-notification claims, digest periods. */
@Injectable()
export class MailQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async settings(userId: string): Promise<SettingsRow | null> {
    const [row] = await this.dataSource.query(`SELECT email, digest FROM notification_settings WHERE user_id = $1`, [userId]);
    return row ?? null;
  }

  /** Turning `email` on starts it from now: what came before is not sent. */
  async saveSettings(userId: string, s: SettingsRow): Promise<SettingsRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO notification_settings (user_id, email, digest, email_since) VALUES ($1, $2, $3, CASE WHEN $2 THEN now() END)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, digest = EXCLUDED.digest, updated_at = now(),
         email_since = CASE WHEN EXCLUDED.email AND NOT notification_settings.email THEN now() ELSE notification_settings.email_since END
       RETURNING email, digest`,
      [userId, s.email, s.digest],
    );
    return row;
  }

  /** Claims up to `limit` notifications to e-mail, oldest first; many senders never claim the same row. */
  async claimNotifications(limit: number): Promise<MailRow[]> {
    // an UPDATE … RETURNING answers [rows, count] through TypeORM's pg driver
    const [rows] = (await this.dataSource.query(
      `WITH picked AS (
         SELECT n.id FROM notifications n JOIN notification_settings s ON s.user_id = n.user_id
          WHERE s.email AND n.created_at >= s.email_since AND n.emailed_at IS NULL
            AND (n.email_claimed_at IS NULL OR n.email_claimed_at < now() - ${CLAIM_LEASE})
          ORDER BY n.created_at LIMIT $1 FOR UPDATE OF n SKIP LOCKED)
       UPDATE notifications n SET email_claimed_at = now() FROM picked WHERE n.id = picked.id
       RETURNING n.id, n.user_id, n.title, n.body, n.link`,
      [limit],
    )) as [MailRow[], number];
    return rows;
  }

  async markEmailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [id]);
  }

  /** A send that failed: the next sweep tries again. */
  async releaseClaim(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET email_claimed_at = NULL WHERE id = $1 AND emailed_at IS NULL`, [id]);
  }

  /** People who want a digest, in id order, a page at a time. */
  async digestReaders(afterUserId: string | null, limit: number): Promise<Array<{ user_id: string; digest: Exclude<DigestMode, 'off'> }>> {
    return this.dataSource.query(
      `SELECT user_id, digest FROM notification_settings WHERE digest <> 'off' AND ($1::uuid IS NULL OR user_id > $1) ORDER BY user_id LIMIT $2`,
      [afterUserId, limit],
    );
  }

  /**
   * Claims a person's digest of a period, once: a period already sent (or found empty) is never
   * claimed again; a claim left by a crashed sender is taken over after the lease. Answers where
   * the digest starts (the previous one's end, at most `lookBackMs` ago) and ends (now).
   */
  async claimDigest(userId: string, period: string, lookBackMs: number): Promise<{ since: Date; until: Date } | null> {
    const [claimed] = await this.dataSource.query(
      `INSERT INTO mail_digests (user_id, period, status) VALUES ($1, $2, 'claimed')
       ON CONFLICT (user_id, period) DO UPDATE SET claimed_at = now(), covers_until = now()
         WHERE mail_digests.status = 'claimed' AND mail_digests.claimed_at < now() - ${CLAIM_LEASE}
       RETURNING covers_until`,
      [userId, period],
    );
    if (!claimed) return null;
    const until = new Date(claimed.covers_until);
    const [prev] = await this.dataSource.query(
      `SELECT max(covers_until) AS since FROM mail_digests WHERE user_id = $1 AND period <> $2 AND status <> 'claimed'`,
      [userId, period],
    );
    const floor = until.getTime() - lookBackMs;
    const since = prev?.since ? Math.max(new Date(prev.since).getTime(), floor) : floor;
    return { since: new Date(since), until };
  }

  async newMatches(userId: string, since: Date, until: Date, limit: number): Promise<MailRow[]> {
    return this.dataSource.query(
      `SELECT id, user_id, title, body, link FROM notifications
        WHERE user_id = $1 AND kind = 'new_match' AND created_at > $2 AND created_at <= $3
        ORDER BY created_at DESC LIMIT $4`,
      [userId, since, until, limit],
    );
  }

  async finishDigest(userId: string, period: string, items: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_digests SET status = CASE WHEN $3 > 0 THEN 'sent' ELSE 'empty' END, items = $3, sent_at = CASE WHEN $3 > 0 THEN now() END
        WHERE user_id = $1 AND period = $2`,
      [userId, period, items],
    );
  }

  /** A digest that could not be sent: the next run claims it again. */
  async dropDigestClaim(userId: string, period: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM mail_digests WHERE user_id = $1 AND period = $2 AND status = 'claimed'`, [userId, period]);
  }

  /** The unsubscribe link: no more e-mail of any kind. */
  async unsubscribe(userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_settings (user_id, email, digest) VALUES ($1, false, 'off')
       ON CONFLICT (user_id) DO UPDATE SET email = false, digest = 'off', updated_at = now()`,
      [userId],
    );
  }
}
