import type { Achievement, Need } from '@market/contracts';
import type { Settings } from 'meilisearch';
import { searchSegments } from './segment';
import { relatedTerms } from './vocabulary';

export const ACHIEVEMENTS_INDEX = 'achievements';
export const NEEDS_INDEX = 'needs';
/** The index of each kind of listing. */
export const INDEX_OF = { achievement: ACHIEVEMENTS_INDEX, need: NEEDS_INDEX } as const;

/** Fields only the index needs; they never reach a client. */
const SEARCH_ONLY = ['segments', 'related', 'organizationName', 'patentNumbers', 'publishedAtTs', 'deadlineTs'] as const;

const chinese = [{ attributePatterns: ['*'], locales: ['cmn' as const] }];

export const ACHIEVEMENT_SETTINGS: Settings = {
  // Keywords first: an author's own tag is the strongest signal (Recall@10 0.949 → 0.963 on CSL, tools/eval/search-recall.ts).
  searchableAttributes: ['keywords', 'title', 'summary', 'segments', 'organizationName', 'inventors', 'patentNumbers', 'related'],
  // publishedAtTs: candidate queries may ask for what was published since a moment, on either index
  filterableAttributes: ['field', 'maturity', 'transferModes', 'region', 'askingPrice', 'organization.id', 'publishedAtTs'],
  sortableAttributes: ['publishedAtTs', 'askingPrice'],
  localizedAttributes: chinese,
  // An enterprise and a researcher name one thing differently (空压机 / 压缩空气): the documents carry
  // the terms of the vocabulary groups they mention (`related`), and the engine gets no synonyms.
  synonyms: {},
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};

export const NEED_SETTINGS: Settings = {
  searchableAttributes: ['keywords', 'title', 'description', 'segments', 'organizationName', 'related'],
  filterableAttributes: ['field', 'region', 'cooperationModes', 'budgetMin', 'budgetMax', 'organization.id', 'publishedAtTs'],
  sortableAttributes: ['publishedAtTs', 'budgetMax', 'budgetMin', 'deadlineTs'],
  localizedAttributes: chinese,
  // An enterprise and a researcher name one thing differently (空压机 / 压缩空气): the documents carry
  // the terms of the vocabulary groups they mention (`related`), and the engine gets no synonyms.
  synonyms: {},
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};

export type IndexedDocument = Record<string, unknown> & { id: string };

/** How many documents an index holds, and whether the engine is still working through updates. */
export interface IndexStats {
  documents: number;
  indexing: boolean;
}

/** The fields the index searches besides the item's own: jieba's segments and the vocabulary's related terms. */
export function searchFields(title: string, keywords: string[], body: string): { segments: string; related: string } {
  const text = [title, keywords.join(' '), body].join(' ');
  return { segments: searchSegments(text), related: relatedTerms(text) };
}

/** Documents without this field were indexed before it existed: the index keeper re-indexes them. */
export const NEWEST_SEARCH_FIELD = 'related';

export function achievementDocument(a: Achievement): IndexedDocument {
  return {
    ...a,
    ...searchFields(a.title, a.keywords, a.summary),
    organizationName: a.organization.name,
    patentNumbers: a.patents.map((p) => p.number),
    publishedAtTs: a.publishedAt ? Date.parse(a.publishedAt) : 0,
  };
}

export function needDocument(n: Need): IndexedDocument {
  return {
    ...n,
    ...searchFields(n.title, n.keywords, n.description),
    organizationName: n.organization.name,
    publishedAtTs: n.publishedAt ? Date.parse(n.publishedAt) : 0,
    deadlineTs: Date.parse(n.deadline),
  };
}

/** The public item back from an index document. */
export function stripSearchFields<T>(doc: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...doc };
  for (const k of SEARCH_ONLY) delete out[k];
  delete out['_formatted'];
  delete out['_rankingScore'];
  return out as T;
}
