import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail: each person's settings, which notifications went out by e-mail (claimed first, so a
 * crash between claiming and sending lets the claim lapse and the message go later), and one row
 * per person and digest period, the digest job's idempotency key.
 */
export class Mail1764072100000 implements MigrationInterface {
  name = 'Mail1764072100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        email boolean NOT NULL DEFAULT false,
        digest text NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'daily', 'weekly')),
        -- when each notification started to go by e-mail: nothing older is sent
        email_since timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE notifications ADD COLUMN emailed_at timestamptz, ADD COLUMN email_claimed_at timestamptz`);
    await q.query(`
      CREATE TABLE mail_digests (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        period text NOT NULL,
        status text NOT NULL CHECK (status IN ('claimed', 'sent', 'empty')),
        claimed_at timestamptz NOT NULL DEFAULT now(),
        -- the digest covers new matches up to this moment; the next one starts here
        covers_until timestamptz NOT NULL DEFAULT now(),
        items int NOT NULL DEFAULT 0,
        sent_at timestamptz,
        PRIMARY KEY (user_id, period)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_digests`);
    await q.query(`ALTER TABLE notifications DROP COLUMN emailed_at, DROP COLUMN email_claimed_at`);
    await q.query(`DROP TABLE notification_settings`);
  }
}
