import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ContractType, DealStage } from '@market/contracts';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { ListingQueries, type AchievementCard } from '@market/server/catalog';
import { Directory } from '@market/server/identity';
import { wallParts, wallTimeToInstant } from '@market/shared/time';
import { marketYear } from '../domain/year-stats';
import { formatRegistrationNumber } from '../domain/deal-stage';

interface DemoDeal {
  buyerEmail: string;
  stage: DealStage;
  amount?: number;
  type?: ContractType;
  /** Month of the current Shanghai year in which the contract was registered. */
  month?: number;
}

/** A small pipeline for the demo broker: every stage once, and registered contracts over the year. */
const DEMO_DEALS: DemoDeal[] = [
  { buyerEmail: 'enterprise@demo.market', stage: 'intent' },
  { buyerEmail: 'enterprise2@demo.market', stage: 'negotiating' },
  { buyerEmail: 'enterprise3@demo.market', stage: 'signed', amount: 1_800_000, type: 'development' },
  { buyerEmail: 'enterprise4@demo.market', stage: 'registered', amount: 12_500_000, type: 'transfer', month: 1 },
  { buyerEmail: 'enterprise5@demo.market', stage: 'registered', amount: 3_600_000, type: 'license', month: 3 },
  { buyerEmail: 'enterprise6@demo.market', stage: 'closed', amount: 28_000_000, type: 'development', month: 4 },
  { buyerEmail: 'enterprise7@demo.market', stage: 'registered', amount: 960_000, type: 'consulting', month: 6 },
  { buyerEmail: 'enterprise8@demo.market', stage: 'closed', amount: 7_800_000, type: 'service', month: 8 },
  { buyerEmail: 'enterprise9@demo.market', stage: 'terminated' },
];
const DEMO_TARGET = 80_000_000;
const PATH: DealStage[] = ['intent', 'negotiating', 'signed', 'registered', 'closed'];

/**
 * Loads demo deals after the catalog's demo market (its module bootstraps first, being imported by
 * this one), into a database without deals, so that 交易服务 and 数据看板 have something to show.
 */
@Injectable()
export class DemoDeals implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly listings: ListingQueries,
    private readonly directory: Directory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM deals');
    const broker = await this.directory.personByEmail('broker@demo.market');
    if (n > 0 || !broker) return;
    const achievements = await this.listings.publishedAchievements(DEMO_DEALS.length, 'oldest');
    if (achievements.length < DEMO_DEALS.length) return;
    const year = marketYear(new Date());
    await this.dataSource.transaction(async (m) => {
      for (const [i, d] of DEMO_DEALS.entries()) await this.insert(m, broker.id, achievements[i], d, year, i);
      await m.query('INSERT INTO stat_targets (year, target) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING', [year, DEMO_TARGET]);
    });
    this.logger.log(`demo deals loaded: ${DEMO_DEALS.length}`);
  }

  private async insert(m: EntityManager, brokerId: string, a: AchievementCard, d: DemoDeal, year: number, i: number) {
    const buyer = await this.directory.personByEmail(d.buyerEmail, m);
    if (!buyer || buyer.organization.id === a.organizationId) return;
    // Registered in the given month (never in the future), at 10:00 on the market's clock.
    const month = Math.min(d.month ?? 1, wallParts(new Date()).month);
    const registeredAt = d.month ? wallTimeToInstant({ year, month, day: 5 + i, hour: 10, minute: 0 }) : null;
    const signedAt = d.amount ? new Date((registeredAt ?? new Date()).getTime() - 7 * 24 * 3600 * 1000) : null;
    // Every signed demo contract is confirmed by both parties (the one at 签约 waits in staff's
    // 合同待登记 list), a day after signing; registered ones carry numbers of the configured registry.
    const confirmedAt = signedAt ? new Date(Math.min(signedAt.getTime() + 24 * 3600 * 1000, Date.now())) : null;
    const serial = registeredAt ? i + 1 : null;
    const [{ id }] = await m.query(
      `INSERT INTO deals (stage, source, achievement_id, seller_organization_id, buyer_organization_id, broker_id, field, region, amount,
                          contract_type, contract_number, signed_at, registration_number, registered_at, created_by,
                          seller_confirmed_at, buyer_confirmed_at)
       VALUES ($1, 'workbench', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $5, $14, $14) RETURNING id`,
      [d.stage, a.id, a.organizationId, buyer.organization.id, brokerId, a.field, a.region, d.amount ?? null, d.type ?? null,
        d.type ? `WZ-HT-${year}-${String(i + 1).padStart(3, '0')}` : null, signedAt, serial ? formatRegistrationNumber(year, this.config.contractAreaCode, serial) : null, registeredAt,
        confirmedAt],
    );
    if (serial) {
      await m.query(
        `INSERT INTO registration_serials (year, area_code, last) VALUES ($1, $2, $3)
         ON CONFLICT (year, area_code) DO UPDATE SET last = GREATEST(registration_serials.last, $3)`,
        [year, this.config.contractAreaCode, serial],
      );
    }
    const steps = d.stage === 'terminated' ? ['intent', 'terminated'] : PATH.slice(0, PATH.indexOf(d.stage) + 1);
    let from: string | null = null;
    for (const to of steps) {
      const facts = to === 'registered' && serial ? { registrationNumber: formatRegistrationNumber(year, this.config.contractAreaCode, serial) } : null;
      await m.query('INSERT INTO deal_history (deal_id, actor_id, from_stage, to_stage, facts, note) VALUES ($1, $2, $3, $4, $5, $6)', [
        id, brokerId, from, to, facts && JSON.stringify(facts), from === null ? '撮合工作台推荐' : null,
      ]);
      from = to;
    }
  }
}
