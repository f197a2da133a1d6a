import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { Listings } from '@market/server/catalog';
import { DEMO_ROADSHOWS } from '../demo/demo-roadshows.data';
import { RoadshowEntity, RoadshowSlotEntity } from '../infrastructure/roadshow.entities';

const DAY = 24 * 3600_000;
const SLOT_MINUTES = 20;

/**
 * With the demo market (DEMO_SEED), a few upcoming events, the first ones with slots for published
 * demo achievements. Runs after catalog's seeder (Nest boots imported modules first) and only
 * into an empty roadshows table.
 */
@Injectable()
export class RoadshowDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly listings: Listings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM roadshows');
    if (n > 0) return;
    const achievements = await this.listings.publishedBatch('achievement', null, 10);
    const today = new Date();
    today.setUTCHours(6, 0, 0, 0);
    let next = 0;
    await this.dataSource.transaction(async (m) => {
      for (const d of DEMO_ROADSHOWS) {
        const startsAt = new Date(today.getTime() + d.inDays * DAY);
        const { slots, inDays, hours, ...fields } = d;
        void inDays;
        const event = await m.save(RoadshowEntity, m.create(RoadshowEntity, { ...fields, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3600_000) }));
        for (let i = 0; i < slots && next < achievements.length; i++, next++) {
          const a = achievements[next];
          await m.save(
            RoadshowSlotEntity,
            m.create(RoadshowSlotEntity, {
              roadshowId: event.id,
              achievementId: a.id,
              achievementTitle: a.title,
              organizationId: a.organization.id,
              startsAt: new Date(startsAt.getTime() + i * SLOT_MINUTES * 60_000),
              durationMinutes: SLOT_MINUTES,
              status: 'approved',
            }),
          );
        }
      }
    });
    this.logger.log(`demo roadshows loaded (${DEMO_ROADSHOWS.length})`);
  }
}
