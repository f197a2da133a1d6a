import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764070100000 implements MigrationInterface {
  name = 'Identity1764070100000';

  async up(q: QueryRunner): Promise<void> {
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('university', 'institute', 'enterprise', 'agency', 'bureau')),
        region text,
        credit_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_name_kind UNIQUE (name, kind)
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('researcher', 'enterprise', 'broker', 'staff')),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email UNIQUE (email)
      )`);
    await q.query(`CREATE INDEX users_organization ON users (organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
