import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Roadshows1764071100000 implements MigrationInterface {
  name = 'Roadshows1764071100000';

  async up(q: QueryRunner): Promise<void> {
    // registered_count is kept beside the rows it counts so that "up to capacity" is one
    // conditional UPDATE; the CHECK is the last line of defence if code ever got it wrong.
    await q.query(`
      CREATE TABLE roadshows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('roadshow', 'financing', 'tech_talk')),
        description text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        venue text,
        online_url text,
        capacity int NOT NULL CHECK (capacity > 0),
        registered_count int NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT roadshows_times CHECK (ends_at > starts_at),
        CONSTRAINT roadshows_capacity CHECK (registered_count >= 0 AND registered_count <= capacity)
      )`);
    await q.query(`CREATE INDEX roadshows_starts_at ON roadshows (starts_at)`);
    await q.query(`
      CREATE TABLE roadshow_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadshow_id uuid NOT NULL REFERENCES roadshows (id) ON DELETE CASCADE,
        achievement_id uuid NOT NULL REFERENCES achievements (id),
        achievement_title text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes > 0),
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        proposed_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadshow_slots_roadshow ON roadshow_slots (roadshow_id, starts_at)`);
    await q.query(`
      CREATE TABLE roadshow_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadshow_id uuid NOT NULL REFERENCES roadshows (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('registered', 'cancelled')),
        attended boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT roadshow_registrations_once UNIQUE (roadshow_id, user_id)
      )`);
    await q.query(`CREATE INDEX roadshow_registrations_user ON roadshow_registrations (user_id)`);
    // The record of truth for reminders: a row per registration and offset. sent_at is claimed by a
    // conditional UPDATE, so whichever path (delayed job, sweep) comes first sends it and only once.
    await q.query(`
      CREATE TABLE roadshow_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES roadshow_registrations (id) ON DELETE CASCADE,
        "offset" text NOT NULL CHECK ("offset" IN ('24h', '1h')),
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        skipped_at timestamptz,
        CONSTRAINT roadshow_reminders_once UNIQUE (registration_id, "offset")
      )`);
    await q.query(`CREATE INDEX roadshow_reminders_due ON roadshow_reminders (due_at) WHERE sent_at IS NULL AND skipped_at IS NULL`);
    await q.query(`
      CREATE TABLE roadshow_calendar_tokens (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roadshow_calendar_tokens, roadshow_reminders, roadshow_registrations, roadshow_slots, roadshows`);
  }
}
