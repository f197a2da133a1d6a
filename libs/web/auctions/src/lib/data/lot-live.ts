import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { AUCTION_SOCKET, type Lot } from '@market/contracts';
import { io, type Socket } from 'socket.io-client';
import { clockSkewMs, isNewer } from './auction-format';

/**
 * One lot's live state over socket.io (`/auctions`, `join` → `lot.updated`). Rejoins after a
 * reconnect, keeps only newer states, and measures the browser's clock skew from each update.
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

  constructor() {
    inject(DestroyRef).onDestroy(() => this.socket?.disconnect());
  }

  watch(lotId: string, first?: Lot): void {
    if (first) this.accept(first);
    this.socket?.disconnect();
    const socket = io(AUCTION_SOCKET.namespace, { transports: ['websocket', 'polling'] });
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

  /** A state from anywhere (the socket, or the answer to our own bid's refresh). */
  accept(lot: Lot): void {
    const current = this.lot();
    if (!isNewer(lot, current)) return;
    this.skewMs.set(clockSkewMs(lot.serverTime, Date.now()));
    if (current && current.status === 'open' && Date.parse(lot.endsAt) > Date.parse(current.endsAt)) this.extendedTo.set(lot.endsAt);
    this.lot.set(lot);
  }
}
