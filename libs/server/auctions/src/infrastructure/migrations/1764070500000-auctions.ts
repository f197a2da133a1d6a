import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Auctions, lots, bidder registrations and the bid log. The lot row carries the running state
 * (current price, count, leader, last hash) so that one conditional UPDATE under its row lock
 * accepts a bid; the bid log is append-only (a trigger refuses UPDATE and DELETE).
 */
export class Auctions1764070500000 implements MigrationInterface {
  name = 'Auctions1764070500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        extension_seconds int NOT NULL DEFAULT 300 CHECK (extension_seconds BETWEEN 0 AND 3600),
        next_paddle int NOT NULL DEFAULT 0,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auctions_starts ON auctions (starts_at DESC)`);
    await q.query(`
      CREATE TABLE lots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        auction_id uuid NOT NULL REFERENCES auctions (id),
        position int NOT NULL,
        achievement_id uuid NOT NULL REFERENCES achievements (id),
        seller_organization_id uuid NOT NULL REFERENCES organizations (id),
        title text NOT NULL,
        starting_price bigint NOT NULL CHECK (starting_price >= 0),
        increment bigint NOT NULL CHECK (increment > 0),
        reserve_price bigint CHECK (reserve_price >= 0),
        deposit bigint NOT NULL CHECK (deposit >= 0),
        extension_seconds int NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'open', 'closed')),
        result text CHECK (result IN ('sold', 'unsold')),
        current_price bigint,
        bid_count int NOT NULL DEFAULT 0,
        leading_registration_id uuid,
        leading_paddle int,
        last_bid_at timestamptz,
        prev_hash text,
        last_hash text,
        closed_at timestamptz,
        UNIQUE (auction_id, position),
        CHECK (ends_at > starts_at)
      )`);
    // The clock's sweep looks only at lots that are not closed yet.
    await q.query(`CREATE INDEX lots_pending ON lots (ends_at, starts_at) WHERE status <> 'closed'`);
    await q.query(`
      CREATE TABLE auction_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        auction_id uuid NOT NULL REFERENCES auctions (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        user_id uuid NOT NULL REFERENCES users (id),
        paddle_number int NOT NULL,
        status text NOT NULL CHECK (status IN ('pending_deposit', 'approved')),
        created_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        approved_by uuid REFERENCES users (id),
        UNIQUE (auction_id, organization_id),
        UNIQUE (auction_id, paddle_number)
      )`);
    await q.query(`
      CREATE TABLE bids (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lot_id uuid NOT NULL REFERENCES lots (id),
        seq int NOT NULL,
        amount bigint NOT NULL,
        registration_id uuid NOT NULL REFERENCES auction_registrations (id),
        paddle_number int NOT NULL,
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        placed_at timestamptz NOT NULL,
        prev_hash text,
        hash text NOT NULL,
        idempotency_key text,
        UNIQUE (lot_id, seq)
      )`);
    await q.query(`CREATE UNIQUE INDEX bids_idempotency ON bids (lot_id, user_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION bids_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the bid log is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER bids_append_only BEFORE UPDATE OR DELETE ON bids FOR EACH ROW EXECUTE FUNCTION bids_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bids`);
    await q.query(`DROP FUNCTION bids_append_only`);
    await q.query(`DROP TABLE auction_registrations`);
    await q.query(`DROP TABLE lots`);
    await q.query(`DROP TABLE auctions`);
  }
}
