import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { testEnvironment, TestMarket, eventually } from '@market/server/platform/testing';
import { configureApp, JobQueue, PlatformModule } from '@market/server/platform';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { Reminders, RoadshowsModule, ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from './index';
import { reminderJobId } from './domain/reminders';
import { Registrations } from './application/registrations.service';

// Integration: real Postgres and Redis (BullMQ delayed jobs and the sweep), one database per file.
// The app is booted by hand so that a test can stop it and start a new one on the same data and
// queues, as a restart of the server would.
let env: Record<string, string>;
let app: INestApplication;
const H = 3600_000;
const market = new TestMarket(() => app);
const http = () => market.http();
const ids: Record<string, string> = {};
const as = (key: string) => market.as(key);
const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();

async function boot(): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({
        entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...ROADSHOWS_ENTITIES],
        migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...ROADSHOWS_MIGRATIONS],
        env,
        partial: true,
      }),
      IdentityModule,
      NotificationsModule,
      CatalogModule,
      RoadshowsModule,
    ],
  }).compile();
  const nest = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  configureApp(nest);
  await nest.init();
  return nest;
}

async function signUp(key: string, role: 'researcher' | 'enterprise', org: { name: string; kind: 'university' | 'institute' | 'enterprise' }) {
  ids[key] = (await market.signUp(key, role, org)).id;
}

const event = (o: Record<string, unknown> = {}) => ({
  title: '新能源成果专场路演',
  kind: 'roadshow',
  startsAt: iso(48 * H),
  endsAt: iso(50 * H),
  venue: '温州市科技创新服务中心',
  capacity: 50,
  ...o,
});

async function createEvent(o: Record<string, unknown> = {}): Promise<string> {
  return (await http().post('/api/roadshows').set(as('staff')).send(event(o)).expect(201)).body.id;
}

const notificationsOf = async (key: string, kind: string, link?: string) => {
  const res = await http().get('/api/notifications?pageSize=100').set(as(key)).expect(200);
  return res.body.items.filter((x: { kind: string; link: string }) => x.kind === kind && (link === undefined || x.link === link));
};

const remindersOf = async (roadshowId: string, userId: string) =>
  (await app.get(DataSource).query(
    `SELECT r.id, r."offset", r.due_at, r.sent_at, r.skipped_at FROM roadshow_reminders r
     JOIN roadshow_registrations g ON g.id = r.registration_id WHERE g.roadshow_id = $1 AND g.user_id = $2 ORDER BY r."offset"`,
    [roadshowId, userId],
  )) as Array<{ id: string; offset: string; due_at: Date; sent_at: Date | null; skipped_at: Date | null }>;

let achievementId: string;

beforeAll(async () => {
  env = await testEnvironment('roadshows', { PUBLIC_URL: 'https://market.example.gov.cn/' });
  app = await boot();
  await signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await signUp('otherResearcher', 'researcher', { name: '温州理工研究院', kind: 'institute' });
  for (const k of ['e1', 'e2', 'e3', 'e4']) await signUp(k, 'enterprise', { name: `瑞安电气有限公司${k}`, kind: 'enterprise' });
  await market.staff();
  const a = await http()
    .post('/api/achievements')
    .set(as('researcher'))
    .send({
      title: '大功率直流充电桩碳化硅功率模块',
      summary: '面向新能源汽车充电设施的碳化硅功率模块，已完成中试，效率 97%。',
      field: 'new_energy',
      keywords: ['充电桩'],
      maturity: 'pilot',
      transferModes: ['license'],
      askingPrice: 600_000,
      patents: [],
      region: '瑞安市',
      inventors: ['周明'],
    })
    .expect(201);
  achievementId = a.body.id;
  await http().post(`/api/achievements/${achievementId}/submit`).set(as('researcher')).expect(200);
  await http().post(`/api/achievements/${achievementId}/review`).set(as('staff')).send({ decision: 'approve' }).expect(200);
});

afterAll(async () => {
  await app?.close();
});

