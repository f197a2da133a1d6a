import { Injectable } from '@nestjs/common';
import { matchReasonText, type Achievement, type AchievementMatch, type Field, type MatchList, type MatchPair, type MatchReason, type Need, type NeedMatch } from '@market/contracts';
import { fail } from '@market/server/platform';
import { MATCHING_ERRORS } from '@market/contracts';
import { isMemberOf, type AuthUser } from '@market/server/identity';
import { Listings } from '@market/server/catalog';
import { CandidateSearch, searchSegments, TERM_GROUPS, type Candidate, type CandidateQuery } from '@market/server/search';
import { scoreMatch, type Lexicon, type MatchScore } from '../domain/match-score';
import { Concepts, cosine, inverseDocumentFrequency, termsOf, type Terms } from '../domain/text-similarity';

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

/** What the API says about a scored pair: the structured explanations and, for clients that only read text, the same in Chinese. */
function explained({ score, explanations }: MatchScore): { score: number; reasons: string[]; explanations: MatchReason[] } {
  return { score, reasons: explanations.map((r) => matchReasonText(r, 'zh')), explanations };
}

/**
 * Recommends achievements for a need and needs for an achievement: candidates from search
 * (several queries: title, keywords, description, and the same field), then re-ranked by the
 * transparent score of domain/match-score.ts.
 */
@Injectable()
export class Matcher {
  constructor(
    private readonly search: CandidateSearch,
    private readonly listings: Listings,
  ) {}

  async forNeed(user: AuthUser, needId: string, limit: number): Promise<MatchList<AchievementMatch>> {
    const need = await this.listings.get('need', user, needId);
    this.assertMayMatch(user, need.organization.id);
    return { items: (await this.achievementsFor(need, user.organizationId)).slice(0, limit) };
  }

  async forAchievement(user: AuthUser, achievementId: string, limit: number): Promise<MatchList<NeedMatch>> {
    const achievement = await this.listings.get('achievement', user, achievementId);
    this.assertMayMatch(user, achievement.organization.id);
    return { items: (await this.needsFor(achievement, user.organizationId)).slice(0, limit) };
  }

  /**
   * The broker workbench: the strongest need–achievement pairs among needs published in the last
   * `days` days (deals will later remove the pairs they already cover).
   */
  async workbench(days: number, limit: number): Promise<MatchList<MatchPair>> {
    const since = Date.now() - days * 24 * 3600 * 1000;
    // Each need costs several searches: the newest WORKBENCH_NEEDS keep one request to a bounded amount of work.
    const [recent] = await this.search.needs([{ publishedSince: since, limit: WORKBENCH_NEEDS }]);
    const pairs: MatchPair[] = [];
    for (const { item: need } of recent) {
      const [best] = await this.achievementsFor(need, need.organization.id);
      if (best) pairs.push({ need, achievement: best.achievement, score: best.score, reasons: best.reasons, explanations: best.explanations });
    }
    return { items: pairs.sort((a, b) => b.score - a.score).slice(0, limit) };
  }

  /** Published achievements for a need, best first, leaving out one organization's own. */
  async achievementsFor(need: Need, excludeOrganizationId: string | null): Promise<AchievementMatch[]> {
    const queries = queriesFor(need.title, need.keywords, need.description);
    const candidates = merge(await this.search.achievements(candidateQueries(queries, need.field, excludeOrganizationId)), queries);
    return rank(candidates, needTerms(need), achievementTerms, (a, text, similarity, lexicon) => scoreMatch(need, a, { text, similarity }, lexicon))
      .map(({ item, ...score }) => ({ achievement: item, ...explained(score) }))
      .sort((a, b) => b.score - a.score);
  }

  /** Published needs for an achievement, best first. */
  async needsFor(achievement: Achievement, excludeOrganizationId: string | null): Promise<NeedMatch[]> {
    const queries = queriesFor(achievement.title, achievement.keywords, achievement.summary);
    const candidates = merge(await this.search.needs(candidateQueries(queries, achievement.field, excludeOrganizationId)), queries);
    return rank(candidates, achievementTerms(achievement), needTerms, (n, text, similarity, lexicon) => scoreMatch(n, achievement, { text, similarity }, lexicon))
      .map(({ item, ...score }) => ({ need: item, ...explained(score) }))
      .sort((a, b) => b.score - a.score);
  }

  /** Only the item's own organization, brokers and staff see its matches. */
  private assertMayMatch(user: AuthUser, ownerOrganizationId: string): void {
    if (user.role === 'staff' || user.role === 'broker' || isMemberOf(user, ownerOrganizationId)) return;
    throw fail(MATCHING_ERRORS.NOT_ALLOWED);
  }
}

/**
 * The search queries of one item, in order: the scored texts, the retrieving terms, then the
 * same field whatever the words (a solution described in other words still gets scored).
 */
function candidateQueries(queries: Queries, field: Field, excludeOrganizationId: string | null): CandidateQuery[] {
  const common = { limit: CANDIDATES_PER_QUERY, excludeOrganizationId };
  return [...queries.scored, ...queries.retrieving].map((text): CandidateQuery => ({ ...common, text })).concat({ ...common, field });
}

/**
 * One entry per item over the answers of candidateQueries: its text part is the best relevance
 * among the scored queries that found it (0 when only the others did).
 */
function merge<T extends { id: string }>(answers: Array<Array<Candidate<T>>>, queries: Queries): Array<{ item: T; text: number }> {
  const out = new Map<string, { item: T; text: number }>();
  answers.forEach((answer, queryIndex) => {
    const scored = queryIndex < queries.scored.length;
    for (const hit of answer) {
      const text = scored ? hit.relevance : 0;
      const prev = out.get(hit.item.id);
      if (!prev || prev.text < text) out.set(hit.item.id, { item: hit.item, text });
    }
  });
  return [...out.values()];
}
