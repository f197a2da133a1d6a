import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TOPICS, type ChallengeAwarded, type LotSold } from '@market/server/events';
import { currentYear } from '@market/shared/time';
import { achievementBody, createTestApp, TestMarket, type TestUser } from '@market/server/platform/testing';
import { Outbox } from '@market/server/platform';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { DealsModule, DEALS_ENTITIES, DEALS_MIGRATIONS } from './index';

// Integration: real Postgres (migrations, row locks, aggregates) and Redis (outbox), over HTTP.
let app: INestApplication;
let market: TestMarket;
const http = () => market.http();
const users: Record<string, TestUser> = {};
const as = (key: string) => market.as(key);
const signUp = async (key: string, role: 'researcher' | 'enterprise' | 'broker', org: { name: string; kind: 'university' | 'enterprise' | 'agency' }) =>
  (users[key] = await market.signUp(key, role, org));

async function publishAchievement(title: string, field = 'new_energy', region = '瑞安市'): Promise<string> {
  return market.publish('achievements', 'researcher', achievementBody({ title, summary: '面向新能源汽车充电设施的技术成果，已完成中试验证。', field, keywords: ['充电桩'], region }));
}

const open = (who: string, body: Record<string, unknown>) => http().post('/api/deals').set(as(who)).send(body);
const advance = (who: string, id: string, body: Record<string, unknown>) => http().post(`/api/deals/${id}/advance`).set(as(who)).send(body);

const confirm = (who: string, id: string, body: Record<string, unknown> = {}) => http().post(`/api/deals/${id}/confirm`).set(as(who)).send(body);

/** A fresh deal signed by the broker (a week before `signedBefore`) and confirmed by both parties. */
async function confirmedDeal(achievementId: string, amount: number, type: string, signedBefore = new Date().toISOString(), buyer = 'enterprise'): Promise<string> {
  const { body } = await open('broker', { achievementId, buyerOrganizationId: users[buyer].organizationId }).expect(201);
  await advance('broker', body.id, { stage: 'negotiating' }).expect(200);
  const signedAt = new Date(new Date(signedBefore).getTime() - 7 * 24 * 3600_000).toISOString();
  await advance('broker', body.id, { stage: 'signed', amount, contract: { type, signedAt } }).expect(200);
  await confirm('researcher', body.id).expect(200);
  await confirm(buyer, body.id).expect(200);
  return body.id;
}

/** Takes a fresh deal all the way to `registered` by staff at the given moment, under an issued number. */
async function registeredDeal(achievementId: string, amount: number, type: string, registeredAt: string, buyer = 'enterprise'): Promise<string> {
  const id = await confirmedDeal(achievementId, amount, type, registeredAt, buyer);
  await advance('staff', id, { stage: 'registered', registration: { registeredAt } }).expect(200);
  return id;
}

let charger: string;
/** Another achievement like the charger: one open deal per achievement and buyer. */
const another = () => publishAchievement('大功率直流充电桩碳化硅功率模块');

beforeAll(async () => {
  app = await createTestApp('deals', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...DEALS_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...DEALS_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule, CatalogModule, DealsModule],
  });
  market = new TestMarket(app);
  await signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await signUp('enterprise', 'enterprise', { name: '瑞安充电设备有限公司', kind: 'enterprise' });
  await signUp('other', 'enterprise', { name: '鹿城鞋业有限公司', kind: 'enterprise' });
  await signUp('broker', 'broker', { name: '温州技术转移中心', kind: 'agency' });
  await signUp('broker2', 'broker', { name: '乐清科技服务社', kind: 'agency' });
  users['staff'] = await market.staff();
  charger = await publishAchievement('大功率直流充电桩碳化硅功率模块');
});

afterAll(async () => {
  await app.close();
});

