import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'intent', 'negotiating', 'signed', 'registered', 'closed', 'terminated'`;
const CONTRACT_TYPES = `'development', 'transfer', 'license', 'consulting', 'service'`;

export class Deals1764070700000 implements MigrationInterface {
  name = 'Deals1764070700000';

  async up(q: QueryRunner): Promise<void> {
    // field and region are copied from the achievement when the deal opens, so that a later edit
    // of the listing never moves a registered contract between slices of a reported year.
    await q.query(`
      CREATE TABLE deals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stage text NOT NULL CHECK (stage IN (${STAGES})),
        source text NOT NULL CHECK (source IN ('match', 'workbench', 'auction', 'manual')),
        achievement_id uuid NOT NULL REFERENCES achievements (id),
        need_id uuid REFERENCES needs (id),
        lot_id uuid,
        seller_organization_id uuid NOT NULL REFERENCES organizations (id),
        buyer_organization_id uuid NOT NULL REFERENCES organizations (id),
        broker_id uuid REFERENCES users (id),
        field text NOT NULL,
        region text NOT NULL,
        amount bigint CHECK (amount >= 0),
        contract_type text CHECK (contract_type IN (${CONTRACT_TYPES})),
        contract_number text,
        signed_at timestamptz,
        registration_number text,
        registered_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (stage NOT IN ('signed', 'registered', 'closed') OR (amount IS NOT NULL AND contract_type IS NOT NULL)),
        CHECK (stage NOT IN ('registered', 'closed') OR (registration_number IS NOT NULL AND registered_at IS NOT NULL))
      )`);
    // A re-delivered "lot sold" event must not open a second deal.
    await q.query(`CREATE UNIQUE INDEX deals_lot ON deals (lot_id) WHERE lot_id IS NOT NULL`);
    await q.query(`CREATE INDEX deals_broker ON deals (broker_id, updated_at)`);
    await q.query(`CREATE INDEX deals_seller ON deals (seller_organization_id)`);
    await q.query(`CREATE INDEX deals_buyer ON deals (buyer_organization_id)`);
    await q.query(`CREATE INDEX deals_registered ON deals (registered_at) WHERE stage IN ('registered', 'closed')`);
    await q.query(`
      CREATE TABLE deal_history (
        id bigserial PRIMARY KEY,
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users (id),
        from_stage text CHECK (from_stage IN (${STAGES})),
        to_stage text NOT NULL CHECK (to_stage IN (${STAGES})),
        note text
      )`);
    await q.query(`CREATE INDEX deal_history_deal ON deal_history (deal_id, id)`);
    await q.query(`
      CREATE TABLE stat_targets (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        target bigint NOT NULL CHECK (target > 0),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE broker_profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        certification_level text CHECK (certification_level IN ('junior', 'intermediate', 'senior')),
        certification_number text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE broker_profiles`);
    await q.query(`DROP TABLE stat_targets`);
    await q.query(`DROP TABLE deal_history`);
    await q.query(`DROP TABLE deals`);
  }
}
