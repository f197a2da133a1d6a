import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Lot } from '@market/contracts';
import { JOBS, TOPICS, type LotSold } from '@market/server/events';
import { APP_CONFIG, type AppConfig, JobHandler, JobQueue, Outbox, runsWorkers, ChangeSignals } from '@market/server/platform';
import { Notifications } from '@market/server/notifications';
import { dueAction, lotResult } from '../domain/bidding';
import { LotBroadcaster } from './lot-broadcaster';
import { LotQueries } from '../infrastructure/lot.queries';

/** The sweep's period: overdue work (after downtime or a lost job) is done within this. */
export const SWEEP_EVERY_MS = 1000;
/** Each sweep also arms in-process timers for moments this close, so lots open and close on time even without Redis. */
const ARM_AHEAD_MS = 3000;
/** A delayed job may fire a little early; up to this much early, it waits for the moment itself. */
const EARLY_TOLERANCE_MS = 2000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const yuan = (n: number) => n.toLocaleString('zh-CN');

/**
 * Opens and closes lots by themselves. Each lot gets delayed BullMQ jobs with stable ids (the
 * close job's id carries the end time, so a moved end schedules a new job and the old one finds
 * nothing to do). Every worker also sweeps from its own timer (not from Redis, which may be down
 * or may have lost its data): at start-up and every SWEEP_EVERY_MS it handles anything overdue and
 * arms local timers for what is due in the next few seconds. Opening and closing are conditional
 * UPDATEs, so jobs, re-deliveries, timers and other workers can race freely: exactly one of them
 * changes the lot.
 */
