import { Injectable } from '@nestjs/common';
import type { ChallengeSearchAnswer, ChallengeSort, FacetCounts } from '@market/contracts';
import { CHALLENGES_INDEX, challengeFilter, challengeSort, stripChallengeFields, type ChallengeFilters } from '../domain/challenge-documents';
import { markHighlight, POST, PRE } from '../domain/highlight';
import { MeiliIndexes } from '../infrastructure/meili-indexes';

/** The 揭榜挂帅 hall: faceted search over public challenges (field, region, status, bounty band). */
@Injectable()
export class ChallengeSearch {
  constructor(private readonly indexes: MeiliIndexes) {}

  async search(p: ChallengeFilters & { q?: string; sort?: ChallengeSort; page: number; pageSize: number }): Promise<ChallengeSearchAnswer> {
    const q = p.q?.trim() ?? '';
    const res = await this.indexes.search(CHALLENGES_INDEX, q, {
      filter: challengeFilter(p),
      sort: challengeSort(p.sort, q !== ''),
      facets: ['field', 'region', 'status', 'bountyBand'],
      page: p.page,
      hitsPerPage: p.pageSize,
      attributesToHighlight: ['title'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const facets = (res.facetDistribution ?? {}) as Record<string, FacetCounts>;
    return {
      items: res.hits.map((hit) => {
        const formatted = (hit['_formatted'] ?? {}) as Record<string, unknown>;
        return { ...stripChallengeFields(hit), _highlight: typeof formatted['title'] === 'string' ? { title: markHighlight(formatted['title']) } : ({} as Record<string, string>) };
      }),
      total: res.totalHits ?? 0,
      page: p.page,
      pageSize: p.pageSize,
      facets: { field: facets['field'] ?? {}, region: facets['region'] ?? {}, status: facets['status'] ?? {}, bounty: facets['bountyBand'] ?? {} },
      processingTimeMs: res.processingTimeMs,
    };
  }
}
