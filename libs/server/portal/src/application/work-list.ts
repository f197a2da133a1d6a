import { Injectable } from '@nestjs/common';
import { TODO_KINDS, type Todo, type TodoItem } from '@market/contracts';
import { Auctions } from '@market/server/auctions';
import { ListingWork, WORK_ENTRIES } from '@market/server/catalog';
import { Challenges } from '@market/server/challenges';
import { Deals } from '@market/server/deals';
import { Organizations, type AuthUser } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';

/**
 * `GET /api/me/todo`: each context counts its own part of what waits for the caller (which states
 * count, and where they are worked, is the owning context's rule); this puts them in one order.
 * The parts are asked one after another so that a request holds one pooled connection at a time
 * (docs/decisions/0006): a Monday morning of badges must not starve an auction's bids.
 */
@Injectable()
export class WorkList {
  constructor(
    private readonly listings: ListingWork,
    private readonly organizations: Organizations,
    private readonly auctions: Auctions,
    private readonly deals: Deals,
    private readonly notifications: Notifications,
    private readonly challenges: Challenges,
  ) {}

  async for(user: AuthUser): Promise<Todo> {
    const items: TodoItem[] = [];
    items.push(...(await this.listings.for(user)));
    items.push(...(await this.organizations.workFor(user, WORK_ENTRIES)));
    items.push(...(await this.auctions.workFor(user, WORK_ENTRIES)));
    items.push(...(await this.notifications.workFor(user, WORK_ENTRIES)));
    items.push(...(await this.deals.workFor(user, WORK_ENTRIES)));
    items.push(...(await this.challenges.workFor(user, WORK_ENTRIES)));
    items.sort((a, b) => TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind));
    return { total: items.reduce((sum, i) => sum + i.count, 0), items };
  }
}
