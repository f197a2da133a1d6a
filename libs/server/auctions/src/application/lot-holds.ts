import { Injectable, OnModuleInit } from '@nestjs/common';
import { ListingHolds } from '@market/server/catalog';
import { LotQueries } from '../infrastructure/lot.queries';

/**
 * An achievement in a lot that has not closed is what bidders registered and paid a deposit for:
 * it may not be edited or withdrawn until the lot closes (the lot's own row says so).
 */
@Injectable()
export class LotHolds implements OnModuleInit {
  constructor(
    private readonly holds: ListingHolds,
    private readonly lots: LotQueries,
  ) {}

  onModuleInit(): void {
    this.holds.register(async (manager, kind, id) => {
      if (kind !== 'achievement') return null;
      const lot = await this.lots.holdOf(manager, id);
      if (!lot) return null;
      return lot.status === 'open' ? '该成果正在竞价中，竞价结束前不能修改或下架' : '该成果已安排竞价，竞价结束前不能修改或下架';
    });
  }
}
