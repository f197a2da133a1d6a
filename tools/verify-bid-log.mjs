#!/usr/bin/env node
// Checks a lot's public bid log without trusting the server's own check: fetches
// GET /api/lots/:id/bids and recomputes every hash.
//
//   node tools/verify-bid-log.mjs https://market.example.org <lotId>
//
// Each bid's hash is SHA-256 (hex) over the UTF-8 text
//   <previous bid's hash, empty for the first>|<lotId>|<seq>|<amount>|<paddleNumber>|<placedAt>
// with placedAt exactly as the API shows it (ISO 8601 UTC with milliseconds). Editing, removing or
// reordering any bid breaks every hash after it; publish the newest hash and the log is sealed.
import { createHash } from 'node:crypto';

const [base, lotId] = process.argv.slice(2);
if (!base || !lotId) {
  process.stderr.write('usage: node tools/verify-bid-log.mjs <base URL> <lot id>\n');
  process.exit(2);
}
const res = await fetch(new URL(`/api/lots/${encodeURIComponent(lotId)}/bids`, base));
if (!res.ok) {
  process.stderr.write(`GET bids answered ${res.status}\n`);
  process.exit(2);
}
const bids = (await res.json()).items.sort((a, b) => a.seq - b.seq);
let prev = null;
let lastAmount = -1;
for (const [i, bid] of bids.entries()) {
  const text = [prev ?? '', lotId, bid.seq, bid.amount, bid.paddleNumber, bid.placedAt].join('|');
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const problem =
    bid.seq !== i + 1 ? `expected seq ${i + 1}` : (bid.prevHash ?? null) !== prev ? 'prevHash does not link to the previous bid' : hash !== bid.hash ? 'hash does not match the bid' : bid.amount <= lastAmount ? 'amount does not rise' : null;
  if (problem) {
    process.stdout.write(`BROKEN at seq ${bid.seq}: ${problem}\n`);
    process.exit(1);
  }
  prev = hash;
  lastAmount = bid.amount;
}
process.stdout.write(`valid: ${bids.length} bids, newest hash ${prev ?? '(none)'}\n`);
