import { call, registration, verifyOrganization } from '../support/api';

// The contract's deals and statistics table against the built, started API.
interface Session {
  token: string;
  user: { id: string; organization: { id: string } };
}

async function signUp(role: string, organization: { name: string; kind: string }): Promise<Session> {
  const res = await call<Session & { accessToken: string }>('POST', '/api/auth/register', { body: registration({ role, organization: { ...organization, name: `${organization.name}-${Date.now()}` } }) });
  expect(res.status).toBe(201);
  await verifyOrganization(res.body.user.organization.id);
  return { token: res.body.accessToken, user: res.body.user };
}

async function staffToken(): Promise<string> {
  const res = await call<{ accessToken: string }>('POST', '/api/auth/login', { body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] } });
  expect(res.status).toBe(200);
  return res.body.accessToken;
}

describe('deals, contracts and statistics over HTTP', () => {
  it('a broker records the contract, both parties confirm, staff register it: the year’s total grows by its amount, and back on revocation', async () => {
    const staff = await staffToken();
    const researcher = await signUp('researcher', { name: '温州医科大学', kind: 'university' });
    const enterprise = await signUp('enterprise', { name: '瓯海眼镜有限公司', kind: 'enterprise' });
    const outsider = await signUp('enterprise', { name: '永嘉阀门有限公司', kind: 'enterprise' });
    const broker = await signUp('broker', { name: '温州技术市场经纪服务部', kind: 'agency' });

    const created = await call<{ id: string }>('POST', '/api/achievements', {
      token: researcher.token,
      body: { title: '防蓝光树脂镜片镀膜工艺', summary: '多层干涉镀膜，蓝光阻隔率提升且透光率保持在98%以上。', field: 'new_materials', keywords: ['镀膜'], maturity: 'small_batch', transferModes: ['license'], askingPrice: 400_000, patents: [], region: '瓯海区', inventors: ['陈光'] },
    });
    expect(created.status).toBe(201);
    const achievementId = created.body.id;
    const body = { achievementId, buyerOrganizationId: enterprise.user.organization.id };
    expect((await call('POST', '/api/deals', { token: broker.token, body })).status).toBe(409); // not yet published
    expect((await call('POST', `/api/achievements/${achievementId}/submit`, { token: researcher.token })).status).toBe(200);
    expect((await call('POST', `/api/achievements/${achievementId}/review`, { token: staff, body: { decision: 'approve' } })).status).toBe(200);

    const year = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));
    const before = await call<{ total: number; contracts: number }>('GET', `/api/stats/transactions?year=${year}`);
    expect(before.status).toBe(200);

    const opened = await call<{ id: string; stage: string; broker: { id: string } }>('POST', '/api/deals', { token: broker.token, body });
    expect([opened.status, opened.body.stage, opened.body.broker.id]).toEqual([201, 'intent', broker.user.id]);
    const id = opened.body.id;
    expect((await call('GET', `/api/deals/${id}`, { token: outsider.token })).status).toBe(404);
    expect((await call('GET', `/api/deals/${id}`, { token: enterprise.token })).status).toBe(200);

    const step = (b: Record<string, unknown>, token = broker.token) => call<{ stage: string; history: unknown[] }>('POST', `/api/deals/${id}/advance`, { token, body: b });
    expect((await step({ stage: 'registered', registration: { number: 'R', registeredAt: new Date().toISOString() } })).status).toBe(403); // registration is staff's
    expect((await step({ stage: 'negotiating' })).status).toBe(200);
    expect((await step({ stage: 'signed', amount: 456_789 })).status).toBe(400);
    expect((await step({ stage: 'signed', amount: 456_789, contract: { type: 'license' } }, enterprise.token)).status).toBe(403);
    expect((await step({ stage: 'signed', amount: 456_789, contract: { type: 'license' } })).status).toBe(200);
    const board = async () => (await call<{ total: number; contracts: number }>('GET', `/api/stats/transactions?year=${year}`)).body;
    // the broker cannot register; staff cannot before both parties confirm (三方确认)
    expect((await step({ stage: 'registered' })).status).toBe(403);
    expect((await step({ stage: 'registered' }, staff)).status).toBe(409);
    const confirm = (token: string, b: Record<string, unknown> = {}) => call<{ confirmations: { seller: string | null; buyer: string | null } }>('POST', `/api/deals/${id}/confirm`, { token, body: b });
    expect((await confirm(outsider.token)).status).toBe(404);
    expect((await confirm(broker.token)).status).toBe(403);
    expect((await confirm(enterprise.token, { amount: 999 })).status).toBe(409);
    const buyerConfirmed = await confirm(enterprise.token, { amount: 456_789, type: 'license' });
    expect([buyerConfirmed.status, buyerConfirmed.body.confirmations.seller]).toEqual([200, null]);
    expect((await confirm(researcher.token)).status).toBe(200);
    expect((await step({ stage: 'registered', registration: { number: '3303-abc' } }, staff)).status).toBe(400);
    expect((await step({ stage: 'registered', registration: { registeredAt: '2099-01-01T00:00:00Z' } }, staff)).status).toBe(400);
    const registered = await call<{ stage: string; history: unknown[]; registration: { number: string } }>('POST', `/api/deals/${id}/advance`, { token: staff, body: { stage: 'registered' } });
    expect([registered.status, registered.body.stage, registered.body.history.length]).toEqual([200, 'registered', 6]);
    expect(registered.body.registration.number).toMatch(new RegExp(`^${year}330300\\d{6}$`));

    const after = await board();
    expect(after.total - before.body.total).toBe(456_789);
    expect(after.contracts - before.body.contracts).toBe(1);

    const inbox = await call<{ items: Array<{ kind: string; link: string }> }>('GET', '/api/notifications?pageSize=100', { token: enterprise.token });
    expect(inbox.body.items.filter((x) => x.kind === 'deal_stage' && x.link === `/deals/${id}`)).toHaveLength(6);

    const revoke = (token: string, b: Record<string, unknown>) => call<{ stage: string; registration: unknown }>('POST', `/api/deals/${id}/revoke-registration`, { token, body: b });
    expect((await revoke(broker.token, { reason: '不实' })).status).toBe(403);
    expect((await revoke(staff, {})).status).toBe(400);
    const revoked = await revoke(staff, { reason: '登记材料不全' });
    expect([revoked.status, revoked.body.stage, revoked.body.registration]).toEqual([200, 'signed', null]);
    const back = await board();
    expect([back.total, back.contracts]).toEqual([before.body.total, before.body.contracts]);
  });

  it('targets are set by staff; the CSV is for staff, with a BOM', async () => {
    const staff = await staffToken();
    const broker = await signUp('broker', { name: '鹿城科技经纪', kind: 'agency' });
    expect((await call('PUT', '/api/stats/targets/2035', { token: broker.token, body: { target: 24_000_000_000 } })).status).toBe(403);
    const set = await call('PUT', '/api/stats/targets/2035', { token: staff, body: { target: 24_000_000_000 } });
    expect([set.status, set.body]).toEqual([200, { year: 2035, target: 24_000_000_000 }]);
    const stats = await call<{ target: number; completionRate: number; byMonth: unknown[] }>('GET', '/api/stats/transactions?year=2035');
    expect([stats.body.target, stats.body.completionRate, stats.body.byMonth.length]).toEqual([24_000_000_000, 0, 12]);

    expect((await call('GET', '/api/stats/transactions.csv?year=2035', { token: broker.token })).status).toBe(403);
    const res = await fetch(`${process.env['API_URL']}/api/stats/transactions.csv?year=2035`, { headers: { Authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
