import { Inject, Injectable, Logger } from '@nestjs/common';
import { Meilisearch, type MultiSearchQuery, type SearchParams, type SearchResponse, type Settings } from 'meilisearch';
import { APP_CONFIG, type AppConfig, fail } from '@market/server/platform';
import { SEARCH_ERRORS } from '@market/contracts';
import type { IndexedDocument, IndexStats } from '../domain/documents';

/** One query of a multi-search: the index by its name without the prefix. */
export interface IndexQuery {
  index: string;
  q: string;
  params: SearchParams;
}

/** How long a read index version stands (see version()). */
const VERSION_TTL_MS = 1000;

/**
 * The only door to Meilisearch, and private to the search context: no Meilisearch type leaves this
 * library (the matcher and the rest of the server see CandidateSearch and CatalogIndex). The prefix
 * keeps tests and a development instance apart on one server; the master key never leaves this
 * class.
 */
@Injectable()
export class MeiliIndexes {
  private readonly logger = new Logger('Search');
  private readonly client: Meilisearch;
  private readonly versions = new Map<string, { at: number; version: Promise<number> }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.meiliUrl,
      apiKey: config.meiliMasterKey,
      timeout: 5000,
      // Meilisearch runs next to the app: compressing each answer there and inflating it here costs
      // CPU on both sides (a tenth of the process's time in a burst of matching) and saves nothing.
      requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    });
  }

  private uid(name: string): string {
    return `${this.config.searchIndexPrefix}${name}`;
  }

  /** Creates the index if needed and applies settings from code; waits until Meilisearch has done it. */
  async ensure(name: string, settings: Settings): Promise<void> {
    const uid = this.uid(name);
    await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 }).catch(() => undefined);
    await this.client.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 });
    this.versions.delete(name);
  }

  async upsert(name: string, docs: IndexedDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await this.client.index<IndexedDocument>(this.uid(name)).addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    this.versions.delete(name);
  }

  async remove(name: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.client.index(this.uid(name)).deleteDocuments(ids).waitTask({ timeout: 30_000 });
    this.versions.delete(name);
  }

  async clear(name: string): Promise<void> {
    await this.client.index(this.uid(name)).deleteAllDocuments().waitTask({ timeout: 60_000 });
    this.versions.delete(name);
  }

  async stats(name: string): Promise<IndexStats> {
    const stats = await this.client.index(this.uid(name)).getStats();
    return { documents: stats.numberOfDocuments, indexing: stats.isIndexing };
  }

  /** Whether the index holds documents written before `field` existed (one document tells: all are written alike). */
  async holdsDocumentsWithout(name: string, field: string): Promise<boolean> {
    const { results } = await this.client.index<IndexedDocument>(this.uid(name)).getDocuments({ limit: 1, fields: ['id', field] });
    return results.length > 0 && !(field in results[0]);
  }

  /**
   * The uid of the index's newest succeeded task: every change of its documents or settings is a
   * task, so answers read while this number stands are still what a search would answer. Asked at
   * most once per VERSION_TTL_MS and forgotten at once when this process changes the index: a
   * burst of matching asks it for every item, and a change made by another process is seen within
   * the TTL, well inside the time the index itself takes to catch up with Postgres.
   */
  version(name: string): Promise<number> {
    const known = this.versions.get(name);
    if (known && Date.now() - known.at < VERSION_TTL_MS) return known.version;
    const version = this.newestTask(name);
    const entry = { at: Date.now(), version };
    this.versions.set(name, entry);
    version.catch(() => this.versions.get(name) === entry && this.versions.delete(name));
    return version;
  }

  private async newestTask(name: string): Promise<number> {
    try {
      const { results } = await this.client.tasks.getTasks({ indexUids: [this.uid(name)], statuses: ['succeeded'], limit: 1 });
      return results[0]?.uid ?? 0;
    } catch (e) {
      throw this.down(name, e as Error);
    }
  }

  async search(name: string, q: string, params: SearchParams): Promise<SearchResponse<IndexedDocument>> {
    try {
      return await this.client.index<IndexedDocument>(this.uid(name)).search(q, params);
    } catch (e) {
      throw this.down(name, e as Error);
    }
  }

  /**
   * Several queries in one request (Meilisearch's multi-search), answers in the queries' order: a
   * match check asks a dozen or more, and one round trip spares both processes the HTTP and JSON
   * work of the others.
   */
  async searchMany(queries: IndexQuery[]): Promise<Array<SearchResponse<IndexedDocument>>> {
    if (queries.length === 0) return [];
    try {
      const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, IndexedDocument>({
        queries: queries.map((query) => ({ indexUid: this.uid(query.index), q: query.q, ...query.params })),
      });
      return results;
    } catch (e) {
      throw this.down([...new Set(queries.map((query) => query.index))].join(', '), e as Error);
    }
  }

  private down(what: string, e: Error) {
    this.logger.warn(`search on ${what} failed: ${e.message}`);
    return fail(SEARCH_ERRORS.UNAVAILABLE);
  }
}
