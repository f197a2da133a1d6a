import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts registered by the bureau (docs/decisions/0008): both parties confirm the signed
 * contract (三方确认), staff register it under a unique number, and can revoke a registration.
 *
 * Deals registered before this rule are taken as confirmed at their registration, so the year's
 * board does not lose them; the CHECK then keeps every future registration honest in the database
 * itself, whatever code path writes it.
 */
export class ContractRegistration1764071700000 implements MigrationInterface {
  name = 'ContractRegistration1764071700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deals
        ADD COLUMN seller_confirmed_at timestamptz,
        ADD COLUMN seller_confirmed_by uuid REFERENCES users (id),
        ADD COLUMN buyer_confirmed_at timestamptz,
        ADD COLUMN buyer_confirmed_by uuid REFERENCES users (id),
        ADD COLUMN registered_by uuid REFERENCES users (id)`);
    await q.query(`
      UPDATE deals SET seller_confirmed_at = registered_at, buyer_confirmed_at = registered_at
       WHERE stage IN ('registered', 'closed')`);
    await q.query(`
      ALTER TABLE deals ADD CONSTRAINT deals_registered_confirmed
        CHECK (stage NOT IN ('registered', 'closed') OR (seller_confirmed_at IS NOT NULL AND buyer_confirmed_at IS NOT NULL))`);
    // A registration number names one contract. Duplicates from before the rule keep the oldest
    // deal's number; later ones get their deal id appended, visibly, for staff to correct.
    await q.query(`
      UPDATE deals d SET registration_number = d.registration_number || '-' || left(d.id::text, 8)
        FROM (SELECT id, row_number() OVER (PARTITION BY registration_number ORDER BY registered_at, id) AS n
                FROM deals WHERE registration_number IS NOT NULL) dup
       WHERE dup.id = d.id AND dup.n > 1`);
    await q.query(`CREATE UNIQUE INDEX deals_registration_number ON deals (registration_number) WHERE registration_number IS NOT NULL`);
    // The last serial issued (or entered) per year and area code; an issued number is never reused,
    // not even after its registration is revoked.
    await q.query(`
      CREATE TABLE registration_serials (
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        area_code text NOT NULL CHECK (area_code ~ '^[0-9]{6}$'),
        last int NOT NULL CHECK (last BETWEEN 0 AND 999999),
        PRIMARY KEY (year, area_code)
      )`);
    // What a history entry records besides stage moves: confirmations, amendments, revocations.
    await q.query(`
      ALTER TABLE deal_history ADD COLUMN event text NOT NULL DEFAULT 'stage'
        CHECK (event IN ('stage', 'amended', 'confirmed', 'registration_revoked'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal_history DROP COLUMN event`);
    await q.query(`DROP TABLE registration_serials`);
    await q.query(`DROP INDEX deals_registration_number`);
    await q.query(`ALTER TABLE deals DROP CONSTRAINT deals_registered_confirmed`);
    await q.query(`
      ALTER TABLE deals DROP COLUMN seller_confirmed_at, DROP COLUMN seller_confirmed_by,
        DROP COLUMN buyer_confirmed_at, DROP COLUMN buyer_confirmed_by, DROP COLUMN registered_by`);
  }
}
