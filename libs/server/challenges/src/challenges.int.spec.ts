import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES, TOPICS } from '@market/server/events';
import { createTestApp, eventually, startTestApp, testEnvironment, TestMarket, type TestAppParts } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { ChallengeMoments, ChallengesModule, CHALLENGES_MIGRATIONS } from './index';

// Integration: real Postgres (the share/update locks at the deadline, the conditional moves),
// Redis (the delayed jobs) and the real migrations.
const parts: TestAppParts = {
  entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES],
  migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
  modules: [IdentityModule, NotificationsModule, ChallengesModule],
};

let app: INestApplication;
let market: TestMarket;
const http = () => request(app.getHttpServer());
const as = (key: string) => market.as(key);
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

const CRITERIA = [
  { name: '技术先进性', weight: 40 },
  { name: '经济可行性', weight: 30 },
  { name: '团队能力', weight: 30 },
];

const challengeBody = (o: Record<string, unknown> = {}) => ({
  title: '高盐废水零排放蒸发结晶技术攻关',
  description: '化工园区高盐废水处理成本高、结晶盐难以资源化，需要低能耗的蒸发结晶工艺与装备。',
  requirements: ['吨水处理能耗不高于 35 kWh', '结晶盐纯度不低于 98%'],
  field: 'energy_saving',
  bounty: 800_000,
  deadline: inSeconds(3600),
  region: '龙湾区',
  criteria: CRITERIA,
  ...o,
});

const applyBody = (o: Record<string, unknown> = {}) => ({
  approach: '采用机械蒸汽再压缩（MVR）与分盐结晶耦合工艺，先做中试验证能耗与纯度指标。',
  team: [{ name: '陈立', title: '教授，项目负责人' }],
  milestones: [{ title: '完成中试装置设计', dueAt: '2027-06-30' }],
  price: 750_000,
  ...o,
});

/** A challenge of `owner`, submitted and approved by staff; returns its id. */
async function openChallenge(owner = 'publisher', o: Record<string, unknown> = {}, m: TestMarket = market): Promise<string> {
  const created = await m.http().post('/api/challenges').set(m.as(owner)).send(challengeBody(o)).expect(201);
  await m.http().post(`/api/challenges/${created.body.id}/submit`).set(m.as(owner)).expect(200);
  await m.http().post(`/api/challenges/${created.body.id}/review`).set(m.as('staff')).send({ decision: 'approve' }).expect(200);
  return created.body.id;
}

/** Moves a challenge's deadline into the past directly in its table, and lets the clock act. */
async function passDeadline(id: string): Promise<void> {
  await app.get(DataSource).query(`UPDATE challenges SET deadline = now() - interval '1 second' WHERE id = $1`, [id]);
  await eventually(() => http().get(`/api/challenges/${id}`).then((r) => r.body.status), (s) => s === 'evaluating', 5_000);
}

beforeAll(async () => {
  app = await createTestApp('challenges', parts);
  market = new TestMarket(app);
  await market.staff();
  await market.signUp('publisher', 'enterprise', { name: '温州龙湾化工有限公司', kind: 'enterprise' });
  await market.signUp('lab', 'researcher', { name: '瓯江大学', kind: 'university' });
  await market.signUp('institute', 'researcher', { name: '温州环境研究院', kind: 'institute' });
  await market.signUp('unverified', 'enterprise', { name: '未认证科技有限公司', kind: 'enterprise' }, { verified: false });
  await market.signUp('broker', 'broker', { name: '瓯越技术转移中心', kind: 'agency' });
});

afterAll(async () => {
  await app?.close();
});

