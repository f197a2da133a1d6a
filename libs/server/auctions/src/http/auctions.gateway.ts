import { Inject, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Namespace, Socket } from 'socket.io';
import { AUCTION_SOCKET, type Lot } from '@market/contracts';
import { APP_CONFIG, type AppConfig, redisOptionsFromUrl } from '@market/server/platform';
import { Auctions } from '../application/auctions.service';
import { LotBroadcaster, lotRoom } from '../application/lot-broadcaster';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The live room: a client emits `join` {lotId} and gets the lot back at once (as the ack and as
 * `lot.updated`), then every change. Read-only: bids go through HTTP, where auth, validation,
 * idempotency and the transaction live.
 */
@WebSocketGateway({ namespace: AUCTION_SOCKET.namespace, cors: { origin: false } })
export class AuctionsGateway implements OnGatewayInit, OnApplicationShutdown {
  private readonly logger = new Logger('AuctionsGateway');
  private readonly clients: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auctions: Auctions,
    private readonly broadcaster: LotBroadcaster,
  ) {}

  afterInit(namespace: Namespace): void {
    const pub = new Redis({ ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null });
    const sub = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', (e: Error) => this.logger.warn(`redis: ${e.message}`));
    this.clients.push(pub, sub);
    // One channel family per queue prefix, so that test runs and deployments never hear each other.
    namespace.server.adapter(createAdapter(pub, sub, { key: `${this.config.queuePrefix}:socket.io` }));
    this.broadcaster.attach(namespace.server.of(AUCTION_SOCKET.namespace));
  }

  async onApplicationShutdown(): Promise<void> {
    this.broadcaster.detach();
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }

  @SubscribeMessage(AUCTION_SOCKET.join)
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: { lotId?: unknown }): Promise<Lot | { error: string }> {
    const lotId = typeof body?.lotId === 'string' ? body.lotId : '';
    if (!UUID.test(lotId)) return { error: 'lotId must be a UUID' };
    try {
      const lot = await this.auctions.lot(undefined, lotId);
      await socket.join(lotRoom(lotId));
      socket.emit(AUCTION_SOCKET.lotUpdated, lot);
      return lot;
    } catch {
      return { error: 'lot not found' };
    }
  }

  @SubscribeMessage(AUCTION_SOCKET.leave)
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: { lotId?: unknown }): Promise<{ ok: true }> {
    if (typeof body?.lotId === 'string') await socket.leave(lotRoom(body.lotId));
    return { ok: true };
  }
}
