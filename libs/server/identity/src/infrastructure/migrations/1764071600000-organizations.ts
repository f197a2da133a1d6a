import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations with admins, members, invitations and staff verification (docs/decisions/0007).
 * Existing data: each organization's first user becomes its admin. Organizations that exist
 * already are grandfathered as `verified` (their listings, bids and deals stand), so staff can
 * review them at leisure instead of the market stopping on upgrade. Two organizations with one
 * credit code keep it on the older one only.
 */
export class Organizations1764071600000 implements MigrationInterface {
  name = 'Organizations1764071600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN verification text NOT NULL DEFAULT 'pending' CHECK (verification IN ('pending', 'verified', 'rejected')),
        ADD COLUMN verification_comment text,
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by uuid`);
    await q.query(`UPDATE organizations SET verification = 'verified', verified_at = now()`);
    await q.query(`
      UPDATE organizations o SET credit_code = NULL
        FROM organizations older
       WHERE o.credit_code IS NOT NULL AND older.credit_code = o.credit_code AND (older.created_at, older.id) < (o.created_at, o.id)`);
    await q.query(`CREATE UNIQUE INDEX organizations_credit_code ON organizations (credit_code) WHERE credit_code IS NOT NULL`);
    await q.query(`CREATE INDEX organizations_pending ON organizations (created_at) WHERE verification = 'pending'`);

    await q.query(`
      ALTER TABLE users
        ADD COLUMN org_role text NOT NULL DEFAULT 'member' CHECK (org_role IN ('admin', 'member')),
        ADD COLUMN token_version int NOT NULL DEFAULT 0,
        ADD COLUMN removed_at timestamptz`);
    await q.query(`
      UPDATE users u SET org_role = 'admin'
        FROM (SELECT DISTINCT ON (organization_id) id FROM users ORDER BY organization_id, created_at, id) first
       WHERE u.id = first.id`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        max_uses int NOT NULL CHECK (max_uses BETWEEN 1 AND 100),
        uses int NOT NULL DEFAULT 0 CHECK (uses <= max_uses),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_code UNIQUE (code_hash)
      )`);
    await q.query(`CREATE INDEX invitations_organization ON invitations (organization_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invitations`);
    await q.query(`ALTER TABLE users DROP COLUMN org_role, DROP COLUMN token_version, DROP COLUMN removed_at`);
    await q.query(`DROP INDEX organizations_pending`);
    await q.query(`DROP INDEX organizations_credit_code`);
    await q.query(`ALTER TABLE organizations DROP COLUMN verification, DROP COLUMN verification_comment, DROP COLUMN verified_at, DROP COLUMN verified_by`);
  }
}
