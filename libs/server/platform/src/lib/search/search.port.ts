import { Inject, Injectable, Logger } from '@nestjs/common';
import { Meilisearch, type Index, type SearchParams, type SearchResponse, type Settings } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { unavailable } from '../errors/domain-error';

export type SearchDocument = Record<string, unknown> & { id: string };

/**
 * The only door to Meilisearch. Contexts create and own their indexes through it; the prefix keeps
 * tests and a development instance apart on one server; the master key never leaves this class.
 */
@Injectable()
export class SearchPort {
  private readonly logger = new Logger('Search');
  private readonly client: Meilisearch;

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

  indexName(name: string): string {
    return `${this.config.searchIndexPrefix}${name}`;
  }

  index(name: string): Index<SearchDocument> {
    return this.client.index<SearchDocument>(this.indexName(name));
  }

  /** Creates the index if needed and applies settings from code; waits until Meilisearch has done it. */
  async ensureIndex(name: string, settings: Settings): Promise<void> {
    const uid = this.indexName(name);
    await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 }).catch(() => undefined);
    await this.client.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 });
  }

  async upsert(name: string, docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await this.index(name).addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
  }

  async remove(name: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.index(name).deleteDocuments(ids).waitTask({ timeout: 30_000 });
  }

  async search(name: string, q: string, params: SearchParams): Promise<SearchResponse<SearchDocument>> {
    try {
      return await this.index(name).search(q, params);
    } catch (e) {
      this.logger.warn(`search on ${name} failed: ${(e as Error).message}`);
      throw unavailable('SEARCH.UNAVAILABLE', '搜索服务暂时不可用，请稍后再试 (search is temporarily unavailable)');
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