describe('events', () => {
  it('lets staff create one and anyone read it, listed soonest first with filters', async () => {
    const later = await createEvent({ title: '融资推介会', kind: 'financing', startsAt: iso(72 * H), endsAt: iso(74 * H) });
    const sooner = await createEvent({ title: '技术讲解：涂层工艺', kind: 'tech_talk', onlineUrl: 'https://meeting.example.com/j/1', venue: null });
    const detail = await http().get(`/api/roadshows/${sooner}`).expect(200);
    expect(detail.body).toMatchObject({ title: '技术讲解：涂层工艺', kind: 'tech_talk', venue: null, onlineUrl: 'https://meeting.example.com/j/1', registeredCount: 0, slots: [], status: 'scheduled', myRegistration: null });
    const list = await http().get(`/api/roadshows?from=${encodeURIComponent(iso(40 * H))}&to=${encodeURIComponent(iso(80 * H))}`).expect(200);
    const listed = list.body.items.map((r: { id: string }) => r.id);
    expect(listed.indexOf(sooner)).toBeLessThan(listed.indexOf(later));
    const financing = await http().get('/api/roadshows?kind=financing').expect(200);
    expect(financing.body.items.map((r: { kind: string }) => r.kind)).toEqual(financing.body.items.map(() => 'financing'));
    expect(financing.body.items.map((r: { id: string }) => r.id)).toContain(later);
  });

  it('refuses bad input and non-staff', async () => {
    await http().post('/api/roadshows').set(as('e1')).send(event()).expect(403);
    await http().post('/api/roadshows').send(event()).expect(401);
    await http().post('/api/roadshows').set(as('staff')).send(event({ endsAt: iso(47 * H) })).expect(400);
    await http().post('/api/roadshows').set(as('staff')).send(event({ kind: 'auction' })).expect(400);
    await http().post('/api/roadshows').set(as('staff')).send(event({ capacity: 0 })).expect(400);
    await http().post('/api/roadshows').set(as('staff')).send(event({ color: 'red' })).expect(400);
    await http().get('/api/roadshows/not-a-uuid').expect(400);
    await http().get('/api/roadshows/00000000-0000-4000-8000-000000000000').expect(404);
  });
});

