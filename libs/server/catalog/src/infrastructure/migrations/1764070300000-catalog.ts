import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS = `status text NOT NULL CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'archived'))`;
const FIELD = `field text NOT NULL CHECK (field IN ('advanced_manufacturing', 'new_materials', 'information_technology', 'biomedicine', 'new_energy', 'energy_saving', 'modern_agriculture', 'other'))`;

export class Catalog1764070300000 implements MigrationInterface {
  name = 'Catalog1764070300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE achievements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        summary text NOT NULL,
        ${FIELD},
        keywords text[] NOT NULL DEFAULT '{}',
        maturity text NOT NULL CHECK (maturity IN ('research', 'lab', 'pilot', 'small_batch', 'mass_production')),
        transfer_modes text[] NOT NULL DEFAULT '{}',
        asking_price bigint CHECK (asking_price >= 0),
        patents jsonb NOT NULL DEFAULT '[]',
        region text NOT NULL,
        inventors text[] NOT NULL DEFAULT '{}',
        ${STATUS},
        review_comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX achievements_org ON achievements (organization_id)`);
    await q.query(`CREATE INDEX achievements_status ON achievements (status, created_at)`);
    await q.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        description text NOT NULL,
        ${FIELD},
        keywords text[] NOT NULL DEFAULT '{}',
        budget_min bigint NOT NULL CHECK (budget_min >= 0),
        budget_max bigint NOT NULL CHECK (budget_max >= budget_min),
        deadline timestamptz NOT NULL,
        region text NOT NULL,
        cooperation_modes text[] NOT NULL DEFAULT '{}',
        ${STATUS},
        review_comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX needs_org ON needs (organization_id)`);
    await q.query(`CREATE INDEX needs_status ON needs (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE needs`);
    await q.query(`DROP TABLE achievements`);
  }
}
