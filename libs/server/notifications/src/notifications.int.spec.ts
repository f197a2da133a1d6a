import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestMarket, type TestUser } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { Notifications, NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from './index';

// Integration: the inbox against the real Postgres, through configureApp.
let app: INestApplication;
let market: TestMarket;
const http = () => market.http();
const users: Record<string, TestUser> = {};

beforeAll(async () => {
  app = await createTestApp('notifications', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule],
  });
  market = new TestMarket(app);
  users['alice'] = await market.signUp('alice', 'researcher', { name: '瓯江大学', kind: 'university' }, { verified: false });
  // bob joins alice's university with an invitation from her (its admin)
  const invitation = await http().post('/api/organizations/mine/invitations').set('Authorization', `Bearer ${users['alice'].token}`).send({}).expect(201);
  users['bob'] = await market.join('bob', 'researcher', invitation.body.code);
  users['carol'] = await market.signUp('carol', 'researcher', { name: '东海研究院', kind: 'university' }, { verified: false });
});

afterAll(async () => {
  await app.close();
});

const inbox = (key: string, query = '') => http().get(`/api/notifications${query}`).set('Authorization', `Bearer ${users[key].token}`).expect(200);

describe('notifications', () => {
  it('reach every member of an organization, once per dedupe key, newest first', async () => {
    const notifications = app.get(Notifications);
    const ds = app.get(DataSource);
    await ds.transaction((m) => notifications.toOrganization(m, users['alice'].organizationId, { kind: 'new_match', title: '第一条', body: 'b', link: '/needs/1', dedupeKey: 'k1' }));
    await ds.transaction((m) => notifications.toOrganization(m, users['alice'].organizationId, { kind: 'new_match', title: '第一条（重复）', body: 'b', dedupeKey: 'k1' }));
    await ds.transaction((m) => notifications.toUsers(m, [users['alice'].id], { kind: 'review_result', title: '第二条', body: 'b' }));
    const alice = await inbox('alice');
    expect(alice.body.items.map((x: { title: string }) => x.title)).toEqual(['第二条', '第一条']);
    expect(alice.body).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 20 });
    expect((await inbox('bob')).body.items.map((x: { title: string }) => x.title)).toEqual(['第一条']);
    expect((await inbox('carol')).body.total).toBe(0);
  });

  it('are marked read only by their owner', async () => {
    const [latest] = (await inbox('alice')).body.items;
    const foreign = await http().post(`/api/notifications/${latest.id}/read`).set('Authorization', `Bearer ${users['carol'].token}`).expect(404);
    expect(foreign.body).toMatchObject({ code: 'NOTIFICATION.NOT_FOUND', message: '通知不存在' });
    await http().post(`/api/notifications/${latest.id}/read`).expect(401);
    const read = await http().post(`/api/notifications/${latest.id}/read`).set('Authorization', `Bearer ${users['alice'].token}`).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await inbox('alice')).body.unread).toBe(1);
    await http().post('/api/notifications/not-a-uuid/read').set('Authorization', `Bearer ${users['alice'].token}`).expect(400);
  });

  it('page as the contract says', async () => {
    const page = await inbox('alice', '?page=2&pageSize=1');
    expect(page.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.body.items).toHaveLength(1);
    await http().get('/api/notifications?pageSize=500').set('Authorization', `Bearer ${users['alice'].token}`).expect(400);
  });
});
