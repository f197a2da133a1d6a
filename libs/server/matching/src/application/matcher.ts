import { Injectable } from '@nestjs/common';
import type { Achievement, Need } from '@market/contracts';
import { forbidden, SearchPort } from '@market/server/platform';
import { isMemberOf, type AuthUser } from '@market/server/identity';
import { Listings } from '@market/server/catalog';
import { ACHIEVEMENTS_INDEX, NEEDS_INDEX, searchSegments, stripSearchFields, TERM_GROUPS } from '@market/server/search';
import { scoreMatch, type Lexicon, type MatchScore } from '../domain/match-score';
import { Concepts, cosine, inverseDocumentFrequency, termsOf, type Terms } from '../domain/text-similarity';

export interface AchievementMatch {
  achievement: Achievement;
  score: number;
  reasons: string[];
}

export interface NeedMatch {
  need: Need;
  score: number;
  reasons: string[];
}

const CANDIDATES_PER_QUERY = 40;
const WORKBENCH_NEEDS = 20;
const segmentsOf = (text: string) => searchSegments(text).split(' ').filter(Boolean);
const concepts = new Concepts(TERM_GROUPS);
const needTerms = (n: Need): Terms => termsOf({ headline: n.title, keywords: n.keywords, body: n.description }, segmentsOf, concepts);
const achievementTerms = (a: Achievement): Terms => termsOf({ headline: a.title, keywords: a.keywords, body: a.summary }, segmentsOf, concepts);

/** Search queries of one item: the scored ones give the text part, the others only bring candidates in. */
interface Queries {
  scored: string[];
  retrieving: string[];
}

/** At most this many vocabulary terms of an item's title and keywords become queries of their own. */
const CONCEPT_QUERIES = 8;

/**
 * The whole title, keywords and body are scored queries; each keyword and each vocabulary term
 * in the title or keywords (found with its synonyms by the index) only retrieves candidates, as a
 * hit on one word says little about the fit.
 */
function queriesFor(title: string, keywords: string[], body: string): Queries {
  const vocabulary = concepts.terms([title, ...keywords].join(' ')).filter((t) => !keywords.includes(t));
  return {
    scored: [title, keywords.join(' '), body, ...keywords].filter((t) => t.trim()),
    retrieving: vocabulary.slice(0, CONCEPT_QUERIES),
  };
}

/**
 * Scores every candidate against the item: the candidates are also the pool the word statistics
 * (IDF) come from, so a word most of them share weighs little.
 */
function rank<T extends { id: string }>(candidates: Array<{ item: T; text: number }>, own: Terms, theirs: (item: T) => Terms, score: (item: T, text: number, similarity: number, lexicon: Lexicon) => MatchScore) {
  const terms = candidates.map((c) => theirs(c.item));
  const idf = inverseDocumentFrequency(terms);
  const lexicon: Lexicon = { segments: segmentsOf, concepts: (k) => concepts.in(k), idf };
  return candidates.map((c, i) => ({ item: c.item, ...score(c.item, c.text, cosine(own, terms[i], idf), lexicon) }));
}
const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Recommends achievements for a need and needs for an achievement: candidates from Meilisearch
 * (several queries: title, keywords, description, and the same field), then re-ranked by the
 * transparent score of domain/match-score.ts.
 */
@Injectable()
export class Matcher {
  constructor(
    private readonly search: SearchPort,
    private readonly listings: Listings,
  ) {}

  async forNeed(user: AuthUser, needId: string, limit: number): Promise<{ items: AchievementMatch[] }> {
    const need = await this.listings.get('need', user, needId);
    this.assertMayMatch(user, need.organization.id);
    return { items: (await this.achievementsFor(need, user.organizationId)).slice(0, limit) };
  }

  async forAchievement(user: AuthUser, achievementId: string, limit: number): Promise<{ items: NeedMatch[] }> {
    const achievement = await this.listings.get('achievement', user, achievementId);
    this.assertMayMatch(user, achievement.organization.id);
    return { items: (await this.needsFor(achievement, user.organizationId)).slice(0, limit) };
  }

