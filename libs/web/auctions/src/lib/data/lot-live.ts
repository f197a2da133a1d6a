import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { AUCTION_SOCKET, type Lot, type SocketBid, type SocketBidAnswer } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { io, type Socket } from 'socket.io-client';
import { clockSkewMs, isNewer } from './auction-format';

/** How long a bid waits for the socket's ack before the room sends it over HTTP instead. */
const BID_ACK_MS = 5000;

/**
 * One lot's live state over socket.io (`/auctions`, `join` → `lot.updated`). Rejoins after a
 * reconnect, keeps only newer states, and measures the browser's clock skew from each update.
 * The socket carries the access token, so a signed-in bidder can also bid over it.
 * Provided per room page, so leaving the page closes the connection.
 */
@Injectable()
export class LotLive {
  readonly lot = signal<Lot | null>(null);
  readonly connected = signal(false);
  /** Browser clock minus server clock, in ms. */
  readonly skewMs = signal(0);
  /** Set when an update moved the end later (an extension), to the new end. */
  readonly extendedTo = signal<string | null>(null);
  private socket: Socket | null = null;
  private readonly auth = inject(AuthStore);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.socket?.disconnect());
  }

  watch(lotId: string, first?: Lot): void {
    if (first) this.accept(first);
    this.socket?.disconnect();
    // a function, so that every (re)connection presents the token of the moment
    const socket = io(AUCTION_SOCKET.namespace, { transports: ['websocket', 'polling'], auth: (cb) => cb(this.auth.token() ? { token: this.auth.token() } : {}) });
    this.socket = socket;
    socket.on('connect', () => {
      this.connected.set(true);
      socket.emit(AUCTION_SOCKET.join, { lotId });
    });
    socket.on('disconnect', () => this.connected.set(false));
    socket.on(AUCTION_SOCKET.lotUpdated, (lot: Lot) => {
      if (lot.id === lotId) this.accept(lot);
    });
  }

  /**
   * Bids over the room's socket. Null when the socket gave no verdict (not connected, no answer in
   * time, or it connected before sign-in): the caller then sends the same bid, with the same
   * Idempotency-Key, over HTTP, so it is placed at most once either way.
   */
  async bid(lotId: string, amount: number, idempotencyKey: string): Promise<SocketBidAnswer | null> {
    const socket = this.socket;
    if (!socket?.connected) return null;
    const body: SocketBid = { lotId, amount, idempotencyKey };
    try {
      const answer: SocketBidAnswer = await socket.timeout(BID_ACK_MS).emitWithAck(AUCTION_SOCKET.bid, body);
      return !answer.ok && answer.error.statusCode === 401 ? null : answer;
    } catch {
      return null;
    }
  }

  /** A state from anywhere (the socket, or the answer to our own bid's refresh). */
  accept(lot: Lot): void {
    const current = this.lot();
    if (!isNewer(lot, current)) return;
    this.skewMs.set(clockSkewMs(lot.serverTime, Date.now()));
    if (current && current.status === 'open' && Date.parse(lot.endsAt) > Date.parse(current.endsAt)) this.extendedTo.set(lot.endsAt);
    this.lot.set(lot);
  }
}
