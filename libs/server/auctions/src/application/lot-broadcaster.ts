import { Injectable, Logger } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { AUCTION_SOCKET } from '@market/contracts';
import { toLot } from './lot-rows';
import { LotQueries } from '../infrastructure/lot.queries';

/** After this long without a further change the room hears the lot's state; bursts coalesce. */
const COALESCE_MS = 15;

export const lotRoom = (lotId: string) => `lot:${lotId}`;

/**
 * Tells a lot's room (`lot.updated`) about its newest state after a bid, an opening, an extension
 * or a close. Changes in a burst are coalesced and the state is read fresh from Postgres, so the
 * last message always carries the latest lot; clients keep the one with the highest bidCount.
 * The namespace uses the Redis adapter, so a change made in one process (a worker's close, another
 * API copy's bid) reaches browsers connected to any copy.
 */
@Injectable()
export class LotBroadcaster {
  private readonly logger = new Logger('LotBroadcaster');
  private namespace: Namespace | null = null;
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly lots: LotQueries) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  /** At shutdown, before the Redis clients close: nothing more is sent, nothing is left pending. */
  detach(): void {
    this.namespace = null;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  touch(lotId: string): void {
    if (!this.namespace || this.pending.has(lotId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(lotId);
      this.emitNow(lotId).catch((e: Error) => this.logger.warn(`lot ${lotId} update not sent: ${e.message}`));
    }, COALESCE_MS);
    this.pending.set(lotId, timer);
  }

  private async emitNow(lotId: string): Promise<void> {
    const row = await this.lots.lot(lotId);
    if (row && this.namespace) this.namespace.to(lotRoom(lotId)).emit(AUCTION_SOCKET.lotUpdated, toLot(row, { staff: false }));
  }
}
