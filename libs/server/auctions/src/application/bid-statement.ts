/**
 * One bid in one statement. The UPDATE takes the lot's row lock and re-checks its WHERE against
 * the newest row version after any wait (READ COMMITTED), so concurrent bids are applied one at a
 * time and each must beat the one before it by the increment; the bid row is inserted from the
 * UPDATE's result, so the lot's price and count and the log can never disagree. The lock is held
 * only for this statement (no round trips inside), which is what lets one hot lot take many
 * bids per second.
 *
 * The bid time is taken once (`t`), millisecond precision, and never earlier than the previous
 * bid's; the hash text is the one `bidHash()` in domain/bidding.ts builds.
 *
 * $1 lot id, $2 bidder organization, $3 amount, $4 user id, $5 idempotency key (or null).
 */
const BID_TIME = `GREATEST(t.now_ts, COALESCE(l.last_bid_at, t.now_ts))`;
const ISO = (ts: string) => `to_char(${ts} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const PLACE_BID_SQL = `
WITH reg AS (
  SELECT r.id, r.paddle_number
  FROM auction_registrations r
  JOIN lots l0 ON l0.auction_id = r.auction_id
  WHERE l0.id = $1 AND r.organization_id = $2 AND r.status = 'approved'
),
t AS (SELECT date_trunc('milliseconds', clock_timestamp()) AS now_ts),
upd AS (
  UPDATE lots l SET
    current_price = $3,
    bid_count = l.bid_count + 1,
    leading_registration_id = reg.id,
    leading_paddle = reg.paddle_number,
    last_bid_at = ${BID_TIME},
    ends_at = CASE
      WHEN l.ends_at - ${BID_TIME} < make_interval(secs => l.extension_seconds)
      THEN ${BID_TIME} + make_interval(secs => l.extension_seconds)
      ELSE l.ends_at END,
    prev_hash = l.last_hash,
    last_hash = encode(sha256(convert_to(concat_ws('|', COALESCE(l.last_hash, ''), l.id, l.bid_count + 1, $3::bigint, reg.paddle_number, ${ISO(BID_TIME)}), 'UTF8')), 'hex')
  FROM reg, t
  WHERE l.id = $1
    AND l.status = 'open'
    AND l.ends_at > t.now_ts
    AND $3 >= CASE WHEN l.current_price IS NULL THEN l.starting_price ELSE l.current_price + l.increment END
  RETURNING l.id, l.bid_count, l.current_price, l.last_bid_at, l.prev_hash, l.last_hash, l.ends_at, l.extension_seconds, reg.id AS registration_id, reg.paddle_number
),
ins AS (
  INSERT INTO bids (lot_id, seq, amount, registration_id, paddle_number, organization_id, user_id, placed_at, prev_hash, hash, idempotency_key)
  SELECT id, bid_count, current_price, registration_id, paddle_number, $2, $4, last_bid_at, prev_hash, last_hash, $5 FROM upd
  RETURNING id, seq, amount, placed_at
)
SELECT ins.id, ins.seq, ins.amount, ins.placed_at, upd.ends_at,
  upd.ends_at = ins.placed_at + make_interval(secs => upd.extension_seconds) AS extended
FROM ins, upd`;
