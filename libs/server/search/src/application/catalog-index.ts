import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Achievement, Need } from '@market/contracts';
import { APP_CONFIG, type AppConfig, OutboxBatchHandler, runsWorkers } from '@market/server/platform';
import { Listings } from '@market/server/catalog';
import { TOPICS, type ListingChanged, type ListingKind } from '@market/server/events';
import { ACHIEVEMENT_SETTINGS, ACHIEVEMENTS_INDEX, achievementDocument, INDEX_OF, NEED_SETTINGS, NEEDS_INDEX, needDocument, NEWEST_SEARCH_FIELD, type IndexedDocument, type IndexStats } from '../domain/documents';
import { MeiliIndexes } from '../infrastructure/meili-indexes';

/**
 * Keeps Meilisearch in step with Postgres. Every change event re-reads the item and indexes it if
 * published, removes it otherwise, so events may come twice or out of order without harm.
 */
@Injectable()
export class CatalogIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger('CatalogIndex');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indexes: MeiliIndexes,
    private readonly listings: Listings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ensureIndexes();
    } catch (e) {
      this.logger.warn(`could not configure the search indexes (is Meilisearch up?): ${(e as Error).message}`);
      return;
    }
    // Workers repair an empty or stale index in the background; the API is not held up for it.
    if (runsWorkers(this.config)) void this.resyncIfBehind().catch((e: Error) => this.logger.warn(`re-sync failed: ${e.message}`));
  }

  async ensureIndexes(): Promise<void> {
    await this.indexes.ensure(ACHIEVEMENTS_INDEX, ACHIEVEMENT_SETTINGS);
    await this.indexes.ensure(NEEDS_INDEX, NEED_SETTINGS);
  }

  /**
   * The changes of one claim together: an index update waits for its Meilisearch task, which
   * costs about as much for forty documents as for one, so a burst of approvals is indexed in a
   * few tasks instead of one task (and one wait) per approval.
   */
  @OutboxBatchHandler(TOPICS.catalogChanged)
  async onListingChanged(payloads: ListingChanged[]): Promise<void> {
    for (const kind of ['achievement', 'need'] as const) {
      const ids = [...new Set(payloads.filter((p) => p.kind === kind).map((p) => p.id))];
      const upserts: IndexedDocument[] = [];
      const removals: string[] = [];
      // one read at a time: a handler holds at most one connection (docs/decisions/0006)
      for (const id of ids) {
        const item = await this.listings.current(kind, id);
        if (item && item.status === 'published') upserts.push(this.document(kind, item));
        else removals.push(id);
      }
      await this.indexes.upsert(INDEX_OF[kind], upserts);
      await this.indexes.remove(INDEX_OF[kind], removals);
    }
  }

  /**
   * Indexes one published item now and waits for it. Meilisearch runs its tasks in the order they
   * were enqueued, so once this returns every change enqueued before it is searchable too: of two
   * items published at the same moment, whichever is indexed second finds the first.
   */
  async indexNow(kind: ListingKind, item: Achievement | Need): Promise<void> {
    if (item.status === 'published') await this.indexes.upsert(INDEX_OF[kind], [this.document(kind, item)]);
  }

  /** Rebuilds both indexes from Postgres (`npm run reindex`). */
  async reindex(): Promise<Record<ListingKind, number>> {
    await this.ensureIndexes();
    const counts = { achievement: 0, need: 0 } as Record<ListingKind, number>;
    for (const kind of ['achievement', 'need'] as const) {
      await this.indexes.clear(INDEX_OF[kind]);
      let after: string | null = null;
      for (;;) {
        const batch: Array<Achievement | Need> = await this.listings.publishedBatch(kind, after, 500);
        if (batch.length === 0) break;
        await this.indexes.upsert(INDEX_OF[kind], batch.map((item) => this.document(kind, item)));
        counts[kind] += batch.length;
        after = batch[batch.length - 1].id;
      }
    }
    return counts;
  }

  /** What each index holds now. */
  async stats(kind: ListingKind): Promise<IndexStats> {
    return this.indexes.stats(INDEX_OF[kind]);
  }

  /**
   * Re-syncs when the index holds a different number of documents than Postgres has published, or
   * documents of an older shape (written before the newest search field).
   */
  async resyncIfBehind(): Promise<boolean> {
    for (const kind of ['achievement', 'need'] as const) {
      const [published, stats] = await Promise.all([this.listings.countPublished(kind), this.stats(kind)]);
      const stale = published !== stats.documents ? `${stats.documents} documents, Postgres ${published} published` : (await this.indexes.holdsDocumentsWithout(INDEX_OF[kind], NEWEST_SEARCH_FIELD)) ? `documents without ${NEWEST_SEARCH_FIELD}` : null;
      if (stale) {
        this.logger.log(`${INDEX_OF[kind]} index has ${stale}: re-indexing`);
        await this.reindex();
        return true;
      }
    }
    return false;
  }

  private document(kind: ListingKind, item: Achievement | Need): IndexedDocument {
    return kind === 'achievement' ? achievementDocument(item as Achievement) : needDocument(item as Need);
  }
}
