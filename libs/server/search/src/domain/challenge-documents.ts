import { bountyBand, type Challenge, type ChallengeSort } from '@market/contracts';
import type { Settings } from 'meilisearch';
import { searchFields, type IndexedDocument } from './documents';

export const CHALLENGES_INDEX = 'challenges';

/** Fields only the index needs; they never reach a client. */
const SEARCH_ONLY = ['segments', 'related', 'organizationName', 'publishedAtTs', 'deadlineTs', 'bountyBand', '_formatted', '_rankingScore'] as const;

export const CHALLENGE_SETTINGS: Settings = {
  searchableAttributes: ['title', 'requirements', 'description', 'segments', 'organizationName', 'related'],
  filterableAttributes: ['field', 'region', 'status', 'bounty', 'bountyBand', 'organization.id', 'publishedAtTs'],
  sortableAttributes: ['publishedAtTs', 'deadlineTs', 'bounty'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  synonyms: {},
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};

/** A public challenge as the index holds it: the API's shape plus the fields search needs. */
export function challengeDocument(c: Challenge): IndexedDocument {
  return {
    ...c,
    ...searchFields(c.title, c.requirements, c.description),
    organizationName: c.organization.name,
    publishedAtTs: c.publishedAt ? Date.parse(c.publishedAt) : 0,
    deadlineTs: Date.parse(c.deadline),
    bountyBand: bountyBand(c.bounty),
  };
}

export function stripChallengeFields(doc: Record<string, unknown>): Challenge {
  const out: Record<string, unknown> = { ...doc };
  for (const k of SEARCH_ONLY) delete out[k];
  return out as unknown as Challenge;
}

export interface ChallengeFilters {
  field?: string;
  region?: string;
  status?: string;
  minBounty?: number;
  bountyBand?: string;
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function challengeFilter(f: ChallengeFilters): string[] {
  const out: string[] = [];
  if (f.field) out.push(`field = ${quote(f.field)}`);
  if (f.region) out.push(`region = ${quote(f.region)}`);
  if (f.status) out.push(`status = ${quote(f.status)}`);
  if (f.bountyBand) out.push(`bountyBand = ${quote(f.bountyBand)}`);
  if (f.minBounty !== undefined) out.push(`bounty >= ${f.minBounty}`);
  return out;
}

/** Newest first without words; `deadline` the soonest closing first; `bounty` the largest first. */
export function challengeSort(sort: ChallengeSort | undefined, hasQuery: boolean): string[] | undefined {
  switch (sort) {
    case 'newest':
      return ['publishedAtTs:desc'];
    case 'deadline':
      return ['deadlineTs:asc'];
    case 'bounty':
      return ['bounty:desc'];
    default:
      return hasQuery ? undefined : ['publishedAtTs:desc'];
  }
}
