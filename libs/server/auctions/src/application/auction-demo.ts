import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { Directory, type AuthUser } from '@market/server/identity';
import { ListingQueries, type AchievementCard } from '@market/server/catalog';
import { Auctions } from './auctions.service';
import { Bidding } from './bidding.service';
import { AuctionQueries } from '../infrastructure/auction.queries';

const DEMO_ENTERPRISE = 'enterprise@demo.market';
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/**
 * With the demo market (DEMO_SEED), one live auction with a first bid, one upcoming auction, and
 * one that closes with a sale a few seconds after start (its lot's clock closes it as any other),
 * made of the demo's newest published achievements, so that every tab of 竞价大厅 — and a 结果公示
 * with its 成交确认书 — has something on first start.
 * Runs after the catalog's seeder (this module imports the catalog's) and only on a market
 * without auctions.
 */
@Injectable()
export class AuctionDemo implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: AuctionQueries,
    private readonly auctions: Auctions,
    private readonly bidding: Bidding,
    private readonly listings: ListingQueries,
    private readonly directory: Directory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    try {
      await this.seedIfEmpty();
    } catch (e) {
      this.logger.warn(`demo auctions not loaded: ${(e as Error).message}`);
    }
  }

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.queries.countAll()) > 0) return false;
    const picks = await this.listings.publishedAchievements(4, 'newest');
    const staff = await this.directory.firstStaff();
    const buyer = await this.directory.personByEmail(DEMO_ENTERPRISE);
    if (picks.length < 4 || !staff || !buyer) return false;
    const lot = (p: AchievementCard, endsInHours: number) => {
      const start = Math.max(10_000, Math.round(((p.askingPrice ?? 300_000) * 0.6) / 10_000) * 10_000);
      return { achievementId: p.id, startingPrice: start, increment: 10_000, deposit: Math.round(start / 10), endsAt: hours(endsInHours) };
    };
    const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const asStaff: AuthUser = { id: staff.id, role: 'staff', organizationId: staff.organization.id };
    const live = await this.auctions.create(asStaff, {
      title: '瓯江科技成果专场竞价会',
      description: '科技局组织的成果公开竞价（演示）：企业报名并经确认保证金后出价，竞买人以竞买号出现。',
      startsAt: hours(-1),
      extensionSeconds: 300,
      lots: [lot(picks[0], 48), lot(picks[1], 72)],
    });
    await this.auctions.create(asStaff, {
      title: '先进制造成果专场竞价会（预告）',
      startsAt: hours(24 * 7),
      extensionSeconds: 300,
      lots: [lot(picks[2], 24 * 7 + 4)],
    });
    const asBuyer: AuthUser = { id: buyer.id, role: 'enterprise', organizationId: buyer.organization.id };
    const registration = await this.auctions.register(asBuyer, live.id);
    await this.auctions.confirmDeposit(live.id, registration.id, asStaff, { amount: live.rules.deposit.amount, reference: 'DEMO-保证金-0001' });
    await this.bidding.place(asBuyer, live.lots[0].id, live.lots[0].startingPrice);
    // sold within half a minute: the 已结束 tab, its 结果公示 and the buyer's 成交确认书
    const closing = await this.auctions.create(asStaff, {
      title: '绿色低碳成果专场竞价会',
      description: '已结束的演示专场：拍品在开拍后数十秒内成交，可查看结果公示与成交确认书。',
      startsAt: hours(-2),
      extensionSeconds: 0,
      lots: [{ ...lot(picks[3], 1), endsAt: inSeconds(30) }],
    });
    const second = await this.auctions.register(asBuyer, closing.id);
    await this.auctions.confirmDeposit(closing.id, second.id, asStaff, { amount: closing.rules.deposit.amount, reference: 'DEMO-保证金-0002' });
    await this.bidding.place(asBuyer, closing.lots[0].id, closing.lots[0].startingPrice);
    return true;
  }
}