describe('slots', () => {
  it('keeps an owner’s proposal pending until staff approve, in order, never overlapping', async () => {
    const id = await createEvent({ startsAt: '2030-01-10T06:00:00Z', endsAt: '2030-01-10T08:00:00Z' });
    const staffSlot = await http().post(`/api/roadshows/${id}/slots`).set(as('staff')).send({ achievementId, startsAt: '2030-01-10T06:30:00Z', durationMinutes: 30 }).expect(201);
    expect(staffSlot.body).toMatchObject({ status: 'approved', endsAt: '2030-01-10T07:00:00.000Z', achievementTitle: '大功率直流充电桩碳化硅功率模块', organizationName: '瓯江大学' });
    const proposed = await http().post(`/api/roadshows/${id}/slots`).set(as('researcher')).send({ achievementId, startsAt: '2030-01-10T06:00:00Z', durationMinutes: 30 }).expect(201);
    expect(proposed.body.status).toBe('pending');
    // anonymous visitors see approved slots only; the proposer sees its own pending one
    expect((await http().get(`/api/roadshows/${id}`).expect(200)).body.slots.map((s: { id: string }) => s.id)).toEqual([staffSlot.body.id]);
    expect((await http().get(`/api/roadshows/${id}`).set(as('researcher')).expect(200)).body.slots.map((s: { id: string }) => s.id)).toEqual([proposed.body.id, staffSlot.body.id]);
    // overlaps a pending slot too, then one outside the event
    await http().post(`/api/roadshows/${id}/slots`).set(as('staff')).send({ achievementId, startsAt: '2030-01-10T06:15:00Z', durationMinutes: 10 }).expect(409);
    await http().post(`/api/roadshows/${id}/slots`).set(as('staff')).send({ achievementId, startsAt: '2030-01-10T07:45:00Z', durationMinutes: 30 }).expect(400);
    await http().post(`/api/roadshows/${id}/slots`).set(as('otherResearcher')).send({ achievementId, startsAt: '2030-01-10T07:00:00Z', durationMinutes: 30 }).expect(403);
    await http().post(`/api/roadshows/${id}/slots/${proposed.body.id}/approve`).set(as('researcher')).expect(403);
    await http().post(`/api/roadshows/${id}/slots/${proposed.body.id}/approve`).set(as('staff')).expect(200);
    await http().post(`/api/roadshows/${id}/slots/${proposed.body.id}/approve`).set(as('staff')).expect(409);
    const slots = (await http().get(`/api/roadshows/${id}`).expect(200)).body.slots;
    expect(slots.map((s: { startsAt: string; status: string }) => [s.startsAt, s.status])).toEqual([
      ['2030-01-10T06:00:00.000Z', 'approved'],
      ['2030-01-10T06:30:00.000Z', 'approved'],
    ]);
    // moving the event moves its programme; a span too short for it is refused
    await http().patch(`/api/roadshows/${id}`).set(as('staff')).send({ startsAt: '2030-01-11T06:00:00Z', endsAt: '2030-01-11T08:00:00Z' }).expect(200);
    const moved = (await http().get(`/api/roadshows/${id}`).expect(200)).body.slots.map((s: { startsAt: string }) => s.startsAt);
    expect(moved).toEqual(['2030-01-11T06:00:00.000Z', '2030-01-11T06:30:00.000Z']);
    await http().patch(`/api/roadshows/${id}`).set(as('staff')).send({ endsAt: '2030-01-11T06:45:00Z' }).expect(409);
  });

  it('caps an organization’s pending proposals per event, so nobody fills the programme with them', async () => {
    const id = await createEvent({ startsAt: '2030-02-10T01:00:00Z', endsAt: '2030-02-10T10:00:00Z' });
    const propose = (hour: number) => http().post(`/api/roadshows/${id}/slots`).set(as('researcher')).send({ achievementId, startsAt: `2030-02-10T0${hour}:00:00Z`, durationMinutes: 30 });
    for (const hour of [1, 2, 3]) await propose(hour).expect(201);
    const fourth = await propose(4).expect(409);
    expect(fourth.body).toMatchObject({ code: 'ROADSHOWS.TOO_MANY_PENDING', message: '贵单位在本活动已有 3 个待审核的时段申请（最多 3 个），请等待科技局审核', params: { pending: 3, max: 3 } });
    // staff are not capped, and an approved proposal frees its place
    await http().post(`/api/roadshows/${id}/slots`).set(as('staff')).send({ achievementId, startsAt: '2030-02-10T05:00:00Z', durationMinutes: 30 }).expect(201);
    const pending = (await http().get(`/api/roadshows/${id}`).set(as('researcher')).expect(200)).body.slots.filter((x: { status: string }) => x.status === 'pending');
    await http().post(`/api/roadshows/${id}/slots/${pending[0].id}/approve`).set(as('staff')).expect(200);
    await propose(4).expect(201);
  });
});