@Injectable()
export class LotClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LotClock');
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly armed = new Map<string, NodeJS.Timeout>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly notifications: Notifications,
    private readonly broadcaster: LotBroadcaster,
    private readonly lots: LotQueries,
    private readonly changes: ChangeSignals,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    // Start-up: close what ended while we were down, then make sure every pending lot has its jobs
    // (Redis may have lost them), then keep sweeping.
    await this.sweep().catch((e: Error) => this.logger.warn(`start-up sweep failed: ${e.message}`));
    const pending = await this.lots.pending();
    await this.scheduleAll(pending.map((r) => ({ id: r.id, status: r.status, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString() })));
    this.sweepTimer = setInterval(() => {
      this.sweep()
        .then(() => this.armSoon())
        .catch((e: Error) => this.logger.warn(`sweep failed: ${e.message}`));
    }, SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    for (const t of this.armed.values()) clearTimeout(t);
    this.armed.clear();
  }

  /** Local timers for opens and closes due within ARM_AHEAD_MS: on time even when Redis is away. */
  private async armSoon(): Promise<void> {
    const rows = await this.lots.dueWithin(ARM_AHEAD_MS / 1000);
    for (const r of rows) {
      const [at, action] = r.status === 'scheduled' && r.starts_at < r.ends_at && r.starts_at.getTime() > Date.now() ? [r.starts_at, 'open'] : [r.ends_at, 'close'];
      const key = `${r.id}:${action}:${at.getTime()}`;
      if (this.armed.has(key)) continue;
      const timer = setTimeout(() => {
        this.armed.delete(key);
        const run = action === 'open' ? this.open(r.id) : this.close(r.id);
        run.catch((e: Error) => this.logger.warn(`lot ${r.id} ${action} failed: ${e.message}`));
      }, Math.max(0, at.getTime() - Date.now()));
      timer.unref();
      this.armed.set(key, timer);
    }
  }

  /** Delayed open and close jobs for these lots; ids are stable, so scheduling twice is harmless. */
  async scheduleAll(lots: Array<Pick<Lot, 'id' | 'status' | 'startsAt' | 'endsAt'>>): Promise<void> {
    try {
      for (const lot of lots) {
        if (lot.status === 'scheduled') {
          await this.jobs.add(JOBS.lotOpen, { lotId: lot.id }, { jobId: `lot-open-${lot.id}`, delay: Math.max(0, Date.parse(lot.startsAt) - Date.now()) });
        }
        if (lot.status !== 'closed') await this.scheduleClose(lot.id, new Date(lot.endsAt));
      }
    } catch (e) {
      // Redis down: the rows are safe in Postgres and the sweep will act when it is back.
      this.logger.warn(`could not schedule lot jobs: ${(e as Error).message}`);
    }
  }

  async scheduleClose(lotId: string, endsAt: Date): Promise<void> {
    await this.jobs.add(JOBS.lotClose, { lotId }, { jobId: `lot-close-${lotId}-${endsAt.getTime()}`, delay: Math.max(0, endsAt.getTime() - Date.now()) });
  }

  @JobHandler(JOBS.lotOpen)
  async onOpenJob({ lotId }: { lotId: string }): Promise<string> {
    await this.waitIfEarly(await this.lots.scheduledStart(lotId));
    return (await this.open(lotId)) ? 'opened' : 'nothing to do';
  }

  @JobHandler(JOBS.lotClose)
  async onCloseJob({ lotId }: { lotId: string }): Promise<string> {
    await this.waitIfEarly(await this.lots.pendingEnd(lotId));
    return (await this.close(lotId)) ? 'closed' : 'nothing to do';
  }

  @JobHandler(JOBS.auctionSweep)
  async sweep(): Promise<string> {
    const rows = await this.lots.overdue();
    let changed = 0;
    for (const r of rows) {
      const action = dueAction({ status: r.status, startsAt: r.starts_at, endsAt: r.ends_at }, new Date());
      if (action === 'open' && (await this.open(r.id))) changed++;
      if (action === 'close' && (await this.close(r.id))) changed++;
    }
    return `changed ${changed}`;
  }

  private async waitIfEarly(at: Date | undefined): Promise<void> {
    const early = at ? at.getTime() - Date.now() : 0;
    if (early > 0 && early <= EARLY_TOLERANCE_MS) await sleep(early);
  }

  async open(lotId: string): Promise<boolean> {
    const opened = await this.lots.open(lotId);
    if (opened) this.broadcaster.touch(lotId);
    return opened;
  }

  /**
   * Closes a lot whose end has passed, in one transaction: the result, the sold-lot event for the
   * deals context, and the bidders' notifications. The row lock of the UPDATE orders it against bids.
   */
  async close(lotId: string): Promise<boolean> {
    const closed = await this.dataSource.transaction(async (m) => {
      // exactly one caller closes, and the row lock it takes holds until commit (LotQueries.close)
      const row = await this.lots.close(m, lotId);
      if (!row) return null;
      // sold or unsold: the one rule, domain/bidding.ts
      const result = lotResult({ bidCount: row.bid_count, currentPrice: row.current_price === null ? null : Number(row.current_price), reservePrice: row.reserve_price === null ? null : Number(row.reserve_price) });
      await this.lots.setResult(m, lotId, result);
      const lot = { ...row, result };
      const bidders = await this.lots.bidders(m, lotId);
      const price = lot.current_price === null ? 0 : Number(lot.current_price);
      let winner: string | null = null;
      if (lot.result === 'sold') {
        winner = await this.lots.registrationOrganization(m, lot.leading_registration_id);
        const event: LotSold = {
          lotId: lot.id,
          auctionId: lot.auction_id,
          achievementId: lot.achievement_id,
          sellerOrganizationId: lot.seller_organization_id,
          buyerOrganizationId: winner,
          amount: price,
          closedAt: lot.closed_at.toISOString(),
        };
        await this.outbox.add(m, TOPICS.lotSold, event);
      }
      const link = `/auctions/lots/${lot.id}`;
      const dedupeKey = `auction_result:${lot.id}`;
      for (const organization_id of bidders) {
        const won = organization_id === winner;
        await this.notifications.toOrganization(m, organization_id, {
          kind: 'auction_result',
          title: won ? `竞价成交：${lot.title}` : `竞价结果：${lot.title}`,
          body: won
            ? `贵单位以 ${yuan(price)} 元竞得该成果，技术经纪人将联系双方办理交易。`
            : lot.result === 'sold'
              ? `该拍品已由其他竞买人以 ${yuan(price)} 元竞得，贵单位的保证金将予以退还。`
              : `该拍品未达到保留价，流拍；贵单位的保证金将予以退还。`,
          link,
          dedupeKey,
        });
      }
      await this.notifications.toOrganization(m, lot.seller_organization_id, {
        kind: 'auction_result',
        title: lot.result === 'sold' ? `拍品成交：${lot.title}` : `拍品流拍：${lot.title}`,
        body: lot.result === 'sold' ? `成交价 ${yuan(price)} 元，共 ${lot.bid_count} 次出价。` : `共 ${lot.bid_count} 次出价，未达到保留价或无人出价。`,
        link,
        dedupeKey,
      });
      return lot;
    });
    if (!closed) return false;
    if (closed.result === 'sold') await this.outbox.kick('lot sold');
    await this.changes.touch('auctions');
    this.broadcaster.touch(lotId);
    return true;
  }
}
