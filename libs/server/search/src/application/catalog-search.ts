import { Injectable } from '@nestjs/common';
import type { Achievement, AchievementSearchAnswer, FacetCounts, Need, NeedSearchAnswer } from '@market/contracts';
import { ACHIEVEMENTS_INDEX, NEEDS_INDEX, stripSearchFields } from '../domain/documents';
import { markHighlight, POST, PRE } from '../domain/highlight';
import { MeiliIndexes } from '../infrastructure/meili-indexes';
import { achievementFilter, achievementSort, needFilter, needSort, type AchievementFilters, type NeedFilters } from '../domain/search-query';

interface Page {
  q?: string;
  page: number;
  pageSize: number;
}

function highlights(hit: Record<string, unknown>, fields: string[]): Record<string, string> {
  const formatted = (hit['_formatted'] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => typeof formatted[f] === 'string').map((f) => [f, markHighlight(formatted[f] as string)]));
}

/** Faceted search over published achievements and needs (the halls of the market). */
@Injectable()
export class CatalogSearch {
  constructor(private readonly indexes: MeiliIndexes) {}

  async achievements(p: Page & AchievementFilters): Promise<AchievementSearchAnswer> {
    const q = p.q?.trim() ?? '';
    const res = await this.indexes.search(ACHIEVEMENTS_INDEX, q, {
      filter: achievementFilter(p),
      sort: achievementSort(p.sort, q !== ''),
      facets: ['field', 'maturity', 'transferModes', 'region'],
      page: p.page,
      hitsPerPage: p.pageSize,
      attributesToHighlight: ['title', 'summary'],
      attributesToCrop: ['summary'],
      cropLength: 80,
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const facets = (res.facetDistribution ?? {}) as Record<string, FacetCounts>;
    return {
      items: res.hits.map((hit) => ({ ...stripSearchFields<Achievement>(hit), _highlight: highlights(hit, ['title', 'summary']) })),
      total: res.totalHits ?? 0,
      page: p.page,
      pageSize: p.pageSize,
      facets: { field: facets['field'] ?? {}, maturity: facets['maturity'] ?? {}, transferMode: facets['transferModes'] ?? {}, region: facets['region'] ?? {} },
      processingTimeMs: res.processingTimeMs,
    };
  }

  async needs(p: Page & NeedFilters): Promise<NeedSearchAnswer> {
    const q = p.q?.trim() ?? '';
    const res = await this.indexes.search(NEEDS_INDEX, q, {
      filter: needFilter(p),
      sort: needSort(p.sort, q !== ''),
      facets: ['field', 'region', 'cooperationModes'],
      page: p.page,
      hitsPerPage: p.pageSize,
      attributesToHighlight: ['title', 'description'],
      attributesToCrop: ['description'],
      cropLength: 80,
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const facets = (res.facetDistribution ?? {}) as Record<string, FacetCounts>;
    return {
      items: res.hits.map((hit) => ({ ...stripSearchFields<Need>(hit), _highlight: highlights(hit, ['title', 'description']) })),
      total: res.totalHits ?? 0,
      page: p.page,
      pageSize: p.pageSize,
      facets: { field: facets['field'] ?? {}, region: facets['region'] ?? {}, cooperationMode: facets['cooperationModes'] ?? {} },
      processingTimeMs: res.processingTimeMs,
    };
  }
}