describe('publishing a challenge', () => {
  it('goes draft → pending_review → open through staff review, and is public only then', async () => {
    const draft = await http().post('/api/challenges').set(as('publisher')).send(challengeBody()).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', bounty: 800_000, criteria: CRITERIA, applicationCount: 0, organization: { id: market.users['publisher'].organizationId } });
    await http().get(`/api/challenges/${draft.body.id}`).expect(404);
    await http().get(`/api/challenges/${draft.body.id}`).set(as('lab')).expect(404);
    const edited = await http().patch(`/api/challenges/${draft.body.id}`).set(as('publisher')).send({ bounty: 900_000 }).expect(200);
    expect(edited.body.bounty).toBe(900_000);
    await http().patch(`/api/challenges/${draft.body.id}`).set(as('lab')).send({ bounty: 2_000 }).expect(404);
    await http().post(`/api/challenges/${draft.body.id}/review`).set(as('staff')).send({ decision: 'approve' }).expect(409);
    await http().post(`/api/challenges/${draft.body.id}/submit`).set(as('publisher')).expect(200);
    await http().patch(`/api/challenges/${draft.body.id}`).set(as('publisher')).send({ bounty: 1_000_000 }).expect(409);
    await http().post(`/api/challenges/${draft.body.id}/review`).set(as('publisher')).send({ decision: 'approve' }).expect(403);
    const queue = await http().get('/api/challenges/review-queue').set(as('staff')).expect(200);
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(draft.body.id);
    await http().post(`/api/challenges/${draft.body.id}/review`).set(as('staff')).send({ decision: 'reject' }).expect(400);
    const open = await http().post(`/api/challenges/${draft.body.id}/review`).set(as('staff')).send({ decision: 'approve', comment: '指标明确' }).expect(200);
    expect(open.body).toMatchObject({ status: 'open', publishedAt: expect.any(String) });
    expect((await http().get(`/api/challenges/${draft.body.id}`).expect(200)).body.title).toBe('高盐废水零排放蒸发结晶技术攻关');
    const audit = await http().get(`/api/audit?action=challenge.review&subjectId=${draft.body.id}`).set(as('staff')).expect(200);
    expect(audit.body.items[0]).toMatchObject({ details: { decision: 'approve', comment: '指标明确' } });
    const mine = await http().get('/api/challenges/mine?status=open').set(as('publisher')).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(draft.body.id);
  });

  it('refuses criteria whose weights do not sum to 100, a past deadline, an unknown region and other roles', async () => {
    const bad = await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ criteria: [{ name: '技术', weight: 50 }, { name: '价格', weight: 40 }] })).expect(400);
    expect(bad.body).toMatchObject({ code: 'CHALLENGE.CRITERIA', message: expect.stringContaining('100') });
    const twice = await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ criteria: [{ name: '技术', weight: 50 }, { name: '技术', weight: 50 }] })).expect(400);
    expect(twice.body.code).toBe('CHALLENGE.CRITERIA');
    expect((await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ deadline: inSeconds(-60) })).expect(400)).body.code).toBe('CHALLENGE.DEADLINE_PAST');
    await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ region: '火星' })).expect(400);
    await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ bounty: 12.5 })).expect(400);
    await http().post('/api/challenges').set(as('publisher')).send(challengeBody({ surprise: true })).expect(400);
    await http().post('/api/challenges').set(as('lab')).send(challengeBody()).expect(403);
    await http().post('/api/challenges').send(challengeBody()).expect(401);
    // staff publish the city's key problems themselves
    await http().post('/api/challenges').set(as('staff')).send(challengeBody({ title: '城市重点难题：瓯江口海水淡化' })).expect(201);
  });
});

