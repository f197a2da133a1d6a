import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JOBS, TOPICS, type ChallengeAwarded } from '@market/server/events';
import { APP_CONFIG, type AppConfig, ChangeSignals, JobHandler, JobQueue, Outbox, runsWorkers, WorkSignals } from '@market/server/platform';
import { Notifications } from '@market/server/notifications';
import { ChallengeQueries } from '../infrastructure/challenge.queries';
import { ApplicationQueries } from '../infrastructure/application.queries';

/** The sweep's period: a moment missed by its job (downtime, a lost job) is acted on within this. */
export const CHALLENGE_SWEEP_MS = 1000;
/** Each sweep also arms in-process timers for moments this close, so they happen on time even without Redis. */
const ARM_AHEAD_MS = 3000;

const yuan = (n: number) => n.toLocaleString('zh-CN');

/**
 * A challenge's two moments, by themselves: the deadline (open → evaluating) and the
 * announcement's end (announced → awarded, with the deal's event in the same transaction). The
 * same machinery as lots (docs/decisions/0015): a delayed BullMQ job per moment whose id carries
 * the time (a moved moment gets a new job; the old one finds nothing to do), plus every worker's
 * own sweep at start-up and each second, plus local timers for what is due in the next seconds.
 * Both moves are conditional UPDATEs, so jobs, re-deliveries, timers and other workers may race:
 * exactly one of them moves the challenge.
 */
@Injectable()
export class ChallengeMoments implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChallengeMoments');
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly armed = new Map<string, NodeJS.Timeout>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly notifications: Notifications,
    private readonly challenges: ChallengeQueries,
    private readonly applications: ApplicationQueries,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    // Start-up: act on what came due while we were down, make sure every pending moment has its
    // job (Redis may have lost them), then keep sweeping.
    await this.sweep().catch((e: Error) => this.logger.warn(`start-up sweep failed: ${e.message}`));
    for (const p of await this.challenges.pendingMoments()) await this.schedule(p.id, p.at);
    this.sweepTimer = setInterval(() => {
      this.sweep()
        .then(() => this.armSoon())
        .catch((e: Error) => this.logger.warn(`sweep failed: ${e.message}`));
    }, CHALLENGE_SWEEP_MS);
    this.sweepTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    for (const t of this.armed.values()) clearTimeout(t);
    this.armed.clear();
  }

  /** A delayed job at the moment; the id carries it, so scheduling twice is harmless. */
  async schedule(challengeId: string, at: Date): Promise<void> {
    try {
      await this.jobs.add(JOBS.challengeDue, { challengeId }, { jobId: `challenge-due-${challengeId}-${at.getTime()}`, delay: Math.max(0, at.getTime() - Date.now()) });
    } catch (e) {
      // Redis down: the row is safe in Postgres and the sweep will act when the moment comes.
      this.logger.warn(`could not schedule challenge ${challengeId}: ${(e as Error).message}`);
    }
  }

  @JobHandler(JOBS.challengeDue)
  async onDue({ challengeId }: { challengeId: string }): Promise<string> {
    return (await this.due(challengeId)) ? 'moved' : 'nothing to do';
  }

  /** Whatever is due for one challenge: its deadline's close, or its announcement's award. */
  async due(challengeId: string): Promise<boolean> {
    return (await this.close(challengeId)) || (await this.finalize(challengeId));
  }

  async sweep(): Promise<string> {
    let moved = 0;
    for (const id of await this.challenges.overdue()) if (await this.due(id)) moved++;
    return `moved ${moved}`;
  }

  private async armSoon(): Promise<void> {
    for (const r of await this.challenges.dueWithin(ARM_AHEAD_MS / 1000)) {
      const key = `${r.id}:${r.at.getTime()}`;
      if (this.armed.has(key)) continue;
      const timer = setTimeout(() => {
        this.armed.delete(key);
        this.due(r.id).catch((e: Error) => this.logger.warn(`challenge ${r.id} failed: ${e.message}`));
      }, Math.max(0, r.at.getTime() - Date.now()));
      timer.unref();
      this.armed.set(key, timer);
    }
  }

  /** The deadline: no more applications; the publisher, the applicants and staff (who name reviewers) are told. */
  async close(challengeId: string): Promise<boolean> {
    const row = await this.dataSource.transaction(async (m) => {
      const row = await this.challenges.close(m, challengeId);
      if (!row) return null;
      const apps = await this.applications.ofChallenge(row.id, m);
      const link = `/challenges/${row.id}`;
      await this.notifications.toOrganization(m, row.organization_id, {
        kind: 'challenge_result',
        title: `揭榜截止：${row.title}`,
        body: `共收到 ${apps.length} 份揭榜方案，科技局将组织专家评审。`,
        link,
        dedupeKey: `challenge-closed-${row.id}`,
      });
      for (const a of apps) {
        await this.notifications.toOrganization(m, a.organization_id, {
          kind: 'challenge_result',
          title: `揭榜截止，进入评审：${row.title}`,
          body: '贵单位的揭榜方案已进入专家评审，结果公示时将另行通知。',
          link,
          dedupeKey: `challenge-closed-${row.id}`,
        });
      }
      await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
      return row;
    });
    if (!row) return false;
    await this.after(row.organization_id, true);
    return true;
  }

  /**
   * The announcement's end with no open objection: awarded, and in the same transaction the event
   * from which deals opens the deal between the publisher and the winner at the bounty.
   */
  async finalize(challengeId: string): Promise<boolean> {
    const row = await this.dataSource.transaction(async (m) => {
      const row = await this.challenges.finalize(m, challengeId);
      if (!row) return null;
      const winner = row.winner_application_id ? await this.applications.byId(row.id, row.winner_application_id, m) : undefined;
      // the table's CHECK and foreign key make this impossible; roll back rather than award nobody
      if (!winner) throw new Error(`challenge ${row.id} announced without a winner`);
      const event: ChallengeAwarded = {
        challengeId: row.id,
        title: row.title,
        field: row.field,
        region: row.region,
        publisherOrganizationId: row.organization_id,
        winnerOrganizationId: winner.organization_id,
        applicationId: winner.id,
        amount: Number(row.bounty),
        awardedAt: (row.awarded_at ?? new Date()).toISOString(),
      };
      await this.outbox.add(m as EntityManager, TOPICS.challengeAwarded, event);
      await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
      const link = `/challenges/${row.id}/announcement`;
      await this.notifications.toOrganization(m, winner.organization_id, {
        kind: 'challenge_result',
        title: `揭榜成功：${row.title}`,
        body: `公示期满无异议，贵单位揭榜成功。平台将按悬赏金额 ${yuan(Number(row.bounty))} 元开启交易，技术经纪人将联系双方。`,
        link,
        dedupeKey: `challenge-awarded-${row.id}`,
      });
      await this.notifications.toOrganization(m, row.organization_id, {
        kind: 'challenge_result',
        title: `榜单已揭榜：${row.title}`,
        body: `公示期满无异议，交易已按悬赏金额 ${yuan(Number(row.bounty))} 元开启。`,
        link,
        dedupeKey: `challenge-awarded-${row.id}`,
      });
      return row;
    });
    if (!row) return false;
    await this.after(row.organization_id, false);
    return true;
  }

  private async after(organizationId: string, staffToo: boolean): Promise<void> {
    await this.outbox.kick('challenge moment');
    await this.changes.touch('challenges');
    await this.work.nudge({ organization: organizationId }, staffToo ? { staff: true } : null);
  }
}
