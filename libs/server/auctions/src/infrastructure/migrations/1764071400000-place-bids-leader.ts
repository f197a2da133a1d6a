import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PlaceBids1764071200000 } from './1764071200000-place-bids';

/**
 * `place_bids` (migration 1764071200000) with one rule more: the current leader cannot outbid
 * itself (outcome `leading`), checked before the amount, as `rejectBid()` does. The rest of the
 * function is unchanged; `down` restores the previous one.
 */
export class PlaceBidsLeader1764071400000 implements MigrationInterface {
  name = 'PlaceBidsLeader1764071400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION place_bids(p_lot uuid, p_bids jsonb)
      RETURNS TABLE (idx int, outcome text, bid_id uuid, bid_seq int, bid_amount bigint, bid_placed_at timestamptz, lot_ends_at timestamptz, extended boolean, minimum bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        l lots%ROWTYPE;
        found_lot boolean;
        changed boolean := false;
        e jsonb;
        amt bigint;
        reg record;
        prior record;
        now_ts timestamptz;
        bid_time timestamptz;
        min_bid bigint;
      BEGIN
        SELECT * INTO l FROM lots WHERE id = p_lot FOR UPDATE;
        found_lot := FOUND;
        FOR n IN 0 .. jsonb_array_length(p_bids) - 1 LOOP
          e := p_bids -> n;
          amt := (e ->> 'amount')::bigint;
          idx := n; outcome := NULL; bid_id := NULL; bid_seq := NULL; bid_amount := NULL;
          bid_placed_at := NULL; lot_ends_at := NULL; extended := false; minimum := NULL;
          IF NOT found_lot THEN
            outcome := 'lot_not_found';
          ELSE
            IF e ->> 'key' IS NOT NULL THEN
              SELECT b.id, b.seq, b.amount, b.placed_at INTO prior FROM bids b
              WHERE b.lot_id = p_lot AND b.user_id = (e ->> 'user')::uuid AND b.idempotency_key = e ->> 'key';
              IF FOUND THEN
                outcome := 'repeated';
                bid_id := prior.id; bid_seq := prior.seq; bid_amount := prior.amount; bid_placed_at := prior.placed_at; lot_ends_at := l.ends_at;
              END IF;
            END IF;
            IF outcome IS NULL THEN
              now_ts := date_trunc('milliseconds', clock_timestamp());
              min_bid := CASE WHEN l.current_price IS NULL THEN l.starting_price ELSE l.current_price + l.increment END;
              SELECT r.id, r.paddle_number, r.status INTO reg FROM auction_registrations r
              WHERE r.auction_id = l.auction_id AND r.organization_id = (e ->> 'org')::uuid;
              IF NOT FOUND THEN
                outcome := 'not_registered';
              ELSIF reg.status <> 'approved' THEN
                outcome := 'deposit_pending';
              ELSIF l.status = 'scheduled' THEN
                outcome := 'not_open';
              ELSIF l.status <> 'open' OR l.ends_at <= now_ts THEN
                outcome := 'closed';
              ELSIF l.leading_registration_id = reg.id THEN
                outcome := 'leading';
              ELSIF amt < min_bid THEN
                outcome := 'too_low';
                minimum := min_bid;
              ELSE
                bid_time := GREATEST(now_ts, COALESCE(l.last_bid_at, now_ts));
                l.bid_count := l.bid_count + 1;
                l.current_price := amt;
                l.leading_registration_id := reg.id;
                l.leading_paddle := reg.paddle_number;
                l.last_bid_at := bid_time;
                IF l.ends_at - bid_time < make_interval(secs => l.extension_seconds) THEN
                  l.ends_at := bid_time + make_interval(secs => l.extension_seconds);
                  extended := true;
                END IF;
                l.prev_hash := l.last_hash;
                l.last_hash := encode(sha256(convert_to(concat_ws('|', COALESCE(l.prev_hash, ''), l.id, l.bid_count, amt, reg.paddle_number,
                  to_char(bid_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), 'UTF8')), 'hex');
                INSERT INTO bids (lot_id, seq, amount, registration_id, paddle_number, organization_id, user_id, placed_at, prev_hash, hash, idempotency_key)
                VALUES (p_lot, l.bid_count, amt, reg.id, reg.paddle_number, (e ->> 'org')::uuid, (e ->> 'user')::uuid, bid_time, l.prev_hash, l.last_hash, e ->> 'key')
                RETURNING id INTO bid_id;
                outcome := 'accepted';
                bid_seq := l.bid_count; bid_amount := amt; bid_placed_at := bid_time; lot_ends_at := l.ends_at;
                changed := true;
              END IF;
            END IF;
          END IF;
          RETURN NEXT;
        END LOOP;
        IF changed THEN
          UPDATE lots SET current_price = l.current_price, bid_count = l.bid_count, leading_registration_id = l.leading_registration_id,
            leading_paddle = l.leading_paddle, last_bid_at = l.last_bid_at, ends_at = l.ends_at, prev_hash = l.prev_hash, last_hash = l.last_hash
          WHERE id = p_lot;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await new PlaceBids1764071200000().down(q);
    await new PlaceBids1764071200000().up(q);
  }
}
