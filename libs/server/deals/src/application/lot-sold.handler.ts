import { Injectable } from '@nestjs/common';
import { TOPICS, type LotSold } from '@market/server/events';
import { OutboxHandler } from '@market/server/platform';
import { Deals } from './deals.service';

/** Auctions announce a sold lot through the outbox; the deal opens here, once per lot. */
@Injectable()
export class LotSoldHandler {
  constructor(private readonly deals: Deals) {}

  @OutboxHandler(TOPICS.lotSold)
  async onLotSold(payload: LotSold): Promise<void> {
    await this.deals.openFromLot(payload);
  }
}
