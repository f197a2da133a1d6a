import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PUBLIC_CHALLENGE_STATUSES, type Challenge } from '@market/contracts';
import { APP_CONFIG, type AppConfig, OutboxBatchHandler, runsWorkers } from '@market/server/platform';
import { Challenges } from '@market/server/challenges';
import { TOPICS, type ChallengeChanged } from '@market/server/events';
import { CHALLENGE_SETTINGS, CHALLENGES_INDEX, challengeDocument } from '../domain/challenge-documents';
import { MeiliIndexes } from '../infrastructure/meili-indexes';

const PUBLIC = new Set<string>(PUBLIC_CHALLENGE_STATUSES);

/**
 * Keeps the challenges index in step with Postgres, as CatalogIndex does for listings: every change
 * re-reads the challenge and indexes it while public (open to failed, with its status as a facet),
 * removes it otherwise; events may come twice or out of order without harm.
 */
@Injectable()
export class ChallengeIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger('ChallengeIndex');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indexes: MeiliIndexes,
    private readonly challenges: Challenges,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.indexes.ensure(CHALLENGES_INDEX, CHALLENGE_SETTINGS);
    } catch (e) {
      this.logger.warn(`could not configure the challenges index (is Meilisearch up?): ${(e as Error).message}`);
      return;
    }
    if (runsWorkers(this.config)) void this.resyncIfBehind().catch((e: Error) => this.logger.warn(`re-sync failed: ${e.message}`));
  }

  @OutboxBatchHandler(TOPICS.challengeChanged)
  async onChanged(payloads: ChallengeChanged[]): Promise<void> {
    const upserts = [];
    const removals: string[] = [];
    // one read at a time: a handler holds at most one connection (docs/decisions/0006)
    for (const id of new Set(payloads.map((p) => p.id))) {
      const c = await this.challenges.current(id);
      if (c && PUBLIC.has(c.status)) upserts.push(challengeDocument(c));
      else removals.push(id);
    }
    await this.indexes.upsert(CHALLENGES_INDEX, upserts);
    await this.indexes.remove(CHALLENGES_INDEX, removals);
  }

  /** Indexes one public challenge now and waits for it (matching searches right after). */
  async indexNow(c: Challenge): Promise<void> {
    if (PUBLIC.has(c.status)) await this.indexes.upsert(CHALLENGES_INDEX, [challengeDocument(c)]);
  }

  /** Rebuilds the index from Postgres (`npm run reindex`). */
  async reindex(): Promise<number> {
    await this.indexes.ensure(CHALLENGES_INDEX, CHALLENGE_SETTINGS);
    await this.indexes.clear(CHALLENGES_INDEX);
    let count = 0;
    let after: string | null = null;
    for (;;) {
      const batch: Challenge[] = await this.challenges.publicBatch(after, 500);
      if (batch.length === 0) break;
      await this.indexes.upsert(CHALLENGES_INDEX, batch.map(challengeDocument));
      count += batch.length;
      after = batch[batch.length - 1].id;
    }
    return count;
  }

  async resyncIfBehind(): Promise<boolean> {
    const [published, stats] = await Promise.all([this.challenges.countPublic(), this.indexes.stats(CHALLENGES_INDEX)]);
    if (published === stats.documents) return false;
    this.logger.log(`challenges index has ${stats.documents} documents, Postgres ${published} public: re-indexing`);
    await this.reindex();
    return true;
  }
}
