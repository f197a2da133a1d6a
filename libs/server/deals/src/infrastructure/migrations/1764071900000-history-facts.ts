import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A history entry keeps its facts (amounts, contract types, the confirming side, the registration
 * number) as data, so each reader's language words them; the note keeps only what a person wrote.
 * Older entries have no facts: their note holds the Chinese wording they were written with.
 */
export class HistoryFacts1764071900000 implements MigrationInterface {
  name = 'HistoryFacts1764071900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal_history ADD COLUMN facts jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal_history DROP COLUMN facts`);
  }
}
