import { Injectable, Logger } from '@nestjs/common';
import type { Achievement, Auction, Challenge, Need, Portal, PortalAuction, PortalListing, PortalRoadshow, Roadshow } from '@market/contracts';
import { Auctions } from '@market/server/auctions';
import { Listings } from '@market/server/catalog';
import { Challenges } from '@market/server/challenges';
import { Statistics } from '@market/server/deals';
import { CHANGE_AREAS } from '@market/server/events';
import { Directory } from '@market/server/identity';
import { ChangeSignals } from '@market/server/platform';
import { Roadshows } from '@market/server/roadshows';
import { currentYear } from '@market/shared/time';
import { Announcements } from './announcements.service';

/** How many of each the front page lists. */
export const PORTAL_SIZES = { latest: 6, upcoming: 4, announcements: 8 } as const;

/**
 * The longest an answer is served without asking again, for what changes with the clock rather
 * than by a write (an auction goes live at its start time, a roadshow passes).
 */
export const PORTAL_MAX_AGE_MS = 60_000;

const listing = (l: Achievement | Need | Challenge, amount: number | null): PortalListing => ({
  id: l.id,
  title: l.title,
  field: l.field,
  region: l.region,
  organizationName: l.organization.name,
  amount,
  publishedAt: l.publishedAt ?? l.updatedAt,
});
const auction = (a: Auction): PortalAuction => ({ id: a.id, title: a.title, startsAt: a.startsAt, status: a.status, lots: a.lots.length });
const roadshow = (r: Roadshow): PortalRoadshow => ({ id: r.id, title: r.title, kind: r.kind, startsAt: r.startsAt, venue: r.venue });

/**
 * `GET /api/portal`: the front page in one answer, read from every context through its exported
 * services and kept in memory. The answer is keyed by the change counters of every area it shows
 * (ChangeSignals): one Redis round trip a visit, no query, until something changes or a minute has
 * passed. A burst of visits after a change computes it once (one computation in flight per key).
 */
@Injectable()
export class PortalFront {
  private readonly logger = new Logger(PortalFront.name);
  private cached: { stamp: string; at: number; answer: Portal } | null = null;
  private inflight: { stamp: string; answer: Promise<Portal> } | null = null;

  constructor(
    private readonly changes: ChangeSignals,
    private readonly listings: Listings,
    private readonly directory: Directory,
    private readonly auctions: Auctions,
    private readonly roadshows: Roadshows,
    private readonly statistics: Statistics,
    private readonly announcements: Announcements,
    private readonly challenges: Challenges,
  ) {}

  async get(): Promise<Portal> {
    const stamp = await this.changes.stamp(CHANGE_AREAS).catch((e: unknown) => {
      // without Redis the counters are unknown: serve by age alone
      this.logger.warn(`change counters unavailable, serving the front page by age: ${(e as Error).message}`);
      return this.cached?.stamp ?? 'unknown';
    });
    const cached = this.cached;
    if (cached && cached.stamp === stamp && Date.now() - cached.at < PORTAL_MAX_AGE_MS) return cached.answer;
    if (this.inflight?.stamp === stamp) return this.inflight.answer;
    const answer = this.compute();
    this.inflight = { stamp, answer };
    try {
      const value = await answer;
      this.cached = { stamp, at: Date.now(), answer: value };
      return value;
    } finally {
      if (this.inflight?.answer === answer) this.inflight = null;
    }
  }

  private async compute(): Promise<Portal> {
    const year = currentYear();
    const [achievements, needs, organizations, finished, stats, latestAchievements, latestNeeds, live, scheduled, roadshows, announcements, challengeFigures, latestChallenges] = await Promise.all([
      this.listings.countPublished('achievement'),
      this.listings.countPublished('need'),
      this.directory.verifiedOrganizationCount(),
      this.auctions.list(undefined, 'finished', 1, 1),
      this.statistics.transactions(year),
      this.listings.latestPublished('achievement', PORTAL_SIZES.latest),
      this.listings.latestPublished('need', PORTAL_SIZES.latest),
      this.auctions.list(undefined, 'live', 1, PORTAL_SIZES.upcoming),
      this.auctions.list(undefined, 'scheduled', 1, 50),
      this.roadshows.list({ from: new Date().toISOString(), page: 1, pageSize: PORTAL_SIZES.upcoming * 2 }),
      this.announcements.list(undefined, 1, PORTAL_SIZES.announcements),
      this.challenges.figures(null),
      this.challenges.latestOpen(PORTAL_SIZES.latest),
    ]);
    // live auctions first, then the scheduled ones soonest first
    const soonest = [...scheduled.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return {
      figures: {
        achievements,
        needs,
        challenges: challengeFigures.open,
        organizations,
        auctionsHeld: finished.total,
        year: { year, total: stats.total, target: stats.target, completionRate: stats.completionRate },
      },
      latest: {
        achievements: (latestAchievements as Achievement[]).map((a) => listing(a, a.askingPrice)),
        needs: (latestNeeds as Need[]).map((n) => listing(n, n.budgetMax)),
        challenges: latestChallenges.map((c) => listing(c, c.bounty)),
      },
      upcoming: {
        auctions: [...live.items, ...soonest].slice(0, PORTAL_SIZES.upcoming).map(auction),
        roadshows: roadshows.items.filter((r) => r.status === 'scheduled').slice(0, PORTAL_SIZES.upcoming).map(roadshow),
      },
      announcements: announcements.items,
      generatedAt: new Date().toISOString(),
    };
  }
}
