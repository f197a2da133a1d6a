import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1764070000000 implements MigrationInterface {
  name = 'Outbox1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The drain only ever looks at pending rows, oldest first.
    await q.query(`CREATE INDEX outbox_pending ON outbox (available_at, id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
  }
}
