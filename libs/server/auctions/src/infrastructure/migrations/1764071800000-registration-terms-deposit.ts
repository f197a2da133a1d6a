import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Auction registration with its rules and a real deposit: an auction may carry its own 竞买须知,
 * a registration records when its terms were accepted, and a confirmed deposit records the amount
 * received and the payment reference. Registrations approved before this keep their approval; the
 * amount is taken as the auction's highest lot deposit and the reference says it predates the rule.
 */
export class RegistrationTermsDeposit1764071800000 implements MigrationInterface {
  name = 'RegistrationTermsDeposit1764071800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auctions ADD COLUMN terms text`);
    await q.query(`
      ALTER TABLE auction_registrations
        ADD COLUMN terms_accepted_at timestamptz,
        ADD COLUMN deposit_amount bigint CHECK (deposit_amount >= 0),
        ADD COLUMN deposit_reference text`);
    await q.query(`
      UPDATE auction_registrations r
         SET deposit_amount = (SELECT coalesce(max(l.deposit), 0) FROM lots l WHERE l.auction_id = r.auction_id),
             deposit_reference = '系统升级前已确认',
             approved_at = coalesce(r.approved_at, r.created_at)
       WHERE r.status = 'approved'`);
    await q.query(`
      ALTER TABLE auction_registrations ADD CONSTRAINT auction_registrations_deposit_recorded
        CHECK (status <> 'approved' OR (deposit_amount IS NOT NULL AND deposit_reference IS NOT NULL AND approved_at IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auction_registrations DROP CONSTRAINT auction_registrations_deposit_recorded`);
    await q.query(`ALTER TABLE auction_registrations DROP COLUMN terms_accepted_at, DROP COLUMN deposit_amount, DROP COLUMN deposit_reference`);
    await q.query(`ALTER TABLE auctions DROP COLUMN terms`);
  }
}
