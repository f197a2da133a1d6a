import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open deal per achievement and buyer (a rule of the market's integrity): a partial unique index, so that
 * two clicks on 发起交易 or twenty concurrent calls leave one deal. Open duplicates already in the
 * database keep their oldest deal; the later ones are terminated with a note in their history.
 */
export class OneOpenDeal1764071500000 implements MigrationInterface {
  name = 'OneOpenDeal1764071500000';

  async up(q: QueryRunner): Promise<void> {
    const duplicates: Array<{ id: string; stage: string }> = await q.query(`
      SELECT id, stage FROM (
        SELECT id, stage, row_number() OVER (PARTITION BY achievement_id, buyer_organization_id ORDER BY created_at, id) AS n
          FROM deals WHERE stage NOT IN ('closed', 'terminated')) d
       WHERE n > 1`);
    for (const d of duplicates) {
      await q.query(`UPDATE deals SET stage = 'terminated', updated_at = now() WHERE id = $1`, [d.id]);
      await q.query(`INSERT INTO deal_history (deal_id, actor_id, from_stage, to_stage, note) VALUES ($1, NULL, $2, 'terminated', $3)`, [
        d.id,
        d.stage,
        '与同一成果、同一买方的另一笔进行中的交易重复，系统升级时终止 (duplicate of an open deal for the same achievement and buyer)',
      ]);
    }
    await q.query(`CREATE UNIQUE INDEX deals_one_open ON deals (achievement_id, buyer_organization_id) WHERE stage NOT IN ('closed', 'terminated')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deals_one_open`);
  }
}
