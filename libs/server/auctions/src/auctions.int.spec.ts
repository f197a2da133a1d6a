import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { io, type Socket } from 'socket.io-client';
import { getQueueToken } from '@nestjs/bullmq';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Queue } from 'bullmq';
import { AUCTION_SOCKET, type Lot, type SocketBidAnswer } from '@market/contracts';
import { QUEUES, TOPICS } from '@market/server/events';
import { achievementBody, createTestApp, startTestApp, testEnvironment, TestMarket, type TestAppParts, eventually } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { AuctionsModule, AUCTIONS_MIGRATIONS, verifyChain } from './index';
import fc from 'fast-check';
import { auctionStatus, endAfterBid, rejectBid, type LotState } from './domain/bidding';
import { STATUS_SQL } from './infrastructure/auction.queries';

// Integration: real Postgres (bids in batches through place_bids), Redis (delayed open/close jobs,
// socket.io adapter) and the real migrations.
const parts: TestAppParts = {
  entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES],
  migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...AUCTIONS_MIGRATIONS],
  modules: [IdentityModule, NotificationsModule, CatalogModule, AuctionsModule],
};

const BID_RATE = 20;
let app: INestApplication;
const http = () => request(app.getHttpServer());
let market: TestMarket;
const as = (key: string) => market.as(key);
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();


const draftAchievement = (title: string, m: TestMarket = market) =>
  m
    .http()
    .post('/api/achievements')
    .set(m.as('researcher'))
    .send(achievementBody({ title, summary: '面向工业现场的成熟技术成果，可提供技术许可与转让。', field: 'advanced_manufacturing', keywords: ['竞价'], transferModes: ['transfer'], askingPrice: 500_000, region: '鹿城区', inventors: ['林一'] }))
    .expect(201);

const publishAchievement = (title: string, m: TestMarket = market) =>
  m.publish('achievements', 'researcher', achievementBody({ title, summary: '面向工业现场的成熟技术成果，可提供技术许可与转让。', field: 'advanced_manufacturing', keywords: ['竞价'], transferModes: ['transfer'], askingPrice: 500_000, region: '鹿城区', inventors: ['林一'] }));

/** An auction with one lot per given lot body; returns the lots. */
async function auction(lots: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}, m: TestMarket = market): Promise<Lot[]> {
  const body = { title: '瓯江成果专场竞价会', startsAt: inSeconds(-1), lots, ...extra };
  const res = await m.http().post('/api/auctions').set(m.as('staff')).send(body).expect(201);
  return res.body.lots;
}

const lotBody = (achievementId: string, o: Record<string, unknown> = {}) => ({ achievementId, startingPrice: 100_000, increment: 10_000, deposit: 20_000, endsAt: inSeconds(600), ...o });


let achievementA: string;
let lotItems = 0;
/** An achievement of its own for each lot: one achievement is in one running lot at a time. */
const freshAchievement = () => publishAchievement(`竞价成果第${++lotItems}号：高速冲压模具寿命提升技术`);

beforeAll(async () => {
  // Tests bid in quick succession as one user; the rate test below uses this limit exactly.
  app = await createTestApp('auctions', parts, { BID_RATE_LIMIT: String(BID_RATE) });
  await app.listen(0, '127.0.0.1');
  market = new TestMarket(app);
  await market.staff();
  await market.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await market.signUp('alpha', 'enterprise', { name: '温州甲企业有限公司', kind: 'enterprise' });
  await market.signUp('beta', 'enterprise', { name: '温州乙企业有限公司', kind: 'enterprise' });
  await market.signUp('gamma', 'enterprise', { name: '温州丙企业有限公司', kind: 'enterprise' });
  achievementA = await publishAchievement('高速冲压模具寿命提升技术');
});

afterAll(async () => {
  await app?.close();
});

