import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Field, ListingStatus } from '@market/contracts';

/** An achievement as other contexts need it beside their own records (lots, deals, demo seeds). */
export interface AchievementCard {
  id: string;
  title: string;
  organizationId: string;
  status: ListingStatus;
  field: Field;
  region: string;
  askingPrice: number | null;
}

type Reader = Pick<EntityManager, 'query'>;

interface CardRow {
  id: string;
  title: string;
  organization_id: string;
  status: ListingStatus;
  field: Field;
  region: string;
  asking_price: string | null;
}

const CARD_COLUMNS = 'id, title, organization_id, status, field, region, asking_price';

const toCard = (r: CardRow): AchievementCard => ({
  id: r.id,
  title: r.title,
  organizationId: r.organization_id,
  status: r.status,
  field: r.field,
  region: r.region,
  askingPrice: r.asking_price === null ? null : Number(r.asking_price),
});

/**
 * The catalog's read face for other contexts: they ask here instead of selecting from
 * `achievements`, so the catalog may change its tables without breaking auctions or deals.
 */
@Injectable()
export class ListingQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Achievements by id, whatever their status; ids that name nothing are absent from the map. */
  async achievements(ids: Iterable<string>, reader: Reader = this.dataSource): Promise<Map<string, AchievementCard>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return new Map();
    const rows: CardRow[] = await reader.query(`SELECT ${CARD_COLUMNS} FROM achievements WHERE id = ANY($1::uuid[])`, [list]);
    return new Map(rows.map((r) => [r.id, toCard(r)]));
  }

  /**
   * The achievements, locked against a concurrent withdrawal or edit (which lock the row FOR
   * UPDATE) until the caller's transaction ends; in id order, so two callers locking overlapping
   * sets cannot deadlock. Auctions put achievements into lots this way.
   */
  async lockAchievements(manager: EntityManager, ids: string[]): Promise<Map<string, AchievementCard>> {
    const rows: CardRow[] = await manager.query(`SELECT ${CARD_COLUMNS} FROM achievements WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
    return new Map(rows.map((r) => [r.id, toCard(r)]));
  }

  /** Published achievements, newest or oldest publication first: what the demo seeders pick from. */
  async publishedAchievements(limit: number, order: 'newest' | 'oldest', reader: Reader = this.dataSource): Promise<AchievementCard[]> {
    const direction = order === 'newest' ? 'DESC' : 'ASC';
    const rows: CardRow[] = await reader.query(
      `SELECT ${CARD_COLUMNS} FROM achievements WHERE status = 'published' ORDER BY published_at ${direction}, id ${direction} LIMIT $1`,
      [limit],
    );
    return rows.map(toCard);
  }
}
