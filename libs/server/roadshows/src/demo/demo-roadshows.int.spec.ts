import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { RoadshowsModule, ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from '../index';
import { DEMO_ROADSHOWS } from './demo-roadshows.data';

// The demo market (DEMO_SEED) brings upcoming events, the first with slots of demo achievements.
let app: INestApplication;

beforeAll(async () => {
  app = await createTestApp(
    'roadshows_demo',
    {
      entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...ROADSHOWS_ENTITIES],
      migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...ROADSHOWS_MIGRATIONS],
      modules: [IdentityModule, NotificationsModule, CatalogModule, RoadshowsModule],
    },
    { DEMO_SEED: 'true' },
  );
});

afterAll(async () => {
  await app?.close();
});

it('loads the demo events, upcoming, soonest first, with approved slots inside each event', async () => {
  const list = await request(app.getHttpServer()).get(`/api/roadshows?from=${encodeURIComponent(new Date().toISOString())}`).expect(200);
  expect(list.body.items.map((r: { title: string }) => r.title)).toEqual(DEMO_ROADSHOWS.map((d) => d.title));
  const first = await request(app.getHttpServer()).get(`/api/roadshows/${list.body.items[0].id}`).expect(200);
  expect(first.body.slots).toHaveLength(DEMO_ROADSHOWS[0].slots);
  for (const s of first.body.slots) {
    expect(s.status).toBe('approved');
    expect(s.startsAt >= first.body.startsAt && s.endsAt <= first.body.endsAt).toBe(true);
  }
});
