import { Inject, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Namespace, Socket } from 'socket.io';
import { AUCTION_SOCKET, AUTH_ERRORS, type Lot, type SocketBidAnswer } from '@market/contracts';
import { APP_CONFIG, type AppConfig, errorAnswer, fail, inputProblem, inputRefusal, redisOptionsFromUrl, validationPipe } from '@market/server/platform';
import { AccessTokens, type VerifiedToken } from '@market/server/identity';
import { Auctions } from '../application/auctions.service';
import { Bidding } from '../application/bidding.service';
import { LotBroadcaster, lotRoom } from '../application/lot-broadcaster';
import { SocketBidDto } from './auction.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The live room: a client emits `join` {lotId} and gets the lot back at once (as the ack and as
 * `lot.updated`), then every change. A socket that connected with an access token may also `bid`
 * (an enterprise in the last seconds of a lot already holds this connection): the message is
 * validated like the HTTP body and goes to the same Bidding service, so the rules, the batch
 * transaction and Idempotency-Key are those of `POST /api/lots/:id/bids`; the ack carries the
 * placed bid or the error body HTTP would have answered.
 */
@WebSocketGateway({ namespace: AUCTION_SOCKET.namespace, cors: { origin: false } })
export class AuctionsGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationShutdown {
  private readonly logger = new Logger('AuctionsGateway');
  private readonly clients: Redis[] = [];
  /** The HTTP routes' validation, so a socket bid gets the same 400s as the request body would. */
  private readonly validation = validationPipe();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auctions: Auctions,
    private readonly bidding: Bidding,
    private readonly broadcaster: LotBroadcaster,
    private readonly tokens: AccessTokens,
  ) {
  }

  afterInit(namespace: Namespace): void {
    const pub = new Redis({ ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null });
    const sub = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', (e: Error) => this.logger.warn(`redis: ${e.message}`));
    this.clients.push(pub, sub);
    // One channel family per queue prefix, so that test runs and deployments never hear each other.
    namespace.server.adapter(createAdapter(pub, sub, { key: `${this.config.queuePrefix}:socket.io` }));
    this.broadcaster.attach(namespace.server.of(AUCTION_SOCKET.namespace));
  }

  /** The token is checked once, at the handshake; its expiry is checked again at every bid. */
  handleConnection(socket: Socket): void {
    const verified = this.tokens.verify((socket.handshake.auth as { token?: unknown } | undefined)?.token);
    if (verified) socket.data.bidder = verified;
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

  @SubscribeMessage(AUCTION_SOCKET.bid)
  async bid(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketBidAnswer> {
    try {
      const bidder = socket.data.bidder as VerifiedToken | undefined;
      if (!bidder || bidder.expiresAtMs <= Date.now()) throw fail(AUTH_ERRORS.TOKEN_REQUIRED);
      if (!(await this.tokens.stillValid(bidder.user))) throw fail(AUTH_ERRORS.TOKEN_REVOKED);
      // the same input guard as every HTTP request, before validation
      const problem = inputProblem(body);
      if (problem) throw inputRefusal(problem);
      const dto: SocketBidDto = await this.validation.transform(body, { type: 'body', metatype: SocketBidDto });
      return { ok: true, bid: await this.bidding.place(bidder.user, dto.lotId, dto.amount, dto.idempotencyKey) };
    } catch (e) {
      const { status, body: error } = errorAnswer(e);
      if (status >= 500 && status !== 503) this.logger.error(e instanceof Error ? e.stack : String(e));
      return { ok: false, error };
    }
  }
}
