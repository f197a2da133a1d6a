import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { eventually, createTestApp } from '@market/server/platform/testing';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { ChallengesModule, CHALLENGES_MIGRATIONS } from '@market/server/challenges';
import { DealsModule, DEALS_ENTITIES, DEALS_MIGRATIONS } from '@market/server/deals';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';

// The demo market (DEMO_SEED): the 揭榜挂帅 hall has a challenge in every state a visitor should see,
// the awarded one with its deal — taken there by the real services, the clock and the outbox.
let app: INestApplication;
const http = () => request(app.getHttpServer());

async function signIn(email: string): Promise<{ Authorization: string }> {
  const res = await http().post('/api/auth/login').send({ email, password: 'demo-password-2026' }).expect(200);
  return { Authorization: `Bearer ${res.body.accessToken}` };
}

beforeAll(async () => {
  app = await createTestApp(
    'challenges_demo',
    {
      entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...DEALS_ENTITIES],
      migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...DEALS_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
      modules: [IdentityModule, NotificationsModule, CatalogModule, ChallengesModule, DealsModule],
    },
    { DEMO_SEED: 'true' },
  );
}, 120_000);

afterAll(async () => {
  await app.close();
}, 120_000);

it('loads challenges open, in evaluation with scores, announced, and awarded with the deal at the bounty', async () => {
  const staff = await signIn('staff@demo.market');
  const statuses = async () => {
    const mine = await Promise.all(['enterprise@demo.market', 'enterprise2@demo.market', 'enterprise3@demo.market', 'enterprise6@demo.market', 'enterprise7@demo.market'].map(async (email) => (await http().get('/api/challenges/mine').set(await signIn(email)).expect(200)).body.items));
    return mine.flat() as Array<{ id: string; status: string; title: string; bounty: number }>;
  };
  const all = await eventually(statuses, (items) => items.some((c) => c.status === 'awarded'), 30_000);
  expect(all.map((c) => c.status).sort()).toEqual(['announced', 'awarded', 'evaluating', 'open', 'open']);

  const evaluating = all.find((c) => c.status === 'evaluating') as { id: string };
  const ranking = await http().get(`/api/challenges/${evaluating.id}/ranking`).set(staff).expect(200);
  expect(ranking.body.items).toHaveLength(2);
  expect(ranking.body.items[0].score).toBeGreaterThan(ranking.body.items[1].score);

  const announced = all.find((c) => c.status === 'announced') as { id: string };
  expect((await http().get(`/api/challenges/${announced.id}`).expect(200)).body.winner).toMatchObject({ organization: { name: '温州应用技术研究院' } });

  const awarded = all.find((c) => c.status === 'awarded') as { id: string; bounty: number };
  const deals = await eventually(
    async () => (await http().get('/api/deals?pageSize=100').set(staff).expect(200)).body.items as Array<{ challenge: { id: string } | null; amount: number; source: string }>,
    (items) => items.some((d) => d.challenge?.id === awarded.id),
  );
  expect(deals.filter((d) => d.challenge?.id === awarded.id)).toEqual([expect.objectContaining({ source: 'challenge', amount: awarded.bounty })]);
});
