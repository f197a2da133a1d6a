import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ListingKind } from './listing-kinds';

/**
 * Another context's reason why a listing must not change now, or null. It runs inside the
 * listing's change transaction, after the listing's row is locked, so what it reads cannot slip
 * out from under the change.
 */
export type ListingHold = (manager: EntityManager, kind: ListingKind, id: string) => Promise<string | null>;

/**
 * Where contexts that build on listings (auctions: a lot holds its achievement) say when a listing
 * may not be edited or archived. Catalog cannot import them (they depend on it), so they register
 * here at start-up.
 */
@Injectable()
export class ListingHolds {
  private readonly holds: ListingHold[] = [];

  register(hold: ListingHold): void {
    this.holds.push(hold);
  }

  async reason(manager: EntityManager, kind: ListingKind, id: string): Promise<string | null> {
    for (const hold of this.holds) {
      const why = await hold(manager, kind, id);
      if (why) return why;
    }
    return null;
  }
}
