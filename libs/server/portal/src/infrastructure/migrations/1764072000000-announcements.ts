import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 通知公告 and 政策法规: staff write them, the portal shows the pinned and newest first. */
export class Announcements1764072000000 implements MigrationInterface {
  name = 'Announcements1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE announcements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('notice', 'policy')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        -- sanitized HTML, and its words for lists
        body text NOT NULL,
        excerpt text NOT NULL,
        pinned boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES users (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX announcements_listing ON announcements (pinned DESC, published_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE announcements`);
  }
}