describe('creating an auction', () => {
  it('is for staff, needs published achievements and ends after the start', async () => {
    const body = { title: '专场', startsAt: inSeconds(60), lots: [lotBody(achievementA)] };
    await http().post('/api/auctions').send(body).expect(401);
    await http().post('/api/auctions').set(as('alpha')).send(body).expect(403);
    const draft = await draftAchievement('仍在草稿中的成果');
    const notPublished = await http().post('/api/auctions').set(as('staff')).send({ ...body, lots: [lotBody(draft.body.id)] }).expect(400);
    expect(notPublished.body.message).toContain('lots.0.achievementId');
    const early = await http().post('/api/auctions').set(as('staff')).send({ ...body, lots: [lotBody(achievementA, { endsAt: inSeconds(30) })] }).expect(400);
    expect(early.body.message).toContain('lots.0.endsAt');
    await http().post('/api/auctions').set(as('staff')).send({ ...body, lots: [lotBody(achievementA, { increment: 0 })] }).expect(400);
    await http().post('/api/auctions').set(as('staff')).send({ ...body, lots: [] }).expect(400);
    await http().post('/api/auctions').set(as('staff')).send({ ...body, secret: 1 }).expect(400);
  });

  it('answers the auction with its lots, opens lots whose start has come, and hides the reserve from bidders', async () => {
    const res = await http().post('/api/auctions').set(as('staff')).send({ title: '保留价专场', startsAt: inSeconds(-1), extensionSeconds: 120, lots: [lotBody(await freshAchievement(), { reservePrice: 300_000 })] }).expect(201);
    expect(res.body).toMatchObject({ title: '保留价专场', extensionSeconds: 120, status: 'live' });
    const [lot] = res.body.lots;
    expect(lot).toMatchObject({ status: 'open', result: null, currentPrice: null, bidCount: 0, leadingPaddle: null, startingPrice: 100_000, increment: 10_000, deposit: 20_000, reservePrice: 300_000 });
    const anonymous = await http().get(`/api/lots/${lot.id}`).expect(200);
    expect(anonymous.body).not.toHaveProperty('reservePrice');
    // 有保留价 is public, the amount is not
    expect(anonymous.body.hasReserve).toBe(true);
    expect(anonymous.body.nextMinimumBid).toBe(100_000);
    const listed = await http().get(`/api/auctions/${res.body.id}`).set(as('alpha')).expect(200);
    expect(listed.body.lots[0]).not.toHaveProperty('reservePrice');
    const list = await http().get('/api/auctions?status=live').expect(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(res.body.id);
    await http().get('/api/auctions?status=nope').expect(400);
  });
});

describe('registering and bidding', () => {
  it('gives paddle numbers, refuses bids before the deposit is confirmed, and applies the increments', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    // registering means accepting the 竞买须知
    for (const body of [{}, { acceptTerms: false }, { acceptTerms: 'yes' }]) await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('alpha')).send(body).expect(400);
    const reg = await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('alpha')).send({ acceptTerms: true }).expect(201);
    expect(reg.body).toMatchObject({ status: 'pending_deposit', paddleNumber: 1, termsAcceptedAt: expect.any(String), deposit: null });
    await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('alpha')).send({ acceptTerms: true }).expect(409);
    await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('researcher')).send({ acceptTerms: true }).expect(403);

    const pending = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(403);
    expect(pending.body.message).toContain('保证金');
    // bidding without a registration is 403 NOT_REGISTERED; reading the registration one does not have is 404
    expect((await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).send({ amount: 100_000 }).expect(403)).body.code).toBe('AUCTION.NOT_REGISTERED');
    expect((await http().get(`/api/auctions/${lot.auctionId}/registrations/mine`).set(as('beta')).expect(404)).body.code).toBe('AUCTION.REGISTRATION_NOT_FOUND');
    // the auction itself says so to an enterprise, without a 404: null until it registers
    expect((await http().get(`/api/auctions/${lot.auctionId}`).set(as('beta')).expect(200)).body.myRegistration).toBeNull();
    expect((await http().get(`/api/auctions/${lot.auctionId}`).expect(200)).body).not.toHaveProperty('myRegistration');
    await http().post(`/api/lots/${lot.id}/bids`).set(as('researcher')).send({ amount: 100_000 }).expect(403);
    await http().post(`/api/lots/${lot.id}/bids`).send({ amount: 100_000 }).expect(401);

    // the auction page says what to pay, where and by when; staff confirm the amount received and its reference
    const { body: event } = await http().get(`/api/auctions/${lot.auctionId}`).expect(200);
    expect(event.rules).toEqual({
      terms: expect.stringContaining('竞买人'),
      deposit: { amount: 20_000, accountName: expect.any(String), bank: expect.any(String), accountNumber: expect.any(String), deadline: expect.any(String) },
    });
    const confirmUrl = `/api/auctions/${lot.auctionId}/registrations/${reg.body.id}/confirm-deposit`;
    const short = await http().post(confirmUrl).set(as('staff')).send({ amount: 19_999, reference: 'ICBC-20261202-001' }).expect(400);
    expect(short.body).toMatchObject({ code: 'AUCTION.DEPOSIT_TOO_LOW', message: 'amount：到账金额 ¥19999 低于本场保证金 ¥20000', params: { amount: 19_999, required: 20_000 } });
    await http().post(confirmUrl).set(as('staff')).send({ amount: 20_000 }).expect(400);
    await http().post(confirmUrl).set(as('staff')).send({ amount: 20_000, reference: '  ' }).expect(400);
    await http().post(confirmUrl).set(as('staff')).send({}).expect(400);
    const confirmed = await http().post(confirmUrl).set(as('staff')).send({ amount: 20_000, reference: ' ICBC-20261202-001 ' }).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'approved', deposit: { amount: 20_000, reference: 'ICBC-20261202-001', confirmedAt: expect.any(String) } });
    // the first confirmation stands; the bidder sees what staff recorded
    const again = await http().post(confirmUrl).set(as('staff')).send({ amount: 50_000, reference: 'OTHER' }).expect(200);
    expect(again.body.deposit).toEqual(confirmed.body.deposit);
    expect((await http().get(`/api/auctions/${lot.auctionId}/registrations/mine`).set(as('alpha')).expect(200)).body.deposit).toEqual(confirmed.body.deposit);
    expect((await http().get(`/api/auctions/${lot.auctionId}`).set(as('alpha')).expect(200)).body.myRegistration).toMatchObject({ status: 'approved', deposit: confirmed.body.deposit });
    const [audit] = await app.get(DataSource).query(`SELECT details FROM audit_log WHERE subject_id = $1 AND action = 'auction.confirm_deposit'`, [reg.body.id]);
    expect(audit.details).toMatchObject({ amount: 20_000, reference: 'ICBC-20261202-001' });
    const betaPaddle = (await market.approvedBidder('beta', lot.auctionId)).paddleNumber;
    expect(betaPaddle).toBe(2);

    const low = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 99_999 }).expect(409);
    expect(low.body).toMatchObject({ code: 'AUCTION.BID_TOO_LOW', message: '出价过低：当前最低可出价 100000 元', params: { minimum: 100_000 } });
    const first = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
    expect(first.body).toMatchObject({ amount: 100_000, seq: 1 });
    const tooLow = await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).send({ amount: 109_999 }).expect(409);
    expect(tooLow.body.message).toContain('110000');
    await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).send({ amount: 110_000 }).expect(201);
    await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 'lots' }).expect(400);
    await http().post(`/api/lots/00000000-0000-4000-8000-000000000000/bids`).set(as('alpha')).send({ amount: 1 }).expect(404);

    const now = await http().get(`/api/lots/${lot.id}`).expect(200);
    expect(now.body).toMatchObject({ currentPrice: 110_000, bidCount: 2, leadingPaddle: 2, nextMinimumBid: 120_000 });
    const log = await http().get(`/api/lots/${lot.id}/bids`).expect(200);
    expect(log.body.items.map((b: { seq: number; amount: number; paddleNumber: number }) => [b.seq, b.amount, b.paddleNumber])).toEqual([
      [2, 110_000, 2],
      [1, 100_000, 1],
    ]);
    expect(JSON.stringify(log.body)).not.toContain('温州');
  });

  it('accepts only bids that beat their predecessor by the increment under 40 concurrent bidders', async () => {
    const [lot] = await auction([lotBody(await freshAchievement(), { startingPrice: 1_000, increment: 100 })]);
    const bidders = Array.from({ length: 40 }, (_, i) => `racer${i}`);
    for (const key of bidders) {
      await market.signUp(key, 'enterprise', { name: `竞买企业${key}`, kind: 'enterprise' });
      await market.approvedBidder(key, lot.auctionId);
    }
    // every bidder tries three prices at once, many of them colliding
    const attempts = bidders.flatMap((key, i) => [0, 1, 2].map((k) => ({ key, amount: 1_000 + 100 * ((i + k * 13) % 40) })));
    const answers = await Promise.all(attempts.map((a) => http().post(`/api/lots/${lot.id}/bids`).set(as(a.key)).send({ amount: a.amount })));
    expect(answers.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const accepted = answers.filter((r) => r.status === 201).map((r) => r.body);
    expect(accepted.length).toBeGreaterThan(1);

    const log = (await http().get(`/api/lots/${lot.id}/bids`).expect(200)).body.items.reverse();
    expect(log.map((b: { seq: number }) => b.seq)).toEqual(log.map((_: unknown, i: number) => i + 1));
    for (let i = 1; i < log.length; i++) expect(log[i].amount - log[i - 1].amount).toBeGreaterThanOrEqual(100);
    expect(log[0].amount).toBeGreaterThanOrEqual(1_000);
    expect(new Set(accepted.map((b: { seq: number }) => b.seq)).size).toBe(accepted.length);

    const now = (await http().get(`/api/lots/${lot.id}`).expect(200)).body;
    expect(now.bidCount).toBe(log.length);
    expect(now.bidCount).toBe(accepted.length);
    expect(now.currentPrice).toBe(log[log.length - 1].amount);
    expect(verifyChain(lot.id, log)).toMatchObject({ valid: true, count: accepted.length });
    expect((await http().get(`/api/lots/${lot.id}/bids/verify`).expect(200)).body).toMatchObject({ valid: true, count: accepted.length });
    // the documented script anyone can run against the public log
    const { port } = app.getHttpServer().address() as { port: number };
    const script = resolve(__dirname, '../../../../tools/verify-bid-log.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [script, `http://127.0.0.1:${port}`, lot.id]);
    expect(stdout).toContain(`valid: ${accepted.length} bids`);
  });

  it('returns the first answer for a repeated Idempotency-Key and places nothing more', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    await market.approvedBidder('alpha', lot.auctionId);
    await market.approvedBidder('beta', lot.auctionId);
    const send = () => http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).set('Idempotency-Key', 'bid-7f3a').send({ amount: 100_000 });
    const [a, b] = await Promise.all([send(), send()]);
    const c = await send();
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(b.body.id).toBe(a.body.id);
    expect(c.body).toEqual(a.body);
    expect((await http().get(`/api/lots/${lot.id}`).expect(200)).body.bidCount).toBe(1);
    // another key is another bid: refused for the leader, placed for another bidder
    const again = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).set('Idempotency-Key', 'bid-7f3b').send({ amount: 110_000 }).expect(409);
    expect(again.body).toMatchObject({ code: 'AUCTION.ALREADY_LEADING', message: '您已是当前最高出价，无需再次出价' });
    const other = await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).set('Idempotency-Key', 'bid-7f3b').send({ amount: 110_000 }).expect(201);
    expect(other.body.seq).toBe(2);
  });

  it('moves the end to bid time + window for a bid inside the window', async () => {
    const [lot] = await auction([lotBody(await freshAchievement(), { endsAt: inSeconds(30) })], { extensionSeconds: 120 });
    await market.approvedBidder('alpha', lot.auctionId);
    const bid = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
    expect(Date.parse(bid.body.endsAt) - Date.parse(bid.body.placedAt)).toBe(120_000);
    expect((await http().get(`/api/lots/${lot.id}`).expect(200)).body.endsAt).toBe(bid.body.endsAt);

    const [calm] = await auction([lotBody(await freshAchievement(), { endsAt: inSeconds(3600) })], { extensionSeconds: 120 });
    await market.approvedBidder('alpha', calm.auctionId);
    const early = await http().post(`/api/lots/${calm.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
    expect(early.body.endsAt).toBe(calm.endsAt);
  });
});

describe('place_bids', () => {
  type Who = { id: string; organization_id: string };
  const who = async (name: string): Promise<Who> => (await app.get(DataSource).query(`SELECT id, organization_id FROM users WHERE name = $1`, [name]))[0];
  const bid = (u: Who, amount: number, key: string | null = null) => ({ org: u.organization_id, user: u.id, amount, key });

  it('applies a batch in order under the rules of domain/bidding.ts and answers every bid', async () => {
    const [lot] = await auction([lotBody(await freshAchievement(), { endsAt: inSeconds(60) })], { extensionSeconds: 120 });
    await market.approvedBidder('alpha', lot.auctionId);
    await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('beta')).send({ acceptTerms: true }).expect(201); // deposit not confirmed
    await market.approvedBidder('gamma', lot.auctionId);
    const ds = app.get(DataSource);
    const [alpha, beta, gamma, researcher] = [await who('alpha'), await who('beta'), await who('gamma'), await who('researcher')];
    const batch = [bid(alpha, 99_999), bid(alpha, 100_000, 'k1'), bid(alpha, 100_000, 'k1'), bid(gamma, 105_000), bid(beta, 200_000), bid(researcher, 200_000), bid(alpha, 110_000), bid(gamma, 110_000)];

    const rows = await ds.query(`SELECT * FROM place_bids($1, $2::jsonb)`, [lot.id, JSON.stringify(batch)]);
    expect(rows.map((r: { idx: number; outcome: string; minimum: string | null }) => [r.idx, r.outcome, r.minimum === null ? null : Number(r.minimum)])).toEqual([
      [0, 'too_low', 100_000],
      [1, 'accepted', null],
      [2, 'repeated', null],
      [3, 'too_low', 110_000],
      [4, 'deposit_pending', null],
      [5, 'not_registered', null],
      [6, 'leading', null],
      [7, 'accepted', null],
    ]);
    const [first, repeated, second] = [rows[1], rows[2], rows[7]];
    expect(repeated.bid_id).toBe(first.bid_id);
    expect([first.bid_seq, second.bid_seq]).toEqual([1, 2]);
    // both fell inside the 120 s window: each moved the end to its own time + window (the second
    // only if it came a millisecond or more later; the same millisecond leaves the end where it is)
    expect(first.extended).toBe(true);
    expect(first.lot_ends_at.getTime()).toBe(endAfterBid(new Date(lot.endsAt), first.bid_placed_at, 120).getTime());
    expect(second.lot_ends_at.getTime()).toBe(endAfterBid(first.lot_ends_at, second.bid_placed_at, 120).getTime());
    expect(second.extended).toBe(second.lot_ends_at.getTime() > first.lot_ends_at.getTime());

    const now = (await http().get(`/api/lots/${lot.id}`).expect(200)).body;
    expect(now).toMatchObject({ currentPrice: 110_000, bidCount: 2, leadingPaddle: 3, nextMinimumBid: 120_000, endsAt: second.lot_ends_at.toISOString() });
    const log = (await http().get(`/api/lots/${lot.id}/bids`).expect(200)).body.items;
    expect(verifyChain(lot.id, log)).toMatchObject({ valid: true, count: 2 });

    const [unknown] = await ds.query(`SELECT outcome FROM place_bids($1, $2::jsonb)`, ['00000000-0000-4000-8000-000000000000', JSON.stringify([bid(alpha, 1)])]);
    expect(unknown.outcome).toBe('lot_not_found');
  });

  it('agrees with rejectBid, bid by bid, on a random sequence sent in batches', async () => {
    const [lot] = await auction([lotBody(await freshAchievement(), { startingPrice: 1_000, increment: 100 })]);
    await market.approvedBidder('alpha', lot.auctionId);
    await market.approvedBidder('beta', lot.auctionId);
    const bidders = [await who('alpha'), await who('beta')];
    const [registrations] = [await app.get(DataSource).query(`SELECT id, organization_id FROM auction_registrations WHERE auction_id = $1`, [lot.auctionId])];
    const registrationOf = (org: string) => registrations.find((r: { organization_id: string }) => r.organization_id === org).id as string;
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // a noisy rising ladder from two bidders in a random order: about a third beat the price, the
    // rest come too low or from the bidder that already leads
    const sequence = Array.from({ length: 60 }, (_, i) => ({ amount: 1_000 + Math.floor(i * 0.7 + random() * 8) * 100, bidder: bidders[random() < 0.5 ? 0 : 1] }));
    // the model: domain/bidding.ts, one bid at a time
    let model: LotState = { status: 'open', endsAt: new Date(lot.endsAt), startingPrice: 1_000, increment: 100, currentPrice: null, leader: null };
    const expected = sequence.map(({ amount, bidder }) => {
      const why = rejectBid(model, amount, new Date(), registrationOf(bidder.organization_id));
      if (why) return why.reason === 'too_low' ? `too_low ${why.minimum}` : why.reason;
      model = { ...model, currentPrice: amount, leader: registrationOf(bidder.organization_id) };
      return 'accepted';
    });
    const got: string[] = [];
    for (let i = 0; i < sequence.length; i += 7) {
      const rows = await app.get(DataSource).query(`SELECT outcome, minimum FROM place_bids($1, $2::jsonb)`, [lot.id, JSON.stringify(sequence.slice(i, i + 7).map((b) => bid(b.bidder, b.amount)))]);
      got.push(...rows.map((r: { outcome: string; minimum: string | null }) => (r.outcome === 'too_low' ? `too_low ${Number(r.minimum)}` : r.outcome)));
    }
    expect(got).toEqual(expected);
    expect(got.filter((o) => o === 'accepted').length).toBeGreaterThan(10);
    expect(got.filter((o) => o.startsWith('too_low')).length).toBeGreaterThan(5);
    expect(got.filter((o) => o === 'leading').length).toBeGreaterThan(5);
    expect((await http().get(`/api/lots/${lot.id}`).expect(200)).body.currentPrice).toBe(model.currentPrice);
  });

  it('agrees with endAfterBid on every accepted bid, over windows that do and do not extend', async () => {
    const ds = app.get(DataSource);
    const bidders = [await who('alpha'), await who('beta')];
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const outcomes = { extended: 0, kept: 0 };
    // each lot ends 75 s from now; a 30 or 60 s window leaves its end alone until bids come late,
    // a 90 or 120 s window moves it at the first bid and then again by every later millisecond
    for (const windowSeconds of [30, 60, 90, 120]) {
      const [lot] = await auction([lotBody(await freshAchievement(), { startingPrice: 1_000, increment: 100, endsAt: inSeconds(75) })], { extensionSeconds: windowSeconds });
      await market.approvedBidder('alpha', lot.auctionId);
      await market.approvedBidder('beta', lot.auctionId);
      let modelEnd = new Date(lot.endsAt);
      let price = 1_000;
      for (let round = 0; round < 4; round++) {
        // alternate leaders so that every bid is accepted; batches of one to three bids
        const batch = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
          const b = bid(bidders[price % 200 === 0 ? 0 : 1], price);
          price += 100;
          return b;
        });
        const rows: Array<{ outcome: string; bid_placed_at: Date; lot_ends_at: Date; extended: boolean }> = await ds.query(
          `SELECT outcome, bid_placed_at, lot_ends_at, extended FROM place_bids($1, $2::jsonb)`,
          [lot.id, JSON.stringify(batch)],
        );
        for (const row of rows) {
          expect(row.outcome).toBe('accepted');
          const next = endAfterBid(modelEnd, row.bid_placed_at, windowSeconds);
          expect(row.lot_ends_at.getTime()).toBe(next.getTime());
          expect(row.extended).toBe(next.getTime() !== modelEnd.getTime());
          outcomes[row.extended ? 'extended' : 'kept']++;
          modelEnd = next;
        }
      }
      expect((await http().get(`/api/lots/${lot.id}`).expect(200)).body.endsAt).toBe(modelEnd.toISOString());
    }
    expect(outcomes.extended).toBeGreaterThan(3);
    expect(outcomes.kept).toBeGreaterThan(3);
  });

  it('refuses bids on a lot that has not started', async () => {
    const [lot] = await auction([lotBody(await freshAchievement(), { endsAt: inSeconds(1200) })], { startsAt: inSeconds(600) });
    await market.approvedBidder('alpha', lot.auctionId);
    const early = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(409);
    expect(early.body).toMatchObject({ code: 'AUCTION.LOT_NOT_OPEN', message: '该拍品尚未开始竞价' });
  });
});

describe('bidding over the live room socket', () => {
  it('takes bids from a signed-in bidder under the HTTP rules, errors and Idempotency-Keys', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    await market.approvedBidder('alpha', lot.auctionId);
    const { port } = app.getHttpServer().address() as { port: number };
    const connect = (token?: string) =>
      new Promise<Socket>((res, rej) => {
        const socket = io(`http://127.0.0.1:${port}${AUCTION_SOCKET.namespace}`, { transports: ['websocket'], forceNew: true, auth: token ? { token } : {} });
        socket.once('connect', () => res(socket));
        socket.once('connect_error', rej);
      });
    const sockets = await Promise.all([connect(market.users['alpha'].token), connect(), connect(`${market.users['alpha'].token}x`), connect(market.users['researcher'].token), connect(market.users['beta'].token)]);
    const [alpha, anonymous, forged, researcher, beta] = sockets;
    const send = (socket: Socket, body: unknown): Promise<SocketBidAnswer> => socket.timeout(5000).emitWithAck(AUCTION_SOCKET.bid, body);
    try {
      expect(await send(anonymous, { lotId: lot.id, amount: 100_000 })).toMatchObject({ ok: false, error: { statusCode: 401, code: 'AUTH.TOKEN_REQUIRED' } });
      expect(await send(forged, { lotId: lot.id, amount: 100_000 })).toMatchObject({ ok: false, error: { statusCode: 401 } });
      expect(await send(researcher, { lotId: lot.id, amount: 100_000 })).toMatchObject({ ok: false, error: { statusCode: 403, code: 'AUCTION.ENTERPRISES_ONLY' } });
      expect(await send(beta, { lotId: lot.id, amount: 100_000 })).toMatchObject({ ok: false, error: { statusCode: 403, code: 'AUCTION.NOT_REGISTERED' } });
      expect(await send(alpha, 'a bid')).toMatchObject({ ok: false, error: { statusCode: 400 } });
      const bad = await send(alpha, { lotId: 'nope', amount: 1.5, secret: 1 });
      expect(bad).toMatchObject({ ok: false, error: { statusCode: 400 } });
      const messages = bad.ok ? [] : (bad.error.message as string[]);
      expect(messages.some((m) => m.includes('lotId'))).toBe(true);
      expect(messages.some((m) => m.includes('amount'))).toBe(true);
      expect(messages.some((m) => m.includes('secret'))).toBe(true);
      expect(await send(alpha, { lotId: lot.id, amount: 1 })).toMatchObject({ ok: false, error: { statusCode: 409, code: 'AUCTION.BID_TOO_LOW', message: expect.stringContaining('100000') } });
      // a key jsonb cannot hold never reaches a batch (it would fail the bids travelling with it)
      // (a NUL never gets that far: the API's input guard refuses it for every socket message)
      expect(await send(alpha, { lotId: lot.id, amount: 100_000, idempotencyKey: 'a\u0000b' })).toMatchObject({
        ok: false,
        error: { statusCode: 400, code: 'PLATFORM.INVALID_INPUT', message: 'idempotencyKey：请求内容含有不允许的字符或超出限制', field: 'idempotencyKey' },
      });
      expect(await send(alpha, { lotId: lot.id, amount: 100_000, idempotencyKey: 'ä' })).toMatchObject({ ok: false, error: { statusCode: 400, code: 'AUCTION.BAD_IDEMPOTENCY_KEY' } });
      await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).set('Idempotency-Key', 'x'.repeat(201)).send({ amount: 100_000 }).expect(400);

      const placed = await send(alpha, { lotId: lot.id, amount: 100_000, idempotencyKey: 'sock-1' });
      expect(placed).toMatchObject({ ok: true, bid: { amount: 100_000, seq: 1 } });
      expect(await send(alpha, { lotId: lot.id, amount: 100_000, idempotencyKey: 'sock-1' })).toEqual(placed);
      // a client that lost the ack and retried over HTTP with the same key gets the same bid
      const retried = await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).set('Idempotency-Key', 'sock-1').send({ amount: 100_000 }).expect(201);
      expect(placed.ok && retried.body).toEqual(placed.ok && placed.bid);
      expect((await http().get(`/api/lots/${lot.id}`).expect(200)).body).toMatchObject({ bidCount: 1, currentPrice: 100_000 });
    } finally {
      for (const socket of sockets) socket.disconnect();
    }
  });
});