describe('applying (揭榜)', () => {
  it('takes one application per verified organization other than the publisher’s, shown only to insiders', async () => {
    const id = await openChallenge();
    expect((await http().post(`/api/challenges/${id}/applications`).set(as('publisher')).send(applyBody()).expect(403)).body.code).toBe('CHALLENGE.OWN_CHALLENGE');
    expect((await http().post(`/api/challenges/${id}/applications`).set(as('unverified')).send(applyBody()).expect(403)).body.code).toBe('CHALLENGE.ORG_NOT_VERIFIED');
    await http().post(`/api/challenges/${id}/applications`).set(as('broker')).send(applyBody()).expect(403);
    await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody({ team: [] })).expect(400);
    await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody({ milestones: [{ title: '中试', dueAt: 'next spring' }] })).expect(400);
    const first = await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody()).expect(201);
    expect(first.body).toMatchObject({ status: 'submitted', price: 750_000, organization: { id: market.users['lab'].organizationId } });
    expect((await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody()).expect(409)).body.code).toBe('CHALLENGE.ALREADY_APPLIED');
    await http().post(`/api/challenges/${id}/applications`).set(as('institute')).send(applyBody({ price: undefined })).expect(201);

    const list = await http().get(`/api/challenges/${id}/applications`).set(as('publisher')).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect((await http().get(`/api/challenges/${id}/applications`).set(as('staff')).expect(200)).body.items).toHaveLength(2);
    expect((await http().get(`/api/challenges/${id}/applications`).set(as('lab')).expect(403)).body.code).toBe('CHALLENGE.APPLICATIONS_HIDDEN');
    await http().get(`/api/challenges/${id}/applications`).expect(401);
    expect((await http().get(`/api/challenges/${id}/applications/mine`).set(as('lab')).expect(200)).body.id).toBe(first.body.id);
    await http().get(`/api/challenges/${id}/applications/mine`).set(as('broker')).expect(404);
    await http().get(`/api/challenges/${id}/ranking`).set(as('institute')).expect(403);
    const mine = await http().get('/api/challenges/applications/mine').set(as('lab')).expect(200);
    expect(mine.body.items.find((i: { challenge: { id: string } }) => i.challenge.id === id)).toMatchObject({ application: { id: first.body.id } });
    expect((await http().get(`/api/challenges/${id}`).expect(200)).body).toMatchObject({ applicationCount: 2 });
    expect((await http().get(`/api/challenges/${id}`).expect(200)).body.viewer).toBeUndefined();
    expect((await http().get(`/api/challenges/${id}`).set(as('lab')).expect(200)).body.viewer).toEqual({ publisher: false, reviewer: false, applicationId: first.body.id });
    expect((await http().get(`/api/challenges/${id}`).set(as('publisher')).expect(200)).body.viewer).toEqual({ publisher: true, reviewer: false, applicationId: null });
  });

  it('accepts exactly the applications that come before the deadline when 20 organizations race it', async () => {
    const racers: string[] = [];
    for (let i = 0; i < 20; i++) {
      const key = `racer-${i}`;
      await market.signUp(key, i % 2 ? 'enterprise' : 'researcher', { name: `揭榜竞速单位${i}号`, kind: i % 2 ? 'enterprise' : 'university' });
      racers.push(key);
    }
    const id = await openChallenge('publisher', { deadline: inSeconds(4) });
    const { body: challenge } = await http().get(`/api/challenges/${id}`).expect(200);
    const deadline = Date.parse(challenge.deadline);
    // the applications arrive spread over the two seconds around the deadline
    const answers = await Promise.all(
      racers.map(async (key, i) => {
        const sendAt = deadline - 1000 + i * 100;
        await new Promise((r) => setTimeout(r, Math.max(0, sendAt - Date.now())));
        const sent = Date.now();
        const res = await http().post(`/api/challenges/${id}/applications`).set(as(key)).send(applyBody());
        return { sent, answered: Date.now(), status: res.status, code: res.body.code as string | undefined, createdAt: res.body.createdAt as string | undefined };
      }),
    );
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    for (const a of accepted) expect(Date.parse(a.createdAt as string)).toBeLessThan(deadline);
    for (const r of refused) expect([r.status, r.code]).toEqual([409, 'CHALLENGE.CLOSED']);
    // a request answered before the deadline was accepted; one sent after it was refused
    for (const a of answers.filter((x) => x.answered < deadline)) expect(a.status).toBe(201);
    for (const a of answers.filter((x) => x.sent > deadline)) expect(a.status).toBe(409);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM challenge_applications WHERE challenge_id = $1`, [id]);
    expect(n).toBe(accepted.length);
    const closed = await eventually(() => http().get(`/api/challenges/${id}`).then((r) => r.body), (c) => c.status === 'evaluating', 5_000);
    expect(closed.applicationCount).toBe(accepted.length);
  });
});

describe('review and ranking', () => {
  it('keeps reviewers off their own organizations’ applications and ranks by the weighted mean', async () => {
    const id = await openChallenge();
    const lab = (await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody()).expect(201)).body.id as string;
    const institute = (await http().post(`/api/challenges/${id}/applications`).set(as('institute')).send(applyBody()).expect(201)).body.id as string;
    // reviewers are named once the deadline has passed
    expect((await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({ userIds: [market.users['broker'].id] }).expect(409)).body.code).toBe('CHALLENGE.STATUS_CONFLICT');
    await passDeadline(id);
    const publisherReviewer = await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({ userIds: [market.users['publisher'].id] }).expect(409);
    expect(publisherReviewer.body.code).toBe('CHALLENGE.REVIEWER_PUBLISHER');
    await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({ userIds: ['00000000-0000-4000-8000-000000000099'] }).expect(400);
    expect((await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({}).expect(400)).body.code).toBe('CHALLENGE.REVIEWERS_REQUIRED');
    expect((await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({ emails: ['nobody@example.com'] }).expect(400)).body.code).toBe('CHALLENGE.REVIEWER_UNKNOWN');
    await http().post(`/api/challenges/${id}/reviewers`).set(as('publisher')).send({ userIds: [market.users['broker'].id] }).expect(403);
    const named = await http().post(`/api/challenges/${id}/reviewers`).set(as('staff')).send({ userIds: [market.users['broker'].id, market.users['lab'].id] }).expect(200);
    expect(named.body.items.find((r: { id: string }) => r.id === market.users['lab'].id)).toMatchObject({ conflicts: [lab] });
    expect(named.body.items.find((r: { id: string }) => r.id === market.users['broker'].id)).toMatchObject({ conflicts: [] });

    const score = (who: string, appId: string, scores: Record<string, number>) => http().put(`/api/challenges/${id}/applications/${appId}/score`).set(as(who)).send({ scores });
    const conflict = await score('lab', lab, { 技术先进性: 100, 经济可行性: 100, 团队能力: 100 }).expect(403);
    expect(conflict.body).toMatchObject({ code: 'CHALLENGE.REVIEWER_CONFLICT', message: expect.stringContaining('瓯江大学') });
    expect((await score('institute', lab, { 技术先进性: 100, 经济可行性: 100, 团队能力: 100 }).expect(403)).body.code).toBe('CHALLENGE.NOT_REVIEWER');
    expect((await score('broker', lab, { 技术先进性: 90, 经济可行性: 80 }).expect(400)).body.code).toBe('CHALLENGE.SCORES');
    await score('broker', lab, { 技术先进性: 90, 经济可行性: 80, 团队能力: 101 }).expect(400);
    await score('broker', lab, { 技术先进性: 90, 经济可行性: 80, 团队能力: 70, 颜值: 100 }).expect(400);
    // 0.4 × 90 + 0.3 × 80 + 0.3 × 70 = 81
    expect((await score('broker', lab, { 技术先进性: 90, 经济可行性: 80, 团队能力: 70 }).expect(200)).body).toMatchObject({ total: 81, reviewer: { id: market.users['broker'].id } });
    await score('broker', institute, { 技术先进性: 60, 经济可行性: 60, 团队能力: 60 }).expect(200);
    // 0.4 × 100 + 0.3 × 90 + 0.3 × 80 = 91; the institute's mean (60 + 91) / 2 = 75.5
    await score('lab', institute, { 技术先进性: 100, 经济可行性: 90, 团队能力: 80 }).expect(200);
    const ranking = await http().get(`/api/challenges/${id}/ranking`).set(as('publisher')).expect(200);
    expect(ranking.body.items.map((e: { application: { id: string }; score: number }) => [e.application.id, e.score])).toEqual([
      [lab, 81],
      [institute, 75.5],
    ]);
    // scoring again replaces the reviewer's earlier scores
    await score('broker', institute, { 技术先进性: 100, 经济可行性: 100, 团队能力: 100 }).expect(200);
    const again = await http().get(`/api/challenges/${id}/ranking`).set(as('broker')).expect(200);
    expect(again.body.items.map((e: { application: { id: string }; score: number }) => [e.application.id, e.score])).toEqual([
      [institute, 95.5],
      [lab, 81],
    ]);
  });
});

describe('award, announcement and objections', () => {
  async function evaluated(): Promise<{ id: string; lab: string; institute: string }> {
    const id = await openChallenge();
    const lab = (await http().post(`/api/challenges/${id}/applications`).set(as('lab')).send(applyBody()).expect(201)).body.id as string;
    const institute = (await http().post(`/api/challenges/${id}/applications`).set(as('institute')).send(applyBody()).expect(201)).body.id as string;
    await passDeadline(id);
    return { id, lab, institute };
  }

  it('lets only the publisher’s admin or staff award, and an upheld objection sends it back to evaluating', async () => {
    const { id, lab, institute } = await evaluated();
    expect((await http().post(`/api/challenges/${id}/award`).set(as('lab')).send({ applicationId: lab }).expect(403)).body.code).toBe('CHALLENGE.NOT_ADMIN');
    await http().post(`/api/challenges/${id}/award`).set(as('publisher')).send({ applicationId: lab, announcementEndsAt: inSeconds(-5) }).expect(400);
    await http().post(`/api/challenges/${id}/award`).set(as('publisher')).send({ applicationId: '00000000-0000-4000-8000-000000000099' }).expect(404);
    const announced = await http().post(`/api/challenges/${id}/award`).set(as('publisher')).send({ applicationId: lab }).expect(200);
    expect(announced.body).toMatchObject({ status: 'announced', winner: { applicationId: lab, organization: { id: market.users['lab'].organizationId } } });
    expect(Date.parse(announced.body.announcementEndsAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    await http().post(`/api/challenges/${id}/award`).set(as('publisher')).send({ applicationId: institute }).expect(409);
    const inbox = await http().get('/api/notifications?pageSize=100').set(as('institute')).expect(200);
    expect(inbox.body.items.filter((n: { kind: string; link: string }) => n.kind === 'challenge_result' && n.link === `/challenges/${id}/announcement`)).toHaveLength(1);

    await http().post(`/api/challenges/${id}/objections`).send({ text: '拟揭榜单位的中试数据存疑' }).expect(401);
    await http().post(`/api/challenges/${id}/objections`).set(as('institute')).send({ text: '短' }).expect(400);
    const objection = await http().post(`/api/challenges/${id}/objections`).set(as('institute')).send({ text: '拟揭榜单位的中试数据存疑，请核实。' }).expect(201);
    expect(objection.body).toMatchObject({ status: 'open', resolution: null });
    expect((await http().get(`/api/challenges/${id}/objections`).set(as('lab')).expect(200)).body.items).toHaveLength(0);
    expect((await http().get(`/api/challenges/${id}/objections`).set(as('publisher')).expect(200)).body.items).toHaveLength(1);
    await http().post(`/api/challenges/${id}/objections/${objection.body.id}/resolve`).set(as('publisher')).send({ upheld: true, note: '属实' }).expect(403);
    await http().post(`/api/challenges/${id}/objections/${objection.body.id}/resolve`).set(as('staff')).send({ upheld: true }).expect(400);
    const upheld = await http().post(`/api/challenges/${id}/objections/${objection.body.id}/resolve`).set(as('staff')).send({ upheld: true, note: '经核实中试数据不完整' }).expect(200);
    expect(upheld.body).toMatchObject({ status: 'upheld', resolution: { note: '经核实中试数据不完整' } });
    await http().post(`/api/challenges/${id}/objections/${objection.body.id}/resolve`).set(as('staff')).send({ upheld: false, note: '再议' }).expect(409);
    const back = await http().get(`/api/challenges/${id}`).expect(200);
    expect(back.body).toMatchObject({ status: 'evaluating', winner: null, announcementEndsAt: null });
    const apps = await http().get(`/api/challenges/${id}/applications`).set(as('staff')).expect(200);
    expect(apps.body.items.map((a: { status: string }) => a.status)).toEqual(['submitted', 'submitted']);
    const audit = await http().get(`/api/audit?action=challenge.resolve_objection&subjectId=${id}`).set(as('staff')).expect(200);
    expect(audit.body.items[0]).toMatchObject({ details: { upheld: true } });
    // staff may also end it 流榜, with a note
    await http().post(`/api/challenges/${id}/fail`).set(as('staff')).send({}).expect(400);
    expect((await http().post(`/api/challenges/${id}/fail`).set(as('staff')).send({ note: '无方案达到技术指标' }).expect(200)).body).toMatchObject({ status: 'failed', failedNote: '无方案达到技术指标' });
    await http().post(`/api/challenges/${id}/award`).set(as('staff')).send({ applicationId: institute }).expect(409);
  });

  it('becomes awarded by itself when the announcement ends clean, with exactly one award event however often the clock acts', async () => {
    const { id, institute } = await evaluated();
    await http().post(`/api/challenges/${id}/award`).set(as('staff')).send({ applicationId: institute, announcementEndsAt: inSeconds(2) }).expect(200);
    // an objection dismissed in time does not hold the award up
    const objection = await http().post(`/api/challenges/${id}/objections`).set(as('lab')).send({ text: '评审过程是否公开？' }).expect(201);
    await http().post(`/api/challenges/${id}/objections/${objection.body.id}/resolve`).set(as('staff')).send({ upheld: false, note: '评审按规定进行' }).expect(200);
    const awarded = await eventually(() => http().get(`/api/challenges/${id}`).then((r) => r.body), (c) => c.status === 'awarded', 6_000);
    expect(awarded).toMatchObject({ winner: { applicationId: institute }, awardedAt: expect.any(String) });
    await http().post(`/api/challenges/${id}/objections`).set(as('lab')).send({ text: '公示结束后的异议' }).expect(409);
    const moments = app.get(ChallengeMoments);
    expect(await moments.due(id)).toBe(false);
    await moments.sweep();
    const events = await app.get(DataSource).query(`SELECT payload FROM outbox WHERE topic = $1 AND payload->>'challengeId' = $2`, [TOPICS.challengeAwarded, id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ amount: 800_000, publisherOrganizationId: market.users['publisher'].organizationId, winnerOrganizationId: market.users['institute'].organizationId });
    const inbox = await http().get('/api/notifications?pageSize=100').set(as('institute')).expect(200);
    expect(inbox.body.items.filter((n: { kind: string; title: string }) => n.kind === 'challenge_result' && n.title.startsWith('揭榜成功'))).toHaveLength(1);
  });
});

describe('downtime', () => {
  it('moves a challenge whose deadline passed while no worker ran and its jobs were lost to evaluating right after start', async () => {
    const env = await testEnvironment('challenges_restart');
    let down = await startTestApp(parts, { ...env, ROLE: 'api' });
    const there = new TestMarket(() => down);
    try {
      await there.staff();
      await there.signUp('publisher', 'enterprise', { name: '停机测试企业有限公司', kind: 'enterprise' });
      const id = await openChallenge('publisher', { deadline: inSeconds(2) }, there);
      await down.get<Queue>(getQueueToken(QUEUES.challenges), { strict: false }).obliterate({ force: true });
      const deadline = Date.parse((await there.http().get(`/api/challenges/${id}`).expect(200)).body.deadline);
      await eventually(async () => Date.now(), (t) => t > deadline + 300);
      expect((await there.http().get(`/api/challenges/${id}`).expect(200)).body.status).toBe('open');
      await down.close();

      down = await startTestApp(parts, { ...env, ROLE: 'all' });
      const moved = await eventually(() => there.http().get(`/api/challenges/${id}`).then((r) => r.body), (c) => c.status === 'evaluating', 5_000);
      expect(moved.status).toBe('evaluating');
    } finally {
      await down.close();
    }
  });
});