describe('registration', () => {
  it('never goes over capacity when many register at once', async () => {
    const id = await createEvent({ capacity: 3 });
    const racers = ['e1', 'e2', 'e3', 'e4', 'researcher', 'otherResearcher', 'staff'];
    const answers = await Promise.all(racers.map((k) => http().post(`/api/roadshows/${id}/registrations`).set(as(k))));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(3);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(4);
    expect((await http().get(`/api/roadshows/${id}`).expect(200)).body.registeredCount).toBe(3);
    const [{ n: rows }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM roadshow_registrations WHERE roadshow_id = $1 AND status = 'registered'`, [id]);
    expect(rows).toBe(3);
  });

  it('holds at capacity under 40 registrations at once, through the service', async () => {
    const id = await createEvent({ capacity: 10 });
    const db = app.get(DataSource);
    const users: Array<{ id: string; organization_id: string }> = await db.query(
      `INSERT INTO users (email, password_hash, name, role, organization_id)
       SELECT 'race-' || g || '-' || $1 || '@example.com', 'x', '抢票用户' || g, 'enterprise', (SELECT organization_id FROM users WHERE id = $2)
       FROM generate_series(1, 40) g RETURNING id, organization_id`,
      [Date.now(), ids['e1']],
    );
    const registrations = app.get(Registrations);
    const results = await Promise.allSettled(users.map((u) => registrations.register({ id: u.id, role: 'enterprise', organizationId: u.organization_id }, id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []));
    expect(codes).toEqual(Array(30).fill('ROADSHOWS.FULL'));
    const [{ count, registered }] = await db.query(
      `SELECT r.registered_count AS count, (SELECT count(*)::int FROM roadshow_registrations WHERE roadshow_id = r.id AND status = 'registered') AS registered
       FROM roadshows r WHERE r.id = $1`,
      [id],
    );
    expect([count, registered]).toEqual([10, 10]);
  });

  it('answers 409 to a duplicate, frees the place on cancel and lets the user come back', async () => {
    const id = await createEvent({ capacity: 1 });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(201);
    const dup = await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(409);
    expect(dup.body.code).toBe('ROADSHOWS.ALREADY_REGISTERED');
    expect((await http().post(`/api/roadshows/${id}/registrations`).set(as('e2')).expect(409)).body.code).toBe('ROADSHOWS.FULL');
    await http().delete(`/api/roadshows/${id}/registrations/mine`).set(as('e1')).expect(204);
    await http().delete(`/api/roadshows/${id}/registrations/mine`).set(as('e1')).expect(404);
    expect((await http().get(`/api/roadshows/${id}`).expect(200)).body.registeredCount).toBe(0);
    expect((await remindersOf(id, ids['e1'])).every((r) => r.skipped_at !== null && r.sent_at === null)).toBe(true);
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e2')).expect(201);
    await http().delete(`/api/roadshows/${id}/registrations/mine`).set(as('e2')).expect(204);
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(201);
    const detail = await http().get(`/api/roadshows/${id}`).set(as('e1')).expect(200);
    expect(detail.body).toMatchObject({ registeredCount: 1, myRegistration: { status: 'registered' } });
    expect((await remindersOf(id, ids['e1'])).map((r) => [r.offset, r.skipped_at === null])).toEqual([
      ['1h', true],
      ['24h', true],
    ]);
    const mine = await http().get('/api/roadshows/mine').set(as('e1')).expect(200);
    expect(mine.body.items.map((x: { roadshow: { id: string } }) => x.roadshow.id)).toContain(id);
  });

  it('closes at the start; staff then mark attendance and the event shows it', async () => {
    const startsAt = Date.now() + 1500;
    const id = await createEvent({ startsAt: new Date(startsAt).toISOString(), endsAt: iso(H) });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e3')).expect(201);
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e4')).expect(201);
    await http().post(`/api/roadshows/${id}/attendance`).set(as('staff')).send({ userIds: [ids['e3']], attended: true }).expect(409);
    await eventually(async () => Date.now(), (now) => now > startsAt);
    const late = await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(409);
    expect(late.body).toMatchObject({ code: 'ROADSHOWS.STARTED', message: '活动已开始，报名已截止', params: { whatEn: 'registration has closed' } });
    await http().delete(`/api/roadshows/${id}/registrations/mine`).set(as('e3')).expect(409);
    await http().post(`/api/roadshows/${id}/attendance`).set(as('e3')).send({ userIds: [ids['e3']], attended: true }).expect(403);
    const marked = await http().post(`/api/roadshows/${id}/attendance`).set(as('staff')).send({ userIds: [ids['e3'], ids['e1']], attended: true }).expect(200);
    expect(marked.body).toEqual({ updated: 1, attendedCount: 1 });
    expect((await http().get(`/api/roadshows/${id}`).expect(200)).body).toMatchObject({ registeredCount: 2, attendedCount: 1 });
    const registrants = await http().get(`/api/roadshows/${id}/registrations`).set(as('staff')).expect(200);
    expect(registrants.body.items.map((r: { name: string; attended: boolean | null }) => [r.name, r.attended])).toEqual([
      ['e3', true],
      ['e4', null],
    ]);
  });
});

describe('reminders', () => {
  it('skips the 24 h reminder when its moment had passed, and sends the 1 h one exactly once across a restart', async () => {
    const id = await createEvent({ startsAt: iso(H + 3000), endsAt: iso(2 * H) });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e2')).expect(201);
    const planned = await remindersOf(id, ids['e2']);
    expect(planned.map((r) => [r.offset, r.skipped_at !== null])).toEqual([
      ['1h', false],
      ['24h', true],
    ]);
    // restart before the reminder is due: the delayed job waits in Redis, the row in Postgres
    await app.close();
    app = await boot();
    const link = `/roadshows/${id}`;
    const [reminder] = await eventually(() => notificationsOf('e2', 'roadshow_reminder', link), (items) => items.length >= 1);
    expect(reminder.title).toContain('1小时');
    expect(reminder.title).toContain('新能源成果专场路演');
    // every path at once, again and again: still one notification
    const reminders = app.get(Reminders);
    await Promise.all([reminders.sendDue(), reminders.sendDue(), reminders.onSweep(), reminders.onDue()]);
    expect(await notificationsOf('e2', 'roadshow_reminder', link)).toHaveLength(1);
    const [oneHour] = await remindersOf(id, ids['e2']);
    expect(oneHour.sent_at).not.toBeNull();
  });

  it('moves with the event: the old job finds nothing due, the new moment sends it', async () => {
    const id = await createEvent({ startsAt: iso(H + 2000), endsAt: iso(3 * H) });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e3')).expect(201);
    const [before] = await remindersOf(id, ids['e3']);
    await http().patch(`/api/roadshows/${id}`).set(as('staff')).send({ startsAt: iso(2 * H) }).expect(200);
    const [after] = await remindersOf(id, ids['e3']);
    expect(after.due_at.getTime()).toBeGreaterThan(before.due_at.getTime() + 50 * 60_000);
    // the job of the old moment fires and does nothing
    const queue = app.get(JobQueue).queue('roadshows');
    const oldJob = reminderJobId(before.id, before.due_at);
    await eventually(async () => (await queue.getJob(oldJob))?.finishedOn ?? 0, (t) => t > 0);
    await app.get(Reminders).sendDue();
    expect(await notificationsOf('e3', 'roadshow_reminder', `/roadshows/${id}`)).toHaveLength(0);
    expect((await remindersOf(id, ids['e3']))[0].sent_at).toBeNull();
    // two days later: the 24 h reminder is worth sending again
    await http().patch(`/api/roadshows/${id}`).set(as('staff')).send({ startsAt: iso(48 * H), endsAt: iso(50 * H) }).expect(200);
    expect((await remindersOf(id, ids['e3'])).map((r) => [r.offset, r.skipped_at === null])).toEqual([
      ['1h', true],
      ['24h', true],
    ]);
    // and back to soon: sent once, at the new moment
    await http().patch(`/api/roadshows/${id}`).set(as('staff')).send({ startsAt: iso(H + 1000), endsAt: iso(3 * H) }).expect(200);
    await eventually(() => notificationsOf('e3', 'roadshow_reminder', `/roadshows/${id}`), (items) => items.length === 1);
  });

  it('drops them when the event is cancelled, and tells the registered users', async () => {
    const id = await createEvent({ startsAt: iso(H + 1500), endsAt: iso(3 * H) });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e4')).expect(201);
    await http().post(`/api/roadshows/${id}/cancel`).set(as('e4')).expect(403);
    const cancelled = await http().post(`/api/roadshows/${id}/cancel`).set(as('staff')).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    await http().post(`/api/roadshows/${id}/cancel`).set(as('staff')).expect(409);
    const [told] = await notificationsOf('e4', 'roadshow_cancelled', `/roadshows/${id}`);
    expect(told.title).toContain('新能源成果专场路演');
    expect((await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(409)).body.code).toBe('ROADSHOWS.CANCELLED');
    const [oneHour] = await remindersOf(id, ids['e4']);
    const queue = app.get(JobQueue).queue('roadshows');
    await eventually(async () => (await queue.getJob(reminderJobId(oneHour.id, oneHour.due_at)))?.finishedOn ?? 0, (t) => t > 0);
    expect(await notificationsOf('e4', 'roadshow_reminder', `/roadshows/${id}`)).toHaveLength(0);
    expect((await remindersOf(id, ids['e4'])).every((r) => r.sent_at === null && r.skipped_at !== null)).toBe(true);
  });
});

describe('calendar files', () => {
  it('offers an .ics per event, in UTC, with the Chinese title intact', async () => {
    const id = await createEvent({ title: '温州新材料成果路演', startsAt: '2030-03-01T06:00:00Z', endsAt: '2030-03-01T08:30:00Z' });
    const res = await http().get(`/api/roadshows/${id}/calendar.ics`).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('.ics');
    expect(res.text).toContain('SUMMARY:【项目路演】温州新材料成果路演');
    expect(res.text).toContain('DTSTART:20300301T060000Z');
    expect(res.text).toContain('DTEND:20300301T083000Z');
    expect(res.text).toContain('LOCATION:温州市科技创新服务中心');
  });

  it('gives each user a private feed of their events', async () => {
    const id = await createEvent({ title: '个人日历测试路演', startsAt: '2030-04-01T06:00:00Z', endsAt: '2030-04-01T07:00:00Z' });
    await http().post(`/api/roadshows/${id}/registrations`).set(as('e1')).expect(201);
    await http().get('/api/roadshows/mine/calendar-link').expect(401);
    const link = await http().get('/api/roadshows/mine/calendar-link').set(as('e1')).expect(200);
    expect(link.body.path).toMatch(/^\/api\/roadshows\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(link.body.url).toBe(`https://market.example.gov.cn${link.body.path}`);
    expect((await http().get('/api/roadshows/mine/calendar-link').set(as('e1')).expect(200)).body.path).toBe(link.body.path);
    const feed = await http().get(link.body.path).expect(200);
    expect(feed.text).toContain('个人日历测试路演');
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    const other = await http().get('/api/roadshows/mine/calendar-link').set(as('e2')).expect(200);
    expect((await http().get(other.body.path).expect(200)).text).not.toContain('个人日历测试路演');
    await http().get('/api/roadshows/calendar/not-a-token.ics').expect(404);
  });

  it('writes links from PUBLIC_URL, never from the Host or X-Forwarded-Proto of the request', async () => {
    const id = await createEvent({ title: '链接来源测试路演', startsAt: '2030-05-01T06:00:00Z', endsAt: '2030-05-01T07:00:00Z' });
    const hostile = { Host: 'evil.example', 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'evil.example' };
    const link = await http().get('/api/roadshows/mine/calendar-link').set(as('e3')).set(hostile).expect(200);
    expect(link.body.url).toMatch(/^https:\/\/market\.example\.gov\.cn\/api\/roadshows\/calendar\//);
    const ics = await http().get(`/api/roadshows/${id}/calendar.ics`).set(hostile).expect(200);
    expect(ics.text.replace(/\r\n[ \t]/g, '')).toContain(`URL:https://market.example.gov.cn/roadshows/${id}`);
    expect(ics.text).not.toContain('evil.example');
  });

  it('escapes every text property as RFC 5545 asks, the calendar name and the alarm too', async () => {
    const id = await createEvent({ title: '分号;逗号,反斜杠\\路演', startsAt: '2030-06-01T06:00:00Z', endsAt: '2030-06-01T07:00:00Z' });
    const ics = (await http().get(`/api/roadshows/${id}/calendar.ics`).expect(200)).text.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:【项目路演】分号\\;逗号\\,反斜杠\\\\路演');
    expect(ics).toContain('X-WR-CALNAME:分号\\;逗号\\,反斜杠\\\\路演');
    const alarm = ics.slice(ics.indexOf('BEGIN:VALARM'));
    expect(alarm).toContain('DESCRIPTION:分号\\;逗号\\,反斜杠\\\\路演');
  });
});
