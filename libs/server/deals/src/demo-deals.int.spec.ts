import { currentYear } from '@market/shared/time';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { DealsModule, DEALS_ENTITIES, DEALS_MIGRATIONS } from './index';

// The demo market (DEMO_SEED) gets a deal pipeline and a year on the board, after the catalog's demo.
let app: INestApplication;

beforeAll(async () => {
  app = await createTestApp(
    'deals_demo',
    {
      entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...DEALS_ENTITIES],
      migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...DEALS_MIGRATIONS],
      modules: [IdentityModule, NotificationsModule, CatalogModule, DealsModule],
    },
    { DEMO_SEED: 'true' },
  );
}, 120_000);

afterAll(async () => {
  await app.close();
}, 120_000);

it('loads demo deals in every stage and a year of registered contracts against a target', async () => {
  const login = await request(app.getHttpServer()).post('/api/auth/login').send({ email: 'broker@demo.market', password: 'demo-password-2026' });
  expect(login.status).toBe(200);
  const deals = await request(app.getHttpServer()).get('/api/deals?pageSize=100').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
  expect(new Set(deals.body.items.map((d: { stage: string }) => d.stage))).toEqual(new Set(['intent', 'negotiating', 'signed', 'registered', 'closed', 'terminated']));
  // the signed contract is confirmed by both parties and waits for the bureau to register it
  const signed = deals.body.items.filter((d: { stage: string }) => d.stage === 'signed');
  expect(signed).toHaveLength(1);
  expect(signed[0].confirmations).toEqual({ seller: expect.any(String), buyer: expect.any(String) });
  expect(signed[0].registration).toBeNull();
  const year = currentYear();
  const numbers = deals.body.items.filter((d: { registration: unknown }) => d.registration).map((d: { registration: { number: string } }) => d.registration.number);
  expect(numbers).toHaveLength(5);
  for (const n of numbers) expect(n).toMatch(new RegExp(`^${year}330300\\d{6}$`));
  const stats = await request(app.getHttpServer()).get('/api/stats/transactions').expect(200);
  expect(stats.body).toMatchObject({ target: 80_000_000, total: 52_860_000, contracts: 5, completionRate: 66.08 });
});
