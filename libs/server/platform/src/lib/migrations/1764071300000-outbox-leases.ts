import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows are claimed with a lease instead of a row lock held across the handlers
 * (docs/decisions/0006): `locked_until` is when a claim lapses and another worker may take the row.
 */
export class OutboxLeases1764071300000 implements MigrationInterface {
  name = 'OutboxLeases1764071300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN locked_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN locked_until`);
  }
}
