import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis';

/** Whose work list a change may have moved: staff's queues, an organization's, one person's. */
export type WorkAudience = { staff: true } | { organization: string } | { user: string };

/** The socket room of an audience; the live gateway puts each connection in its rooms. */
export function workRoom(a: WorkAudience): string {
  if ('staff' in a) return 'work:staff';
  if ('organization' in a) return `work:org:${a.organization}`;
  return `work:user:${a.user}`;
}

/**
 * A nudge, after a change commits, to whoever's work list (工作台, the header badge, the bell) the
 * change may have moved. It carries no data: the browser asks `GET /api/me/todo` again, so a nudge
 * can never show a count the reader may not see. Nudges go over Redis pub/sub because the change
 * may commit in a worker while the browser's socket is held by an API process.
 */
@Injectable()
export class WorkSignals implements OnModuleDestroy {
  private readonly logger = new Logger(WorkSignals.name);
  private subscriber: Redis | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get channel(): string {
    return `${this.config.queuePrefix}:work`;
  }

  /** A lost nudge (Redis away) only leaves a badge stale until the next one or a reload. */
  async nudge(...audiences: Array<WorkAudience | null | undefined>): Promise<void> {
    const rooms = [...new Set(audiences.filter((a): a is WorkAudience => !!a).map(workRoom))];
    if (rooms.length === 0) return;
    try {
      await this.redis.publish(this.channel, JSON.stringify(rooms));
    } catch (e) {
      this.logger.warn(`could not nudge ${rooms.join(', ')}: ${(e as Error).message}`);
    }
  }

  /** Calls `heard` with the rooms of every nudge, from any process, until the module stops. */
  async listen(heard: (rooms: string[]) => void): Promise<void> {
    const sub = this.redis.duplicate({ maxRetriesPerRequest: null, commandTimeout: undefined });
    sub.on('error', (e: Error) => this.logger.warn(`redis: ${e.message}`));
    this.subscriber = sub;
    sub.on('message', (_channel: string, message: string) => {
      try {
        const rooms = JSON.parse(message) as unknown;
        if (Array.isArray(rooms)) heard(rooms.filter((r): r is string => typeof r === 'string'));
      } catch {
        // not ours: ignore
      }
    });
    await sub.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
    this.subscriber = null;
  }
}
