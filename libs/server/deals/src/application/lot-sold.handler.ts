import { Injectable } from '@nestjs/common';
import { AUCTION_LOT_SOLD, type LotSoldEvent } from '@market/contracts';
import { OutboxHandler } from '@market/server/platform';
import { Deals } from './deals.service';

/** Auctions announce a sold lot through the outbox; the deal opens here, once per lot. */
@Injectable()
export class LotSoldHandler {
  constructor(private readonly deals: Deals) {}

  @OutboxHandler(AUCTION_LOT_SOLD)
  async onLotSold(payload: Record<string, unknown>): Promise<void> {
    await this.deals.openFromLot(payload as unknown as LotSoldEvent);
  }
}
