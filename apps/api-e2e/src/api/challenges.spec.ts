import { call, registration, verifyOrganization } from '../support/api';

// 揭榜挂帅 against the built, started API with every context: the hall's search and facets, the
// matching organizations told when a challenge opens, and an award that ends in a deal. The clock's
// races and restarts are covered by the challenges integration spec.
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Signed {
  token: string;
  id: string;
  organizationId: string;
}

async function signUp(role: 'researcher' | 'enterprise' | 'broker', organization: Record<string, unknown>): Promise<Signed> {
  const res = await call<{ accessToken: string; user: { id: string; organization: { id: string } } }>('POST', '/api/auth/register', { body: registration({ role, organization }) });
  expect(res.status).toBe(201);
  await verifyOrganization(res.body.user.organization.id);
  return { token: res.body.accessToken, id: res.body.user.id, organizationId: res.body.user.organization.id };
}

const staffToken = async () =>
  (await call<{ accessToken: string }>('POST', '/api/auth/login', { body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] } })).body.accessToken;

const stamp = Date.now();

describe('challenges over HTTP', () => {
  it('opens a challenge, tells the organization whose achievement fits it, finds it in the hall, and awards it into a deal', async () => {
    const staff = await staffToken();
    const publisher = await signUp('enterprise', { name: `瓯江口化工有限公司-${stamp}`, kind: 'enterprise', region: '龙湾区' });
    const lab = await signUp('researcher', { name: `温州膜分离实验室-${stamp}`, kind: 'university' });
    const institute = await signUp('researcher', { name: `浙南环保研究院-${stamp}`, kind: 'institute' });
    const expert = await signUp('broker', { name: `瓯越技术经纪事务所-${stamp}`, kind: 'agency' });

    // the lab has a published achievement on the same problem
    const achievement = await call<{ id: string }>('POST', '/api/achievements', {
      token: lab.token,
      body: {
        title: `高盐废水机械蒸汽再压缩蒸发结晶成套技术 ${stamp}`,
        summary: '面向化工园区高盐废水零排放，机械蒸汽再压缩（MVR）蒸发结晶与分盐工艺，吨水能耗低，结晶盐纯度高。',
        field: 'energy_saving',
        keywords: ['高盐废水', '蒸发结晶', 'MVR', '零排放'],
        maturity: 'pilot',
        transferModes: ['license', 'transfer'],
        askingPrice: 600_000,
        region: '龙湾区',
        inventors: ['陈立'],
        patents: [],
      },
    });
    expect(achievement.status).toBe(201);
    expect((await call('POST', `/api/achievements/${achievement.body.id}/submit`, { token: lab.token })).status).toBe(200);
    expect((await call('POST', `/api/achievements/${achievement.body.id}/review`, { token: staff, body: { decision: 'approve' } })).status).toBe(200);

    const title = `高盐废水零排放蒸发结晶技术攻关 ${stamp}`;
    const created = await call<{ id: string; status: string }>('POST', '/api/challenges', {
      token: publisher.token,
      body: {
        title,
        description: '化工园区高盐废水处理成本高、结晶盐难以资源化，需要低能耗的蒸发结晶工艺与装备，实现废水零排放。',
        requirements: ['吨水处理能耗不高于 35 kWh', '结晶盐纯度不低于 98%'],
        field: 'energy_saving',
        bounty: 800_000,
        deadline: iso(15_000),
        region: '龙湾区',
        criteria: [
          { name: '技术先进性', weight: 60 },
          { name: '经济可行性', weight: 40 },
        ],
      },
    });
    expect([created.status, created.body.status]).toEqual([201, 'draft']);
    const id = created.body.id;
    expect((await call('POST', `/api/challenges/${id}/submit`, { token: publisher.token })).status).toBe(200);
    expect((await call('POST', `/api/challenges/${id}/review`, { token: staff, body: { decision: 'approve' } })).status).toBe(200);

    const apply = (who: Signed, price: number) =>
      call<{ id: string }>('POST', `/api/challenges/${id}/applications`, {
        token: who.token,
        body: { approach: '机械蒸汽再压缩蒸发与分盐结晶耦合，先建中试线验证能耗与纯度。', team: [{ name: '陈立', title: '教授' }], milestones: [{ title: '中试验证', dueAt: '2027-06-30' }], price },
      });
    const labApp = await apply(lab, 780_000);
    const instituteApp = await apply(institute, 700_000);
    expect([labApp.status, instituteApp.status]).toEqual([201, 201]);

    // the hall finds it by its words, with its facets
    const hall = await until(
      'the hall finds the challenge',
      () => call<{ items: Array<{ id: string; status: string }>; facets: { status: Record<string, number>; bounty: Record<string, number> } }>('GET', `/api/challenges?q=${encodeURIComponent('蒸发结晶')}&status=open&field=energy_saving`),
      (r) => r.body.items?.some((c) => c.id === id),
    );
    expect(hall.body.facets.status['open']).toBeGreaterThanOrEqual(1);
    expect(hall.body.facets.bounty['500k_1m']).toBeGreaterThanOrEqual(1);
    expect((await call<{ items: Array<{ id: string }> }>('GET', '/api/challenges?minBounty=900000&status=open')).body.items.map((c) => c.id)).not.toContain(id);
    expect((await call('GET', '/api/challenges?status=draft')).status).toBe(400);

    // the lab whose achievement fits hears of it; the publisher does not hear of its own
    const told = await until(
      'challenge_published reaches the lab',
      () => call<{ items: Array<{ kind: string; link: string }> }>('GET', '/api/notifications?pageSize=100', { token: lab.token }),
      (r) => r.body.items.some((n) => n.kind === 'challenge_published' && n.link === `/challenges/${id}`),
    );
    expect(told.body.items.filter((n) => n.kind === 'challenge_published' && n.link === `/challenges/${id}`)).toHaveLength(1);

    // the deadline passes: evaluating by itself
    await until('evaluating after the deadline', () => call<{ status: string }>('GET', `/api/challenges/${id}`), (r) => r.body.status === 'evaluating');
    expect((await call('POST', `/api/challenges/${id}/reviewers`, { token: staff, body: { userIds: [expert.id] } })).status).toBe(200);
    const score = (appId: string, scores: Record<string, number>) => call('PUT', `/api/challenges/${id}/applications/${appId}/score`, { token: expert.token, body: { scores } });
    expect((await score(labApp.body.id, { 技术先进性: 90, 经济可行性: 80 })).status).toBe(200);
    expect((await score(instituteApp.body.id, { 技术先进性: 70, 经济可行性: 90 })).status).toBe(200);
    const ranking = await call<{ items: Array<{ application: { id: string }; score: number }> }>('GET', `/api/challenges/${id}/ranking`, { token: publisher.token });
    expect(ranking.body.items.map((e) => [e.application.id, e.score])).toEqual([
      [labApp.body.id, 86],
      [instituteApp.body.id, 78],
    ]);

    const award = await call<{ status: string }>('POST', `/api/challenges/${id}/award`, { token: publisher.token, body: { applicationId: labApp.body.id, announcementEndsAt: iso(3_000) } });
    expect([award.status, award.body.status]).toEqual([200, 'announced']);
    await until('awarded when the announcement ends', () => call<{ status: string }>('GET', `/api/challenges/${id}`), (r) => r.body.status === 'awarded');

    // the deal opens between the publisher (buyer) and the winner (seller) at the bounty, once
    const deals = await until(
      'the deal opens',
      () => call<{ items: Array<{ id: string; source: string; amount: number; challenge: { id: string } | null; seller: { id: string }; buyer: { id: string } }> }>('GET', '/api/deals?pageSize=100', { token: publisher.token }),
      (r) => r.body.items.some((d) => d.challenge?.id === id),
    );
    const deal = deals.body.items.filter((d) => d.challenge?.id === id);
    expect(deal).toHaveLength(1);
    expect(deal[0]).toMatchObject({ source: 'challenge', amount: 800_000, seller: { id: lab.organizationId }, buyer: { id: publisher.organizationId } });

    const stats = await call<{ awarded: number; applications: number; bountyTotal: number }>('GET', '/api/challenges/stats');
    expect(stats.body.awarded).toBeGreaterThanOrEqual(1);
    expect(stats.body.bountyTotal).toBeGreaterThanOrEqual(800_000);
    const portal = await call<{ figures: { challenges: number } }>('GET', '/api/portal');
    expect(typeof portal.body.figures.challenges).toBe('number');
  });
});
