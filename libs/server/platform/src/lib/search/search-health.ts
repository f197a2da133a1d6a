import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Whether Meilisearch answers, for the health check. The indexes, the client and the master key
 * belong to the search context (libs/server/search): only it reads or writes an index, so the
 * platform asks `GET /health`, which needs no key, and carries no Meilisearch type.
 */
@Injectable()
export class SearchHealth {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async isHealthy(): Promise<boolean> {
    try {
      // the client's own timeout was 5 s; a health check should not hang longer than that
      const res = await fetch(`${this.config.meiliUrl.replace(/\/+$/, '')}/health`, { signal: AbortSignal.timeout(5000) });
      return res.ok && ((await res.json()) as { status?: string }).status === 'available';
    } catch {
      return false;
    }
  }
}
