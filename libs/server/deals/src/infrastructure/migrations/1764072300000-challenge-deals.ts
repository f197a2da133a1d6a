import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An awarded challenge (揭榜挂帅) opens a deal at its bounty: a deal whose subject is the challenge,
 * not an achievement. Its title is kept with it, as field and region are, so that the deal and the
 * registered contract read the same whatever happens to the challenge later. One deal per
 * challenge, so a re-delivered award event opens nothing more.
 */
export class ChallengeDeals1764072300000 implements MigrationInterface {
  name = 'ChallengeDeals1764072300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deals ALTER COLUMN achievement_id DROP NOT NULL`);
    await q.query(`ALTER TABLE deals ADD COLUMN challenge_id uuid, ADD COLUMN subject_title text`);
    await q.query(`ALTER TABLE deals DROP CONSTRAINT deals_source_check`);
    await q.query(`ALTER TABLE deals ADD CONSTRAINT deals_source_check CHECK (source IN ('match', 'workbench', 'auction', 'manual', 'challenge'))`);
    await q.query(`ALTER TABLE deals ADD CONSTRAINT deals_subject CHECK (achievement_id IS NOT NULL OR (challenge_id IS NOT NULL AND subject_title IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX deals_challenge ON deals (challenge_id) WHERE challenge_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deals WHERE achievement_id IS NULL`);
    await q.query(`DROP INDEX deals_challenge`);
    await q.query(`ALTER TABLE deals DROP CONSTRAINT deals_subject`);
    await q.query(`ALTER TABLE deals DROP CONSTRAINT deals_source_check`);
    await q.query(`ALTER TABLE deals ADD CONSTRAINT deals_source_check CHECK (source IN ('match', 'workbench', 'auction', 'manual'))`);
    await q.query(`ALTER TABLE deals DROP COLUMN challenge_id, DROP COLUMN subject_title`);
    await q.query(`ALTER TABLE deals ALTER COLUMN achievement_id SET NOT NULL`);
  }
}