  /**
   * The broker workbench: the strongest need–achievement pairs among needs published in the last
   * `days` days (deals will later remove the pairs they already cover).
   */
  async workbench(days: number, limit: number): Promise<{ items: Array<{ need: Need; achievement: Achievement; score: number; reasons: string[] }> }> {
    const since = Date.now() - days * 24 * 3600 * 1000;
    // Each need costs several searches: the newest WORKBENCH_NEEDS keep one request to a bounded amount of work.
    const recent = await this.search.search(NEEDS_INDEX, '', { filter: [`publishedAtTs >= ${since}`], sort: ['publishedAtTs:desc'], limit: WORKBENCH_NEEDS });
    const pairs = [];
    for (const hit of recent.hits) {
      const need = stripSearchFields<Need>(hit);
      const [best] = await this.achievementsFor(need, need.organization.id);
      if (best) pairs.push({ need, achievement: best.achievement, score: best.score, reasons: best.reasons });
    }
    return { items: pairs.sort((a, b) => b.score - a.score).slice(0, limit) };
  }

  /** Published achievements for a need, best first, leaving out one organization's own. */
  async achievementsFor(need: Need, excludeOrganizationId: string | null): Promise<AchievementMatch[]> {
    const candidates = await this.candidates<Achievement>(ACHIEVEMENTS_INDEX, queriesFor(need.title, need.keywords, need.description), need.field, excludeOrganizationId);
    return rank([...candidates.values()], needTerms(need), achievementTerms, (a, text, similarity, lexicon) => scoreMatch(need, a, { text, similarity }, lexicon))
      .map(({ item, score, reasons }) => ({ achievement: item, score, reasons }))
      .sort((a, b) => b.score - a.score);
  }

  /** Published needs for an achievement, best first. */
  async needsFor(achievement: Achievement, excludeOrganizationId: string | null): Promise<NeedMatch[]> {
    const candidates = await this.candidates<Need>(NEEDS_INDEX, queriesFor(achievement.title, achievement.keywords, achievement.summary), achievement.field, excludeOrganizationId);
    return rank([...candidates.values()], achievementTerms(achievement), needTerms, (n, text, similarity, lexicon) => scoreMatch(n, achievement, { text, similarity }, lexicon))
      .map(({ item, score, reasons }) => ({ need: item, score, reasons }))
      .sort((a, b) => b.score - a.score);
  }

  /** Only the item's own organization, brokers and staff see its matches. */
  private assertMayMatch(user: AuthUser, ownerOrganizationId: string): void {
    if (user.role === 'staff' || user.role === 'broker' || isMemberOf(user, ownerOrganizationId)) return;
    throw forbidden('MATCHING.NOT_ALLOWED', '只有发布单位、技术经纪人和科技局可以查看匹配结果');
  }

  private async candidates<T extends { id: string }>(
    index: string,
    queries: Queries,
    field: string,
    excludeOrganizationId: string | null,
  ): Promise<Map<string, { item: T; text: number }>> {
    const filter = excludeOrganizationId ? [`organization.id != ${quote(excludeOrganizationId)}`] : [];
    const common = { limit: CANDIDATES_PER_QUERY, showRankingScore: true, filter };
    const texts = [...queries.scored, ...queries.retrieving];
    const answers = await Promise.all([
      ...texts.map((q) => this.search.search(index, q, common)),
      // the same field, whatever the words: a solution described in other words still gets scored
      this.search.search(index, '', { ...common, filter: [...filter, `field = ${quote(field)}`], sort: ['publishedAtTs:desc'] }),
    ]);
    const out = new Map<string, { item: T; text: number }>();
    answers.forEach((answer, queryIndex) => {
      const scored = queryIndex < queries.scored.length;
      for (const hit of answer.hits) {
        const text = scored ? Number(hit['_rankingScore'] ?? 0) : 0;
        const prev = out.get(hit.id);
        if (!prev || prev.text < text) out.set(hit.id, { item: stripSearchFields<T>(hit), text });
      }
    });
    return out;
  }
}
