import { Injectable } from '@nestjs/common';
import type { Achievement, Need } from '@market/contracts';
import type { ListingKind } from '@market/server/catalog';
import { INDEX_OF, stripSearchFields } from '../domain/documents';
import { candidateFilter, candidateSort, type CandidateQuery } from '../domain/search-query';
import { MeiliIndexes, type IndexQuery } from '../infrastructure/meili-indexes';

export type { CandidateQuery } from '../domain/search-query';

/** A published item found by a query, with how relevant the search engine found it. */
export interface Candidate<T> {
  /** Shared by every answer that holds it until the index changes: read it, never change it. */
  readonly item: T;
  /** The engine's ranking score for the query's words, 0..1 (a query without words ranks every item 1). */
  readonly relevance: number;
}

/**
 * Candidates for matching, asked in domain terms (CandidateQuery): the index's fields, filter
 * syntax and ranking-score field stay inside the search context.
 */
@Injectable()
export class CandidateSearch {
  private readonly caches = new Map<string, AnswerCache>();

  constructor(private readonly indexes: MeiliIndexes) {}

  /** Published achievements for each query, in the query's order, best first within each. */
  achievements(queries: CandidateQuery[]): Promise<Array<Array<Candidate<Achievement>>>> {
    return this.find<Achievement>('achievement', queries);
  }

  /** Published needs for each query. */
  needs(queries: CandidateQuery[]): Promise<Array<Array<Candidate<Need>>>> {
    return this.find<Need>('need', queries);
  }

  /**
   * All queries of a call in one multi-search, each distinct query once (an item with one keyword
   * asks the same words twice: as its keywords and as that keyword), and none that was answered,
   * or is being answered for another call, since the index last changed (see AnswerCache).
   */
  private async find<T>(kind: ListingKind, queries: CandidateQuery[]): Promise<Array<Array<Candidate<T>>>> {
    const index = INDEX_OF[kind];
    const cache = this.cacheOf(index, await this.indexes.version(index));
    const found = new Map<string, Promise<Array<Candidate<unknown>>>>();
    const missing = new Map<string, IndexQuery>();
    const keys = queries.map((q) => {
      const query: IndexQuery = { index, q: q.text ?? '', params: { filter: candidateFilter(q), sort: candidateSort(q), limit: q.limit, showRankingScore: true } };
      const key = JSON.stringify([query.q, query.params]);
      const known = cache.answers.get(key);
      if (known) found.set(key, known);
      else missing.set(key, query);
      return key;
    });
    if (missing.size > 0) {
      const batch = this.indexes.searchMany([...missing.values()]);
      [...missing.keys()].forEach((key, i) => {
        const answer = batch.then((answers) => answers[i].hits.map((hit) => ({ item: cache.item(hit.id, () => stripSearchFields(hit)), relevance: Number(hit._rankingScore ?? 0) })));
        found.set(key, answer);
        cache.remember(key, answer);
      });
    }
    return (await Promise.all(keys.map((key) => found.get(key) ?? []))) as Array<Array<Candidate<T>>>;
  }

  private cacheOf(index: string, version: number): AnswerCache {
    const current = this.caches.get(index);
    if (current && current.version === version) return current;
    const fresh = new AnswerCache(version);
    this.caches.set(index, fresh);
    return fresh;
  }
}

/** How many answers one index keeps: a match check asks a dozen or two, the workbench twenty checks. */
const CACHED_ANSWERS = 2000;

/**
 * The answers of one index at one version (MeiliIndexes.version): until the index changes, the
 * same query gets the same answer, so a repeated query (the workbench refreshed, a listing's
 * matches reloaded, items that share keywords) costs no search. Synonym expansion makes a long
 * query cost Meilisearch several milliseconds of CPU even on a small index. Items are kept once per
 * id, so the memory is the documents seen plus small references.
 */
class AnswerCache {
  /** Answers by query, also while they are on their way (the calls of a burst ask alike at once). */
  readonly answers = new Map<string, Promise<Array<Candidate<unknown>>>>();
  private readonly items = new Map<string, unknown>();

  constructor(readonly version: number) {}

  item(id: string, strip: () => unknown): unknown {
    let item = this.items.get(id);
    if (item === undefined) this.items.set(id, (item = strip()));
    return item;
  }

  remember(key: string, answer: Promise<Array<Candidate<unknown>>>): void {
    // the oldest answer goes first (a Map iterates in insertion order)
    if (this.answers.size >= CACHED_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
    // a failed search is not an answer: the next call asks again
    answer.catch(() => this.answers.get(key) === answer && this.answers.delete(key));
  }
}
