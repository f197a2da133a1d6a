import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp, eventually, startMailCatcher, TestMarket, type CaughtMail, type MailCatcher } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { MailDelivery } from './application/mail-delivery';
import { Notifications } from './application/notifications.service';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from './index';

// Integration: real Postgres, Redis (the repeating mail jobs) and a real SMTP server (maildev,
// started here): what the market sends arrives over SMTP and is read back from the catcher.
let app: INestApplication;
let catcher: MailCatcher;
const market = new TestMarket(() => app);
const http = () => market.http();
const as = (key: string) => market.as(key);
const PUBLIC_URL = 'https://market.example.test';

const emailOf = async (key: string): Promise<string> => (await http().get('/api/auth/me').set(as(key)).expect(200)).body.email;
const notify = (key: string, n: { kind: 'new_match' | 'review_result'; title: string; body: string; link: string }) =>
  app.get(DataSource).transaction((m) => app.get(Notifications).toUsers(m, [market.users[key].id], n));
const to = (address: string) => async () => (await catcher.messages()).filter((m: CaughtMail) => m.to.some((t) => t.address === address));

beforeAll(async () => {
  catcher = await startMailCatcher();
  app = await createTestApp(
    'mail',
    { entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES], migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS], modules: [IdentityModule, NotificationsModule] },
    { SMTP_URL: catcher.smtpUrl, MAIL_SWEEP_MS: '500', DIGEST_HOUR: '0', PUBLIC_URL },
  );
  await market.staff();
  await market.signUp('each', 'researcher', { name: '瓯江大学', kind: 'university' });
  await market.signUp('digest', 'enterprise', { name: '瑞安摘要测试企业有限公司', kind: 'enterprise' });
  await market.signUp('quit', 'researcher', { name: '温州退订测试研究院', kind: 'institute' });
});

afterAll(async () => {
  await app?.close();
  await catcher?.close();
});

describe('notification settings', () => {
  it('are off until the person turns them on, and validated at the edge', async () => {
    await http().get('/api/me/notification-settings').expect(401);
    expect((await http().get('/api/me/notification-settings').set(as('each')).expect(200)).body).toEqual({ email: false, digest: 'off', mailEnabled: true });
    await http().put('/api/me/notification-settings').set(as('each')).send({ email: 'yes', digest: 'off' }).expect(400);
    await http().put('/api/me/notification-settings').set(as('each')).send({ email: true, digest: 'hourly' }).expect(400);
    await http().put('/api/me/notification-settings').set(as('each')).send({ email: true }).expect(400);
  });
});

describe('each notification by e-mail', () => {
  it('sends what comes after turning it on, once, with an absolute link and a one-click unsubscribe', async () => {
    const address = await emailOf('each');
    await notify('each', { kind: 'review_result', title: '开启前的通知', body: '不应发送', link: '/achievements/old' });
    const saved = await http().put('/api/me/notification-settings').set(as('each')).send({ email: true, digest: 'off' }).expect(200);
    expect(saved.body).toEqual({ email: true, digest: 'off', mailEnabled: true });
    await notify('each', { kind: 'review_result', title: '成果审核通过：海水网箱防附着涂层', body: '您的成果已发布。', link: '/achievements/a1' });

    // the repeating sweep job sends it by itself
    const [mail] = await eventually(to(address), (ms) => ms.length >= 1);
    expect(mail.subject).toBe('成果审核通过：海水网箱防附着涂层');
    expect(mail.text).toContain(`${PUBLIC_URL}/achievements/a1`);
    expect(mail.headers['list-unsubscribe']).toMatch(new RegExp(`^<${PUBLIC_URL}/api/mail/unsubscribe\\?user=`));
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // more sweeps, also at once, send nothing twice and never the older notification
    await Promise.all([app.get(MailDelivery).sweep(), app.get(MailDelivery).sweep()]);
    const all = await to(address)();
    expect(all.map((m) => m.subject)).toEqual(['成果审核通过：海水网箱防附着涂层']);
  });
});

describe('the digest of new matches', () => {
  it('gathers the period\'s new matches in one message, once per period however often it runs', async () => {
    const address = await emailOf('digest');
    await http().put('/api/me/notification-settings').set(as('digest')).send({ email: false, digest: 'daily' }).expect(200);
    await notify('digest', { kind: 'new_match', title: '新的匹配成果：高效钙钛矿封装', body: '匹配度 82%', link: '/achievements/m1' });
    await notify('digest', { kind: 'new_match', title: '新的匹配成果：低温固化涂层', body: '匹配度 64%', link: '/achievements/m2' });
    await notify('digest', { kind: 'review_result', title: '需求审核通过', body: '不在摘要里', link: '/needs/x' });

    const delivery = app.get(MailDelivery);
    await Promise.all([delivery.digests(new Date()), delivery.digests(new Date())]);
    const [digest, ...more] = await eventually(to(address), (ms) => ms.length >= 1);
    expect(more).toEqual([]);
    expect(digest.subject).toBe('每日匹配摘要：2 条新的匹配');
    expect(digest.text).toContain(`${PUBLIC_URL}/achievements/m1`);
    expect(digest.text).toContain(`${PUBLIC_URL}/achievements/m2`);
    expect(digest.text).not.toContain('需求审核通过');
    // the repeating job runs too; still one message for today's period
    await delivery.digests(new Date());
    expect(await to(address)()).toHaveLength(1);
    const [row] = await app.get(DataSource).query(`SELECT status, items FROM mail_digests WHERE user_id = $1`, [market.users['digest'].id]);
    expect(row).toEqual({ status: 'sent', items: 2 });
  });
});

describe('the unsubscribe link', () => {
  it('asks on GET, unsubscribes on POST without signing in, and refuses a forged token', async () => {
    const address = await emailOf('quit');
    await http().put('/api/me/notification-settings').set(as('quit')).send({ email: true, digest: 'weekly' }).expect(200);
    await notify('quit', { kind: 'review_result', title: '退订前的通知', body: '会发送', link: '/achievements/q1' });
    const [mail] = await eventually(to(address), (ms) => ms.length >= 1);
    const link = /<(https:\/\/[^>]+)>/.exec(mail.headers['list-unsubscribe'])?.[1] ?? '';
    const path = link.slice(PUBLIC_URL.length);
    expect(path).toMatch(/^\/api\/mail\/unsubscribe\?user=[0-9a-f-]{36}&token=[\w-]+$/);

    const ask = await http().get(path).expect(200);
    expect(ask.text).toContain('确认退订');
    // asking changed nothing: a mail scanner that opens links does not unsubscribe anyone
    expect((await http().get('/api/me/notification-settings').set(as('quit')).expect(200)).body).toMatchObject({ email: true, digest: 'weekly' });

    const forged = path.replace(/token=[\w-]+/, 'token=forged');
    await http().post(forged).expect(400);
    const other = path.replace(/user=[0-9a-f-]{36}/, `user=${market.users['each'].id}`);
    await http().post(other).expect(400);

    await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await http().get('/api/me/notification-settings').set(as('quit')).expect(200)).body).toMatchObject({ email: false, digest: 'off' });
    await notify('quit', { kind: 'review_result', title: '退订后的通知', body: '不应发送', link: '/achievements/q2' });
    await app.get(MailDelivery).sweep();
    expect((await to(address)()).map((m) => m.subject)).toEqual(['退订前的通知']);
  });
});