describe('one status rule, in TypeScript and in SQL', () => {
  it('STATUS_SQL answers what auctionStatus() answers, on random auctions (none, some or all lots closed; started or not)', async () => {
    const db = app.get(DataSource);
    const achievement = await freshAchievement();
    const [{ id: creator }] = await db.query(`SELECT id FROM users ORDER BY created_at LIMIT 1`);
    const [{ organization_id: seller }] = await db.query(`SELECT organization_id FROM achievements WHERE id = $1`, [achievement]);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.constantFrom('scheduled' as const, 'open' as const, 'closed' as const), { maxLength: 4 }), async (started, statuses) => {
        // an hour away from now either way, so that the two clocks cannot disagree on "started"
        const startsAt = new Date(Date.now() + (started ? -1 : 1) * 3600_000);
        const [{ id }] = await db.query(`INSERT INTO auctions (title, starts_at, created_by) VALUES ('状态一致性', $1, $2) RETURNING id`, [startsAt, creator]);
        for (const [i, status] of statuses.entries()) {
          // far ahead, so that the lot clock's sweep leaves these lots alone
          await db.query(
            `INSERT INTO lots (auction_id, position, achievement_id, seller_organization_id, title, starting_price, increment, deposit, extension_seconds, starts_at, ends_at, status)
             VALUES ($1, $2, $3, $4, '状态一致性拍品', 1, 1, 0, 0, now() + interval '10 days', now() + interval '11 days', $5)`,
            [id, i + 1, achievement, seller, status],
          );
        }
        const [{ status }] = await db.query(`SELECT ${STATUS_SQL} AS status FROM auctions a WHERE a.id = $1`, [id]);
        expect([started, statuses, status]).toEqual([started, statuses, auctionStatus(startsAt, statuses.map((st) => ({ status: st })), new Date())]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('bid rate per user', () => {
  it('answers 429 beyond BID_RATE_LIMIT bids a second for one user over all its sockets and HTTP together', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    // a bidder of its own, whose count no earlier test has touched
    await market.signUp('storm', 'enterprise', { name: '温州连发企业有限公司', kind: 'enterprise' });
    await market.approvedBidder('storm', lot.auctionId);
    const { port } = app.getHttpServer().address() as { port: number };
    // twenty sockets of one user, as in the probe (they sent 200 bids in 81 ms)
    const sockets = Array.from({ length: 20 }, () => io(`http://127.0.0.1:${port}${AUCTION_SOCKET.namespace}`, { transports: ['websocket'], forceNew: true, auth: { token: market.users['storm'].token } }));
    try {
      await Promise.all(sockets.map((socket) => new Promise<void>((res, rej) => socket.once('connect', () => res()).once('connect_error', rej))));
      const overSockets = sockets.flatMap((socket) => [1, 2].map(() => socket.timeout(5000).emitWithAck(AUCTION_SOCKET.bid, { lotId: lot.id, amount: 1 }) as Promise<SocketBidAnswer>));
      const overHttp = Array.from({ length: 5 }, () => http().post(`/api/lots/${lot.id}/bids`).set(as('storm')).send({ amount: 1 }));
      const [socketAnswers, httpAnswers] = await Promise.all([Promise.all(overSockets), Promise.all(overHttp)]);
      const codes = [...socketAnswers.map((a) => (a.ok ? 201 : a.error.statusCode)), ...httpAnswers.map((r) => r.status)];
      // amount 1 is below the start: the bids inside the limit reach the lot's rules (409), the rest never do
      expect(codes.filter((c) => c === 409)).toHaveLength(BID_RATE);
      expect(codes.filter((c) => c === 429)).toHaveLength(codes.length - BID_RATE);
      expect(socketAnswers.find((a) => !a.ok && a.error.statusCode === 429)).toMatchObject({ error: { code: 'AUCTION.BIDS_TOO_FAST' } });
      const limited = httpAnswers.find((r) => r.status === 429) ?? (await http().post(`/api/lots/${lot.id}/bids`).set(as('storm')).send({ amount: 1 }));
      if (limited.status === 429) expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // another bidder is not slowed by the storm
      await market.approvedBidder('beta', lot.auctionId);
      await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).send({ amount: 100_000 }).expect(201);
    } finally {
      for (const socket of sockets) socket.disconnect();
    }
  });
});

describe('integrity', () => {
  it('holds an achievement while its lot is scheduled or open: no withdrawal, no overlapping auction; free again once closed', async () => {
    const item = await freshAchievement();
    const [scheduled] = await auction([lotBody(item, { endsAt: inSeconds(4) })], { startsAt: inSeconds(2), extensionSeconds: 0 });
    expect(scheduled.status).toBe('scheduled');
    const held = await http().post(`/api/achievements/${item}/archive`).set(as('researcher')).expect(409);
    expect(held.body).toMatchObject({ code: 'CATALOG.HELD', message: expect.stringContaining('已安排竞价') });
    await http().post(`/api/achievements/${item}/archive`).set(as('staff')).expect(409);

    // another auction whose lot overlaps in time is refused; one after the lot's end is not
    const overlapping = await http().post('/api/auctions').set(as('staff')).send({ title: '重叠专场', startsAt: inSeconds(3), lots: [lotBody(item, { endsAt: inSeconds(600) })] }).expect(409);
    expect(overlapping.body).toMatchObject({ code: 'AUCTION.LOT_OVERLAP', message: expect.stringContaining('lots.0.achievementId') });
    const later = await http().post('/api/auctions').set(as('staff')).send({ title: '后续专场', startsAt: inSeconds(3600), lots: [lotBody(item, { endsAt: inSeconds(7200) })] }).expect(201);

    await eventually(() => http().get(`/api/lots/${scheduled.id}`).then((r) => r.body.status), (st) => st === 'open', 10_000);
    const open = await http().post(`/api/achievements/${item}/archive`).set(as('researcher')).expect(409);
    expect(open.body.message).toContain('正在竞价');
    await eventually(() => http().get(`/api/lots/${scheduled.id}`).then((r) => r.body.status), (st) => st === 'closed', 15_000);
    // still held by the later auction's scheduled lot
    await http().post(`/api/achievements/${item}/archive`).set(as('researcher')).expect(409);
    expect(later.body.lots[0].status).toBe('scheduled');

    // an achievement of no running lot can be withdrawn
    const free = await freshAchievement();
    await http().post(`/api/achievements/${free}/archive`).set(as('researcher')).expect(200);
  });

  it('two auctions created at once with the same achievement: one wins, the other is told it overlaps', async () => {
    const item = await freshAchievement();
    const body = (title: string) => ({ title, startsAt: inSeconds(-1), lots: [lotBody(item)] });
    const answers = await Promise.all([1, 2, 3, 4].map((k) => http().post('/api/auctions').set(as('staff')).send(body(`并发专场${k}`))));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it("keeps the seller's organization out of the auctions that hold its lots", async () => {
    const [lot] = await auction([lotBody(await freshAchievement()), lotBody(await freshAchievement())]);
    // Sellers are universities and institutes today, whose people cannot register as bidders; an
    // enterprise's own achievement (which the domain allows) is made here by naming alpha the seller.
    const [alpha] = await app.get(DataSource).query(`SELECT organization_id FROM users WHERE name = 'alpha'`);
    await app.get(DataSource).query(`UPDATE lots SET seller_organization_id = $1 WHERE id = $2`, [alpha.organization_id, lot.id]);
    const refused = await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('alpha')).send({ acceptTerms: true }).expect(403);
    expect(refused.body).toMatchObject({ code: 'AUCTION.OWN_LOT' });
    await http().post(`/api/auctions/${lot.auctionId}/registrations`).set(as('beta')).send({ acceptTerms: true }).expect(201);
  });
});

describe('closing', () => {
  it('sells at the end when the reserve is reached: a deal event, and results for the bidders', async () => {
    const sold = await freshAchievement();
    const [lot] = await auction([lotBody(sold, { reservePrice: 110_000, endsAt: inSeconds(3) })], { extensionSeconds: 0 });
    await market.approvedBidder('alpha', lot.auctionId);
    await market.approvedBidder('beta', lot.auctionId);
    await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
    await http().post(`/api/lots/${lot.id}/bids`).set(as('beta')).send({ amount: 120_000 }).expect(201);
    const closed = await eventually(() => http().get(`/api/lots/${lot.id}`).then((r) => r.body), (l) => l.status === 'closed');
    expect(closed).toMatchObject({ result: 'sold', currentPrice: 120_000, nextMinimumBid: null });
    await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 500_000 }).expect(409);

    const ds = app.get(DataSource);
    const [event] = await ds.query(`SELECT payload FROM outbox WHERE topic = $1 AND payload->>'lotId' = $2`, [TOPICS.lotSold, lot.id]);
    expect(event.payload).toMatchObject({ lotId: lot.id, achievementId: sold, amount: 120_000 });
    const [buyer] = await ds.query(`SELECT organization_id FROM users WHERE name = 'beta'`);
    expect(event.payload.buyerOrganizationId).toBe(buyer.organization_id);

    const betaInbox = await http().get('/api/notifications').set(as('beta')).expect(200);
    expect(betaInbox.body.items.find((x: { link: string }) => x.link === `/auctions/lots/${lot.id}`)).toMatchObject({ kind: 'auction_result', title: expect.stringContaining('竞价成交') });
    const alphaInbox = await http().get('/api/notifications').set(as('alpha')).expect(200);
    expect(alphaInbox.body.items.find((x: { link: string }) => x.link === `/auctions/lots/${lot.id}`).body).toContain('保证金');

    // the 成交确认书: the winner, the seller and staff read it; the loser and strangers do not
    const confirmation = await http().get(`/api/lots/${lot.id}/confirmation`).set(as('beta')).expect(200);
    expect(confirmation.body).toMatchObject({ lotId: lot.id, achievementId: sold, price: 120_000, bidCount: 2, buyer: { id: buyer.organization_id, name: '温州乙企业有限公司' }, seller: { name: '瓯江大学' } });
    const verified = await http().get(`/api/lots/${lot.id}/bids/verify`).expect(200);
    expect(confirmation.body.winningBid).toMatchObject({ seq: 2, hash: verified.body.headHash });
    await http().get(`/api/lots/${lot.id}/confirmation`).set(as('researcher')).expect(200);
    await http().get(`/api/lots/${lot.id}/confirmation`).set(as('staff')).expect(200);
    const loser = await http().get(`/api/lots/${lot.id}/confirmation`).set(as('alpha')).expect(403);
    expect(loser.body.code).toBe('AUCTION.NOT_A_PARTY');
    await http().get(`/api/lots/${lot.id}/confirmation`).expect(401);
    // counts on the announcement: two registered, both deposits confirmed
    expect((await http().get(`/api/auctions/${lot.auctionId}`).expect(200)).body).toMatchObject({ registrationCount: 2, bidderCount: 2 });
  });

  it('leaves a lot unsold below the reserve, and without bids', async () => {
    const [below, empty] = await auction([lotBody(await freshAchievement(), { reservePrice: 500_000, endsAt: inSeconds(3) }), lotBody(await publishAchievement('无人出价的成果'), { endsAt: inSeconds(3) })], { extensionSeconds: 0 });
    await market.approvedBidder('alpha', below.auctionId);
    await http().post(`/api/lots/${below.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
    const a = await eventually(() => http().get(`/api/lots/${below.id}`).then((r) => r.body), (l) => l.status === 'closed');
    const b = await eventually(() => http().get(`/api/lots/${empty.id}`).then((r) => r.body), (l) => l.status === 'closed');
    expect([a.result, b.result]).toEqual(['unsold', 'unsold']);
    expect(b.hasReserve).toBe(false);
    expect((await http().get(`/api/lots/${below.id}/confirmation`).set(as('alpha')).expect(404)).body.code).toBe('AUCTION.NOT_SOLD');
    const events = await app.get(DataSource).query(`SELECT 1 FROM outbox WHERE topic = $1 AND payload->>'lotId' = ANY($2)`, [TOPICS.lotSold, [below.id, empty.id]]);
    expect(events).toHaveLength(0);
    expect((await http().get(`/api/auctions/${below.auctionId}`).expect(200)).body.status).toBe('finished');
  });

  it('keeps the bid log append-only', async () => {
    await expect(app.get(DataSource).query(`UPDATE bids SET amount = amount + 1`)).rejects.toThrow('append-only');
    await expect(app.get(DataSource).query(`DELETE FROM bids`)).rejects.toThrow('append-only');
  });
});

describe('audit log', () => {
  it('records auction creation and deposit confirmations for staff to read, and nobody can edit it', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    await market.approvedBidder('alpha', lot.auctionId);
    await http().get('/api/audit').set(as('alpha')).expect(403);
    await http().get('/api/audit').expect(401);
    const created = await http().get(`/api/audit?action=auction.create&subjectId=${lot.auctionId}`).set(as('staff')).expect(200);
    expect(created.body.items).toHaveLength(1);
    expect(created.body.items[0]).toMatchObject({ actorRole: 'staff', subjectType: 'auction', details: { lots: 1 } });
    const deposits = await http().get('/api/audit?action=auction.confirm_deposit').set(as('staff')).expect(200);
    expect(deposits.body.items.some((e: { details: { auctionId: string } }) => e.details.auctionId === lot.auctionId)).toBe(true);
    const reviews = await http().get(`/api/audit?action=catalog.review&subjectId=${achievementA}`).set(as('staff')).expect(200);
    expect(reviews.body.items[0]).toMatchObject({ subjectType: 'achievement', details: { decision: 'approve' } });
    await expect(app.get(DataSource).query(`DELETE FROM audit_log`)).rejects.toThrow('append-only');
  });
});

describe('live room', () => {
  it('sends lot.updated to the room after a bid', async () => {
    const [lot] = await auction([lotBody(await freshAchievement())]);
    await market.approvedBidder('alpha', lot.auctionId);
    const address = app.getHttpServer().address() as { port: number };
    const socket: Socket = io(`http://127.0.0.1:${address.port}${AUCTION_SOCKET.namespace}`, { transports: ['websocket'], forceNew: true });
    try {
      const updates: Lot[] = [];
      socket.on(AUCTION_SOCKET.lotUpdated, (l: Lot) => updates.push(l));
      const joined: Lot = await socket.timeout(5000).emitWithAck(AUCTION_SOCKET.join, { lotId: lot.id });
      expect(joined).toMatchObject({ id: lot.id, bidCount: 0 });
      expect(joined).not.toHaveProperty('reservePrice');
      await http().post(`/api/lots/${lot.id}/bids`).set(as('alpha')).send({ amount: 100_000 }).expect(201);
      const last = await eventually(async () => updates[updates.length - 1], (l) => l?.bidCount === 1);
      expect(last).toMatchObject({ currentPrice: 100_000, leadingPaddle: 1, nextMinimumBid: 110_000 });
      expect(Math.abs(Date.parse(last.serverTime) - Date.now())).toBeLessThan(60_000);
      expect(await socket.timeout(5000).emitWithAck(AUCTION_SOCKET.join, { lotId: 'nope' })).toEqual({ error: 'lotId must be a UUID' });
    } finally {
      socket.disconnect();
    }
  });
});

describe('downtime', () => {
  it('closes a lot whose end passed while no worker ran and its jobs were lost, right after start', async () => {
    const env = await testEnvironment('auctions_restart');
    let down = await startTestApp(parts, { ...env, ROLE: 'api' });
    const there = new TestMarket(() => down);
    try {
      await there.staff();
      await there.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
      await there.signUp('alpha', 'enterprise', { name: '温州甲企业有限公司', kind: 'enterprise' });
      const achievement = await publishAchievement('停机期间结束的拍品', there);
      const [lot] = await auction([lotBody(achievement, { endsAt: inSeconds(2) })], { extensionSeconds: 0 }, there);
      await there.approvedBidder('alpha', lot.auctionId);
      await there.http().post(`/api/lots/${lot.id}/bids`).set(there.as('alpha')).send({ amount: 100_000 }).expect(201);
      // the jobs are lost with Redis, and no worker runs: the end passes unnoticed
      await down.get<Queue>(getQueueToken(QUEUES.auctions), { strict: false }).obliterate({ force: true });
      await eventually(async () => Date.now(), (t) => t > Date.parse(lot.endsAt) + 300);
      expect((await request(down.getHttpServer()).get(`/api/lots/${lot.id}`).expect(200)).body.status).toBe('open');
      await down.close();

      down = await startTestApp(parts, { ...env, ROLE: 'all' });
      const closed = await eventually(() => request(down.getHttpServer()).get(`/api/lots/${lot.id}`).then((r) => r.body), (l) => l.status === 'closed', 5_000);
      expect(closed).toMatchObject({ result: 'sold', currentPrice: 100_000 });
      const inbox = await there.http().get('/api/notifications').set(there.as('alpha')).expect(200);
      expect(inbox.body.items.filter((x: { kind: string }) => x.kind === 'auction_result')).toHaveLength(1);
    } finally {
      await down.close();
    }
  });
});