describe('POST /api/deals', () => {
  it('opens a deal at intent with the broker who opened it and the first history entry', async () => {
    const res = await open('broker', { achievementId: charger, buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    expect(res.body).toMatchObject({
      stage: 'intent',
      source: 'manual',
      achievement: { id: charger, title: '大功率直流充电桩碳化硅功率模块', field: 'new_energy', region: '瑞安市' },
      seller: { id: users['researcher'].organizationId, name: '瓯江大学' },
      buyer: { id: users['enterprise'].organizationId, name: '瑞安充电设备有限公司' },
      broker: { id: users['broker'].id, name: 'broker' },
      amount: null,
      contract: null,
    });
    expect(res.body.history).toEqual([expect.objectContaining({ from: null, to: 'intent', by: { id: users['broker'].id, name: 'broker' } })]);
  });

  it('refuses other roles, unpublished achievements, unknown parties and brokers naming other brokers', async () => {
    const body = { achievementId: charger, buyerOrganizationId: users['enterprise'].organizationId };
    await open('enterprise', body).expect(403);
    await http().post('/api/deals').send(body).expect(401);
    const draft = await http()
      .post('/api/achievements')
      .set(as('researcher'))
      .send({ title: '未发布的成果', summary: '尚未提交审核的成果，不能用于建立交易。', field: 'other', keywords: [], maturity: 'lab', transferModes: ['transfer'], askingPrice: null, patents: [], region: '瑞安市', inventors: [] })
      .expect(201);
    await open('broker', { ...body, achievementId: draft.body.id }).expect(409);
    await open('broker', { ...body, achievementId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await open('broker', { ...body, buyerOrganizationId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await open('broker', { ...body, buyerOrganizationId: users['researcher'].organizationId }).expect(400);
    await open('broker', { ...body, brokerId: users['broker2'].id }).expect(403);
    await open('broker', { ...body, extra: 1 }).expect(400);
  });

  it('lets staff name the broker, and only a broker', async () => {
    const body = { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId };
    const res = await open('staff', { ...body, brokerId: users['broker2'].id, source: 'workbench' }).expect(201);
    expect(res.body).toMatchObject({ source: 'workbench', broker: { id: users['broker2'].id } });
    await open('staff', { ...body, brokerId: users['enterprise'].id }).expect(400);
    expect((await open('staff', { ...body, achievementId: await another() }).expect(201)).body.broker).toBeNull();
  });
});

describe('visibility', () => {
  it('shows a deal to its broker, both sides and staff; 404 to everyone else', async () => {
    const { body: deal } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    for (const who of ['broker', 'researcher', 'enterprise', 'staff']) await http().get(`/api/deals/${deal.id}`).set(as(who)).expect(200);
    for (const who of ['other', 'broker2']) await http().get(`/api/deals/${deal.id}`).set(as(who)).expect(404);
    await http().get(`/api/deals/${deal.id}`).expect(401);
    await advance('other', deal.id, { stage: 'negotiating' }).expect(404);
    await advance('broker2', deal.id, { stage: 'negotiating' }).expect(404);
    // the sides may follow the deal but only its broker and staff move it
    await advance('enterprise', deal.id, { stage: 'negotiating' }).expect(403);

    const listed = async (who: string) => ((await http().get('/api/deals?pageSize=100').set(as(who)).expect(200)).body.items as Array<{ id: string }>).map((d) => d.id);
    expect(await listed('broker')).toContain(deal.id);
    expect(await listed('enterprise')).toContain(deal.id);
    expect(await listed('staff')).toContain(deal.id);
    expect(await listed('other')).toEqual([]);
    expect(await listed('broker2')).not.toContain(deal.id);
  });
});

describe('POST /api/deals/:id/advance', () => {
  it('walks every stage, asks for the facts of each, keeps the history and tells both sides', async () => {
    const { body: deal } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    await advance('broker', deal.id, { stage: 'signed', amount: 1, contract: { type: 'license' } }).expect(409);
    await advance('staff', deal.id, { stage: 'registered', registration: { number: 'x', registeredAt: '2026-01-01T00:00:00Z' } }).expect(409);
    expect((await advance('broker', deal.id, { stage: 'closed' }).expect(409)).body).toMatchObject({
      code: 'DEALS.STAGE_CONFLICT',
      message: '当前阶段「意向」不能变更为「完成」，可变更为：洽谈、终止',
      params: { fromEn: 'Intent', toEn: 'Closed', allowedEn: 'Negotiating, Terminated' },
    });
    await advance('broker', deal.id, { stage: 'negotiating', note: '双方首次会谈' }).expect(200);

    expect((await advance('broker', deal.id, { stage: 'signed', contract: { type: 'license' } }).expect(400)).body).toMatchObject({
      code: 'DEALS.MISSING_FACTS',
      // the rule's words in Chinese only, its English in the params
      message: expect.stringMatching(/^amount：[^A-Za-z]*金额[^A-Za-z]*$/),
      params: { field: 'amount', problemEn: expect.stringContaining('amount') },
    });
    expect((await advance('broker', deal.id, { stage: 'signed', amount: 880_000 }).expect(400)).body.message).toContain('contract');
    await advance('broker', deal.id, { stage: 'signed', amount: 880_000, contract: { type: 'bogus' } }).expect(400);
    const signed = await advance('broker', deal.id, { stage: 'signed', amount: 880_000, contract: { type: 'license', number: 'HT-2026-01', signedAt: '2026-05-10T02:00:00Z' } }).expect(200);
    expect(signed.body).toMatchObject({ stage: 'signed', amount: 880_000, contract: { type: 'license', number: 'HT-2026-01', signedAt: '2026-05-10T02:00:00.000Z', registrationNumber: null, registeredAt: null } });

    // registration is the bureau's act, after both parties confirmed the contract
    expect((await advance('broker', deal.id, { stage: 'registered' }).expect(403)).body.code).toBe('DEALS.REGISTER_BY_STAFF');
    expect((await advance('staff', deal.id, { stage: 'registered' }).expect(409)).body.code).toBe('DEALS.NOT_CONFIRMED');
    await confirm('researcher', deal.id).expect(200);
    expect((await advance('staff', deal.id, { stage: 'registered' }).expect(409)).body.message).toContain('买方');
    const confirmed = await confirm('enterprise', deal.id, { amount: 880_000, type: 'license' }).expect(200);
    expect(confirmed.body.confirmations).toEqual({ seller: expect.any(String), buyer: expect.any(String) });
    const registeredAt = '2026-05-20T03:00:00.000Z';
    for (const number of ['R-1', '330300202600001', '2026330300000000', '2025330300000001', '2026330400000001', '20263303000000011']) {
      expect([number, (await advance('staff', deal.id, { stage: 'registered', registration: { number, registeredAt } })).status]).toEqual([number, 400]);
    }
    // before the signing (2026-05-10) or in the future: implausible dates
    await advance('staff', deal.id, { stage: 'registered', registration: { registeredAt: '2026-05-09T00:00:00Z' } }).expect(400);
    await advance('staff', deal.id, { stage: 'registered', registration: { registeredAt: new Date(Date.now() + 3600_000).toISOString() } }).expect(400);
    const registered = await advance('staff', deal.id, { stage: 'registered', registration: { number: '2026330300900001', registeredAt } }).expect(200);
    expect(registered.body.registration).toEqual({ number: '2026330300900001', registeredAt });
    expect(registered.body.contract).toMatchObject({ registrationNumber: '2026330300900001', registeredAt });
    await advance('broker', deal.id, { stage: 'terminated' }).expect(409);
    await advance('broker', deal.id, { stage: 'negotiating' }).expect(409);
    const closed = await advance('broker', deal.id, { stage: 'closed' }).expect(200);
    await advance('broker', deal.id, { stage: 'terminated' }).expect(409);

    expect(closed.body.history.map((h: { event: string; from: string | null; to: string }) => [h.event, h.from, h.to])).toEqual([
      ['stage', null, 'intent'],
      ['stage', 'intent', 'negotiating'],
      ['stage', 'negotiating', 'signed'],
      ['confirmed', 'signed', 'signed'],
      ['confirmed', 'signed', 'signed'],
      ['stage', 'signed', 'registered'],
      ['stage', 'registered', 'closed'],
    ]);
    expect(closed.body.history[1]).toMatchObject({ note: '双方首次会谈', by: { id: users['broker'].id } });
    expect(closed.body.history[3]).toMatchObject({ by: { id: users['researcher'].id }, facts: { side: 'seller', amount: expect.any(Number), contractType: expect.any(String) }, note: null });
    expect(closed.body.history[5]).toMatchObject({ by: { id: users['staff'].id, name: expect.any(String) }, facts: { registrationNumber: '2026330300900001' } });

    for (const side of ['enterprise', 'researcher']) {
      const inbox = await http().get('/api/notifications?pageSize=100').set(as(side)).expect(200);
      const mine = inbox.body.items.filter((x: { kind: string; link: string }) => x.kind === 'deal_stage' && x.link === `/deals/${deal.id}`);
      expect(mine).toHaveLength(7);
    }
    const audit = await app.get(DataSource).query(`SELECT action, actor_id FROM audit_log WHERE subject_id = $1 ORDER BY id`, [deal.id]);
    expect(audit).toEqual([
      { action: 'deal.confirm', actor_id: users['researcher'].id },
      { action: 'deal.confirm', actor_id: users['enterprise'].id },
      { action: 'deal.register', actor_id: users['staff'].id },
    ]);
    const others = await http().get('/api/notifications?pageSize=100').set(as('other')).expect(200);
    expect(others.body.items.filter((x: { kind: string }) => x.kind === 'deal_stage')).toEqual([]);
  });

  it('terminates from intent, negotiating and signed', async () => {
    for (const path of [[], ['negotiating'], ['negotiating', 'signed']]) {
      const { body: deal } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
      for (const stage of path) await advance('broker', deal.id, stage === 'signed' ? { stage, amount: 10, contract: { type: 'service' } } : { stage }).expect(200);
      const res = await advance('broker', deal.id, { stage: 'terminated', note: '买方放弃' }).expect(200);
      expect(res.body.stage).toBe('terminated');
      await advance('broker', deal.id, { stage: 'negotiating' }).expect(409);
    }
  });

  it('serializes concurrent changes: of two identical moves one wins, the other is a conflict', async () => {
    const { body: deal } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    const codes = (await Promise.all([advance('broker', deal.id, { stage: 'negotiating' }), advance('staff', deal.id, { stage: 'negotiating' })])).map((r) => r.status).sort();
    expect(codes).toEqual([200, 409]);
    expect((await http().get(`/api/deals/${deal.id}`).set(as('staff')).expect(200)).body.history).toHaveLength(2);
  });
});

describe('contract registration (三方确认, 登记 by staff)', () => {
  it('takes confirmations from members of either party only, at signed, for the contract they saw', async () => {
    const { body: deal } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    expect(deal.confirmations).toEqual({ seller: null, buyer: null });
    expect(deal.registration).toBeNull();
    await advance('broker', deal.id, { stage: 'negotiating' }).expect(200);
    expect((await confirm('enterprise', deal.id).expect(409)).body.code).toBe('DEALS.NOT_CONFIRMABLE');
    await advance('broker', deal.id, { stage: 'signed', amount: 400_000, contract: { type: 'service' } }).expect(200);
    for (const who of ['broker', 'staff']) expect((await confirm(who, deal.id).expect(403)).body.code).toBe('DEALS.NOT_A_PARTY');
    await confirm('other', deal.id).expect(404);
    await confirm('enterprise', deal.id, { amount: 4_000_000 }).expect(409);
    await confirm('enterprise', deal.id, { type: 'license' }).expect(409);
    await confirm('enterprise', deal.id, { amount: 'lots' }).expect(400);
    const first = (await confirm('enterprise', deal.id, { amount: 400_000, type: 'service' }).expect(200)).body.confirmations.buyer;
    const again = await confirm('enterprise', deal.id).expect(200);
    expect(again.body.confirmations).toEqual({ seller: null, buyer: first });
    expect(again.body.history.filter((h: { event: string }) => h.event === 'confirmed')).toHaveLength(1);
  });

  it('clears both confirmations when the broker changes the amount or type, not for the contract number', async () => {
    const id = await confirmedDeal(await another(), 500_000, 'license');
    const renumbered = await advance('broker', id, { stage: 'signed', contract: { type: 'license', number: 'HT-2026-099' } }).expect(200);
    expect(renumbered.body).toMatchObject({ stage: 'signed', amount: 500_000, contract: { number: 'HT-2026-099' }, confirmations: { seller: expect.any(String), buyer: expect.any(String) } });
    const amended = await advance('broker', id, { stage: 'signed', amount: 550_000, contract: { type: 'license' } }).expect(200);
    expect(amended.body).toMatchObject({ amount: 550_000, confirmations: { seller: null, buyer: null } });
    expect(amended.body.history.at(-1)).toMatchObject({ event: 'amended', facts: expect.objectContaining({ confirmationsCleared: true }) });
    await advance('staff', id, { stage: 'registered' }).expect(409);
    await confirm('researcher', id).expect(200);
    await confirm('enterprise', id).expect(200);
    const retyped = await advance('staff', id, { stage: 'signed', contract: { type: 'transfer' } }).expect(200);
    expect(retyped.body.confirmations).toEqual({ seller: null, buyer: null });
    // the recorded signing date stays unless the amendment sends a new one, which may not be in the future
    expect(retyped.body.contract.signedAt).toBe(amended.body.contract.signedAt);
    await advance('broker', id, { stage: 'signed', contract: { type: 'transfer', signedAt: new Date(Date.now() + 86_400_000).toISOString() } }).expect(400);
  });

  it('issues consecutive numbers of the registration year, never twice, and refuses an entered number in use', async () => {
    const year = currentYear();
    const a = await confirmedDeal(await another(), 100_000, 'consulting');
    const b = await confirmedDeal(await another(), 200_000, 'consulting');
    const c = await confirmedDeal(await another(), 300_000, 'consulting');
    const numberA = (await advance('staff', a, { stage: 'registered' }).expect(200)).body.registration.number as string;
    expect(numberA).toMatch(new RegExp(`^${year}330300\\d{6}$`));
    const numberB = (await advance('staff', b, { stage: 'registered' }).expect(200)).body.registration.number as string;
    expect(Number(numberB.slice(10))).toBe(Number(numberA.slice(10)) + 1);
    const taken = await advance('staff', c, { stage: 'registered', registration: { number: numberA } }).expect(409);
    expect(taken.body.code).toBe('DEALS.REGISTRATION_NUMBER_TAKEN');
    expect((await http().get(`/api/deals/${c}`).set(as('staff')).expect(200)).body).toMatchObject({ stage: 'signed', registration: null });
    // a number entered ahead moves the serial past it
    const ahead = `${year}330300${String(Number(numberB.slice(10)) + 50).padStart(6, '0')}`;
    await advance('staff', c, { stage: 'registered', registration: { number: ahead } }).expect(200);
    const d = await confirmedDeal(await another(), 400_000, 'consulting');
    expect((await advance('staff', d, { stage: 'registered' }).expect(200)).body.registration.number).toBe(`${year}330300${String(Number(ahead.slice(10)) + 1).padStart(6, '0')}`);
    // after a revocation the number is free for its own contract again, and the serial is not reused
    await http().post(`/api/deals/${d}/revoke-registration`).set(as('staff')).send({ reason: '编号录入错误' }).expect(200);
    const e = await confirmedDeal(await another(), 400_000, 'consulting');
    expect((await advance('staff', e, { stage: 'registered' }).expect(200)).body.registration.number).toBe(`${year}330300${String(Number(ahead.slice(10)) + 2).padStart(6, '0')}`);
  });

  it('lets one of two staff registering the same number at once win', async () => {
    const x = await confirmedDeal(await another(), 10_000, 'service');
    const y = await confirmedDeal(await another(), 20_000, 'service');
    const number = `${currentYear()}330300777777`;
    const answers = await Promise.all([x, y].map((id) => advance('staff', id, { stage: 'registered', registration: { number } })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('lists the contracts waiting for registration to staff, and those waiting for a party’s confirmation to that party', async () => {
    const ready = await confirmedDeal(await another(), 30_000, 'service');
    const { body: half } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    await advance('broker', half.id, { stage: 'negotiating' }).expect(200);
    await advance('broker', half.id, { stage: 'signed', amount: 40_000, contract: { type: 'service' } }).expect(200);
    await confirm('researcher', half.id).expect(200);
    const ids = async (who: string, awaiting: string) => ((await http().get(`/api/deals?awaiting=${awaiting}&pageSize=100`).set(as(who)).expect(200)).body.items as Array<{ id: string }>).map((d) => d.id);
    expect(await ids('staff', 'registration')).toContain(ready);
    expect(await ids('staff', 'registration')).not.toContain(half.id);
    expect(await ids('enterprise', 'confirmation')).toContain(half.id);
    expect(await ids('researcher', 'confirmation')).not.toContain(half.id);
    await http().get('/api/deals?awaiting=everything').set(as('staff')).expect(400);
  });

  it('narrows staff’s registration queue by field, region and contract type, and orders it by the signing date', async () => {
    const early = await confirmedDeal(await publishAchievement('海水淡化膜组件', 'energy_saving', '洞头区'), 60_000, 'development', new Date(Date.now() - 20 * 86_400_000).toISOString());
    const late = await confirmedDeal(await publishAchievement('海水淡化能量回收装置', 'energy_saving', '洞头区'), 70_000, 'development');
    const ids = async (query: string) => ((await http().get(`/api/deals?awaiting=registration&pageSize=100&${query}`).set(as('staff')).expect(200)).body.items as Array<{ id: string }>).map((d) => d.id);
    const oldest = await ids('field=energy_saving&region=洞头区&contractType=development&sort=signed_oldest');
    expect(oldest).toEqual([early, late]);
    expect(await ids('field=energy_saving&region=洞头区&contractType=development&sort=signed_newest')).toEqual([late, early]);
    expect(await ids('field=new_energy')).not.toContain(early);
    expect(await ids('contractType=service')).not.toContain(late);
    await http().get('/api/deals?sort=cheapest').set(as('staff')).expect(400);
    await http().get('/api/deals?field=astrology').set(as('staff')).expect(400);
  });

  it('lets only staff revoke a registration, with a reason; the board moves back by exactly the amount', async () => {
    const registeredAt = '2019-06-10T02:00:00.000Z';
    const id = await registeredDeal(await another(), 1_234_567, 'transfer', registeredAt);
    const before = (await http().get('/api/stats/transactions?year=2019').expect(200)).body;
    expect(before).toMatchObject({ total: 1_234_567, contracts: 1 });
    const revoke = (who: string, body: Record<string, unknown>) => http().post(`/api/deals/${id}/revoke-registration`).set(as(who)).send(body);
    await revoke('broker', { reason: '不实' }).expect(403);
    await revoke('enterprise', { reason: '不实' }).expect(403);
    await revoke('staff', {}).expect(400);
    await revoke('staff', { reason: '   ' }).expect(400);
    const revoked = await revoke('staff', { reason: '合同金额与原件不符' }).expect(200);
    expect(revoked.body).toMatchObject({ stage: 'signed', registration: null, contract: { registrationNumber: null, registeredAt: null } });
    expect(revoked.body.history.at(-1)).toMatchObject({ event: 'registration_revoked', from: 'registered', to: 'signed', facts: { registrationNumber: expect.any(String) }, note: expect.stringContaining('合同金额与原件不符') });
    expect((await http().get('/api/stats/transactions?year=2019').expect(200)).body).toMatchObject({ total: 0, contracts: 0 });
    await revoke('staff', { reason: '再次撤销' }).expect(409);
    const [entry] = await app.get(DataSource).query(`SELECT actor_id, details FROM audit_log WHERE subject_id = $1 AND action = 'deal.revoke_registration'`, [id]);
    expect(entry).toMatchObject({ actor_id: users['staff'].id, details: { reason: '合同金额与原件不符', amount: 1_234_567 } });
    const inbox = await http().get('/api/notifications?pageSize=100').set(as('broker')).expect(200);
    expect(inbox.body.items.some((x: { title: string; link: string }) => x.link === `/deals/${id}` && x.title.startsWith('合同登记已撤销'))).toBe(true);
    // registered again (the confirmations stand), the board counts it once more
    await advance('staff', id, { stage: 'registered', registration: { registeredAt } }).expect(200);
    expect((await http().get('/api/stats/transactions?year=2019').expect(200)).body).toMatchObject({ total: 1_234_567, contracts: 1 });
  });
});

describe('one open deal per achievement and buyer', () => {
  it('answers a second opening with 409 and the first deal, and 20 concurrent openings leave one deal', async () => {
    const achievementId = await another();
    const body = { achievementId, buyerOrganizationId: users['enterprise'].organizationId };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => open(i % 2 ? 'staff' : 'broker', body)));
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    const first = created[0].body.id as string;
    for (const a of answers.filter((x) => x.status !== 201)) expect([a.status, a.body.code, a.body.dealId]).toEqual([409, 'DEALS.ALREADY_OPEN', first]);
    const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM deals WHERE achievement_id = $1`, [achievementId]);
    expect(n).toBe(1);
    // another buyer may open its own; once the first is terminated (with a reason) the pair may trade again
    await open('broker', { ...body, buyerOrganizationId: users['other'].organizationId }).expect(201);
    // staff, who may move any deal: the race above decided whether the broker or staff opened it
    const noReason = await advance('staff', first, { stage: 'terminated' }).expect(400);
    expect(noReason.body.message).toContain('note');
    await advance('staff', first, { stage: 'terminated', note: '   ' }).expect(400);
    await advance('staff', first, { stage: 'terminated', note: '买方改变计划' }).expect(200);
    const again = await open('broker', body).expect(201);
    expect(again.body.id).not.toBe(first);
  });
});

describe('a sold auction lot', () => {
  it('opens one deal at the winning price, however often the event is delivered', async () => {
    const lotId = '11111111-2222-4333-8444-555555555555';
    const event: LotSold = {
      lotId,
      auctionId: '11111111-2222-4333-8444-666666666666',
      achievementId: charger,
      sellerOrganizationId: users['researcher'].organizationId,
      buyerOrganizationId: users['other'].organizationId,
      amount: 1_350_000,
      closedAt: new Date().toISOString(),
    };
    const outbox = app.get(Outbox);
    for (let i = 0; i < 2; i++) {
      await app.get(DataSource).transaction((m) => outbox.add(m, TOPICS.lotSold, event));
      await outbox.drain();
    }
    const list = await http().get('/api/deals?pageSize=100').set(as('other')).expect(200);
    const fromLot = list.body.items.filter((d: { lotId: string | null }) => d.lotId === lotId);
    expect(fromLot).toHaveLength(1);
    expect(fromLot[0]).toMatchObject({ stage: 'intent', source: 'auction', amount: 1_350_000, broker: null, seller: { id: users['researcher'].organizationId }, buyer: { id: users['other'].organizationId } });
    expect(fromLot[0].history).toEqual([expect.objectContaining({ from: null, to: 'intent', facts: { viaAuction: true }, note: null, by: null })]);
    const inbox = await http().get('/api/notifications?pageSize=100').set(as('other')).expect(200);
    expect(inbox.body.items.filter((x: { kind: string; link: string }) => x.kind === 'deal_stage' && x.link === `/deals/${fromLot[0].id}`)).toHaveLength(1);

    // no broker yet: staff hand it to one, who can then move it, signing at the auction price
    await advance('broker', fromLot[0].id, { stage: 'negotiating' }).expect(404);
    await http().put(`/api/deals/${fromLot[0].id}/broker`).set(as('broker')).send({ brokerId: users['broker'].id }).expect(403);
    await http().put(`/api/deals/${fromLot[0].id}/broker`).set(as('staff')).send({ brokerId: users['broker'].id }).expect(200);
    await advance('broker', fromLot[0].id, { stage: 'negotiating' }).expect(200);
    const signed = await advance('broker', fromLot[0].id, { stage: 'signed', contract: { type: 'transfer' } }).expect(200);
    expect(signed.body.amount).toBe(1_350_000);
  });
});

describe('an awarded challenge', () => {
  it('opens one deal between the publisher and the winner at the bounty, however often the event is delivered', async () => {
    const challengeId = '11111111-2222-4333-8444-777777777777';
    const event: ChallengeAwarded = {
      challengeId,
      title: '高盐废水零排放蒸发结晶技术攻关',
      field: 'energy_saving',
      region: '龙湾区',
      publisherOrganizationId: users['other'].organizationId,
      winnerOrganizationId: users['researcher'].organizationId,
      applicationId: '11111111-2222-4333-8444-888888888888',
      amount: 800_000,
      awardedAt: new Date().toISOString(),
    };
    const outbox = app.get(Outbox);
    for (let i = 0; i < 2; i++) {
      await app.get(DataSource).transaction((m) => outbox.add(m, TOPICS.challengeAwarded, event));
      await outbox.drain();
    }
    const list = await http().get('/api/deals?pageSize=100').set(as('other')).expect(200);
    const fromChallenge = list.body.items.filter((d: { challenge: { id: string } | null }) => d.challenge?.id === challengeId);
    expect(fromChallenge).toHaveLength(1);
    expect(fromChallenge[0]).toMatchObject({
      stage: 'intent',
      source: 'challenge',
      amount: 800_000,
      title: '高盐废水零排放蒸发结晶技术攻关',
      field: 'energy_saving',
      region: '龙湾区',
      achievement: null,
      challenge: { id: challengeId, title: '高盐废水零排放蒸发结晶技术攻关' },
      seller: { id: users['researcher'].organizationId },
      buyer: { id: users['other'].organizationId },
    });
    expect(fromChallenge[0].history).toEqual([expect.objectContaining({ to: 'intent', facts: { viaChallenge: true }, by: null })]);
    // a broker takes it on and carries it to a contract like any other deal
    const broker = users['broker'].id;
    const assigned = await http().put(`/api/deals/${fromChallenge[0].id}/broker`).set(as('staff')).send({ brokerId: broker }).expect(200);
    expect(assigned.body.broker).toMatchObject({ id: broker });
    await advance('broker', fromChallenge[0].id, { stage: 'negotiating' }).expect(200);
    const onBoard = await http().get('/api/deals?pageSize=100').set(as('broker')).expect(200);
    expect(onBoard.body.items.map((d: { id: string }) => d.id)).toContain(fromChallenge[0].id);
  });
});

describe('statistics', () => {
  it('sums registered contracts per Shanghai year, with the target and every breakdown', async () => {
    const coating = await publishAchievement('皮革表面抗菌涂层', 'new_materials', '鹿城区');
    // 2020-12-31 23:30 in Shanghai is still 2020; 2021-01-01 00:30 in Shanghai is 2021 although UTC says 2020
    await registeredDeal(await another(), 3_000_000, 'license', '2020-12-31T15:30:00Z');
    await registeredDeal(await another(), 2_000_000, 'transfer', '2020-12-31T16:30:00Z');
    await registeredDeal(coating, 500_000, 'development', '2021-03-15T04:00:00Z');
    await registeredDeal(await another(), 700_000, 'license', '2021-03-31T16:10:00Z'); // April 1st in Shanghai
    // signed but not registered: does not count
    const { body: pending } = await open('broker', { achievementId: await another(), buyerOrganizationId: users['enterprise'].organizationId }).expect(201);
    await advance('broker', pending.id, { stage: 'negotiating' }).expect(200);
    await advance('broker', pending.id, { stage: 'signed', amount: 9_999_999, contract: { type: 'license' } }).expect(200);

    await http().put('/api/stats/targets/2021').set(as('broker')).send({ target: 1 }).expect(403);
    await http().put('/api/stats/targets/2021').set(as('staff')).send({ target: 0 }).expect(400);
    expect((await http().put('/api/stats/targets/2021').set(as('staff')).send({ target: 2_400_000 }).expect(200)).body).toEqual({ year: 2021, target: 2_400_000 });

    const y2020 = (await http().get('/api/stats/transactions?year=2020').expect(200)).body;
    expect(y2020).toMatchObject({ year: 2020, target: null, total: 3_000_000, completionRate: null, contracts: 1 });
    expect(y2020.byMonth[11]).toEqual({ month: 12, total: 3_000_000, contracts: 1 });

    const y2021 = (await http().get('/api/stats/transactions?year=2021').expect(200)).body;
    expect(y2021).toMatchObject({ year: 2021, target: 2_400_000, total: 3_200_000, completionRate: 133.33, contracts: 3 });
    expect(y2021.byField).toEqual([
      { key: 'new_energy', total: 2_700_000, contracts: 2 },
      { key: 'new_materials', total: 500_000, contracts: 1 },
    ]);
    expect(y2021.byRegion).toEqual([
      { key: '瑞安市', total: 2_700_000, contracts: 2 },
      { key: '鹿城区', total: 500_000, contracts: 1 },
    ]);
    expect(y2021.byContractType).toEqual([
      { key: 'transfer', total: 2_000_000, contracts: 1 },
      { key: 'license', total: 700_000, contracts: 1 },
      { key: 'development', total: 500_000, contracts: 1 },
    ]);
    expect(y2021.byMonth.map((m: { total: number }) => m.total)).toEqual([2_000_000, 0, 500_000, 700_000, 0, 0, 0, 0, 0, 0, 0, 0]);
    await http().get('/api/stats/transactions?year=1999').expect(400);
    await http().get('/api/stats/transactions?year=abc').expect(400);
  });

  it('exports the year’s contracts as CSV with a BOM, to staff only', async () => {
    await http().get('/api/stats/transactions.csv?year=2021').set(as('broker')).expect(403);
    await http().get('/api/stats/transactions.csv?year=2021').expect(401);
    const res = await http().get('/api/stats/transactions.csv?year=2021').set(as('staff')).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('technology-contracts-2021.csv');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('登记编号');
    expect(lines[1]).toContain('2021-01-01');
    expect(lines[1]).toContain('技术转让');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['2000000', '500000', '700000']);
  });

  it('escapes CSV cells a spreadsheet would run as formulas (names come from self-registration)', async () => {
    await signUp('formula', 'enterprise', { name: '=HYPERLINK("http://evil.example","点我")', kind: 'enterprise' });
    await registeredDeal(await another(), 10_000, 'service', '2018-03-01T02:00:00.000Z', 'formula');
    const res = await http().get('/api/stats/transactions.csv?year=2018').set(as('staff')).expect(200);
    const [, line] = String(res.text).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(line).not.toMatch(/(^|,)"?=/);
  });
});

describe('broker profile', () => {
  it('shows certification, organization, deals handled and the volume of registered contracts', async () => {
    await http().put('/api/brokers/me/profile').set(as('enterprise')).send({ certificationLevel: 'senior' }).expect(403);
    await http().put('/api/brokers/me/profile').set(as('broker')).send({ certificationLevel: 'master' }).expect(400);
    await http().put('/api/brokers/me/profile').set(as('broker')).send({ certificationLevel: 'senior', certificationNumber: 'ZJ-JJR-0925' }).expect(200);
    const res = await http().get(`/api/brokers/${users['broker'].id}`).expect(200);
    const [{ handled, volume }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS handled, coalesce(sum(amount) FILTER (WHERE stage IN ('registered', 'closed')), 0)::bigint AS volume FROM deals WHERE broker_id = $1`, [users['broker'].id]);
    expect(res.body).toMatchObject({
      id: users['broker'].id,
      certificationLevel: 'senior',
      certificationNumber: 'ZJ-JJR-0925',
      organization: { name: '温州技术转移中心', kind: 'agency' },
      dealsHandled: handled,
      volumeClosed: Number(volume),
    });
    expect(res.body.volumeClosed).toBeGreaterThanOrEqual(880_000 + 6_200_000);
    await http().get(`/api/brokers/${users['enterprise'].id}`).expect(404);
  });
});
