import { call, registration } from '../support/api';

// The contract's roadshow table against the built, started API (reminder timing is covered by
// the roadshows integration spec, which can restart the app).
const H = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

async function staffToken(): Promise<string> {
  const res = await call<{ accessToken: string }>('POST', '/api/auth/login', {
    body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] },
  });
  return res.body.accessToken;
}

async function userToken(): Promise<string> {
  return (await call<{ accessToken: string }>('POST', '/api/auth/register', { body: registration() })).body.accessToken;
}

describe('roadshows over HTTP', () => {
  it('create → 201; detail with slots and registeredCount; register 201, again 409, full 409; cancel mine 204', async () => {
    const staff = await staffToken();
    const body = { title: '融资推介会（接口测试）', kind: 'financing', startsAt: iso(30 * H), endsAt: iso(32 * H), onlineUrl: 'https://meeting.example.com/j/42', capacity: 1 };
    const created = await call<{ id: string }>('POST', '/api/roadshows', { token: staff, body });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const detail = await call('GET', `/api/roadshows/${id}`);
    expect(detail.body).toMatchObject({ title: body.title, kind: 'financing', slots: [], registeredCount: 0, capacity: 1, status: 'scheduled' });

    const [a, b] = [await userToken(), await userToken()];
    expect((await call('POST', `/api/roadshows/${id}/registrations`, { token: a })).status).toBe(201);
    expect((await call('POST', `/api/roadshows/${id}/registrations`, { token: a })).status).toBe(409);
    expect((await call('POST', `/api/roadshows/${id}/registrations`, { token: b })).status).toBe(409);
    expect((await call('DELETE', `/api/roadshows/${id}/registrations/mine`, { token: a })).status).toBe(204);
    expect((await call('POST', `/api/roadshows/${id}/registrations`, { token: b })).status).toBe(201);
    expect((await call('GET', `/api/roadshows/${id}`)).body).toMatchObject({ registeredCount: 1 });

    const list = await call<{ items: Array<{ id: string }> }>('GET', `/api/roadshows?kind=financing&from=${encodeURIComponent(iso(29 * H))}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r) => r.id)).toContain(id);

    const ics = await call<string>('GET', `/api/roadshows/${id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.body).toContain('融资推介会（接口测试）');
  });

  it('answers 400, 401, 403 and 404 where the contract says so', async () => {
    const staff = await staffToken();
    const user = await userToken();
    const body = { title: '技术讲解', kind: 'tech_talk', startsAt: iso(30 * H), endsAt: iso(31 * H), venue: '科技局', capacity: 10 };
    expect((await call('POST', '/api/roadshows', { body })).status).toBe(401);
    expect((await call('POST', '/api/roadshows', { token: user, body })).status).toBe(403);
    expect((await call('POST', '/api/roadshows', { token: staff, body: { ...body, kind: 'party' } })).status).toBe(400);
    expect((await call('POST', '/api/roadshows', { token: staff, body: { ...body, endsAt: iso(29 * H) } })).status).toBe(400);
    expect((await call('POST', '/api/roadshows', { token: staff, body: { ...body, extra: 1 } })).status).toBe(400);
    expect((await call('GET', '/api/roadshows/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('POST', '/api/roadshows/00000000-0000-4000-8000-000000000000/registrations', { token: user })).status).toBe(404);
  });
});
