import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUCTION_ERRORS, type Auction, type AuctionRegistration, type AuctionStatus, type Lot, type LotConfirmation, type Paginated, type TodoItem } from '@market/contracts';
import { APP_CONFIG, Audit, fail, isUniqueViolation, type AppConfig, ChangeSignals, WorkSignals } from '@market/server/platform';
import { Directory, Organizations, type AuthUser } from '@market/server/identity';
import { ListingQueries, type AchievementCard } from '@market/server/catalog';
import { auctionStatus } from '../domain/bidding';
import { auctionRules, requiredDeposit } from '../domain/auction-rules';
import type { CreateAuctionDto } from '../http/auction.dto';
import { LotClock } from './lot-clock';
import { toLot, toRegistration } from './lot-rows';
import { AuctionQueries, type AuctionRow } from '../infrastructure/auction.queries';

const DEFAULT_EXTENSION_SECONDS = 300;

/** Auction events, their lots and bidder registrations. Bids are in Bidding; the clock in LotClock. */
@Injectable()
export class Auctions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: LotClock,
    private readonly audit: Audit,
    private readonly organizations: Organizations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly listings: ListingQueries,
    private readonly directory: Directory,
    private readonly queries: AuctionQueries,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
  ) {}

  async create(user: AuthUser, dto: CreateAuctionDto): Promise<Auction> {
    const startsAt = new Date(dto.startsAt);
    const now = Date.now();
    const seen = new Set<string>();
    dto.lots.forEach((lot, i) => {
      const endsAt = new Date(lot.endsAt).getTime();
      if (endsAt <= startsAt.getTime()) throw fail(AUCTION_ERRORS.ENDS_BEFORE_START, { i });
      if (endsAt <= now) throw fail(AUCTION_ERRORS.ENDS_IN_PAST, { i });
      if (seen.has(lot.achievementId)) throw fail(AUCTION_ERRORS.DUPLICATE_LOT, { i });
      seen.add(lot.achievementId);
    });
    const id = await this.dataSource.transaction(async (m) => {
      // Locked against a concurrent withdrawal and against another auction taking the same
      // achievement at the same moment (the catalog's lock, in id order: no deadlock).
      const byId = await this.listings.lockAchievements(m, dto.lots.map((l) => l.achievementId));
      dto.lots.forEach((lot, i) => {
        const a = byId.get(lot.achievementId);
        if (!a) throw fail(AUCTION_ERRORS.ACHIEVEMENT_MISSING, { i });
        if (a.status !== 'published') throw fail(AUCTION_ERRORS.ACHIEVEMENT_NOT_PUBLISHED, { i });
      });
      // an achievement is in at most one lot at a time: not in another lot whose time overlaps
      for (const [i, lot] of dto.lots.entries()) {
        const other = await this.queries.overlappingLot(m, lot.achievementId, startsAt, new Date(lot.endsAt));
        if (other) throw fail(AUCTION_ERRORS.LOT_OVERLAP, { i, title: other.title });
      }
      const extension = dto.extensionSeconds ?? DEFAULT_EXTENSION_SECONDS;
      const auctionId = await this.queries.insertAuction(m, {
        title: dto.title,
        description: dto.description ?? '',
        startsAt,
        extensionSeconds: extension,
        createdBy: user.id,
        terms: dto.terms?.trim() || null,
      });
      for (const [i, lot] of dto.lots.entries()) {
        const a = byId.get(lot.achievementId) as AchievementCard; // checked above
        await this.queries.insertLot(m, {
          auctionId,
          position: i + 1,
          achievementId: a.id,
          sellerOrganizationId: a.organizationId,
          title: a.title,
          startingPrice: lot.startingPrice,
          increment: lot.increment,
          reservePrice: lot.reservePrice ?? null,
          deposit: lot.deposit,
          extensionSeconds: extension,
          startsAt,
          endsAt: new Date(lot.endsAt),
        });
      }
      await this.audit.record(m, { actor: user, action: 'auction.create', subjectType: 'auction', subjectId: auctionId, details: { title: dto.title, lots: dto.lots.length } });
      return auctionId;
    });
    const auction = await this.get(user, id);
    await this.clock.scheduleAll(auction.lots);
    await this.changes.touch('auctions');
    return auction;
  }

  async list(user: AuthUser | undefined, status: AuctionStatus | undefined, page: number, pageSize: number): Promise<Paginated<Auction>> {
    const rows = await this.queries.page(status, pageSize, (page - 1) * pageSize);
    const lots = await this.lotsOf(rows.map((r) => r.id), user);
    const counts = await this.queries.registrationCounts(rows.map((r) => r.id));
    return {
      items: rows.map((r) => this.toAuction(r, lots.get(r.id) ?? [], counts.get(r.id))),
      total: rows.length ? Number(rows[0].total) : await this.queries.count(status),
      page,
      pageSize,
    };
  }

  async get(user: AuthUser | undefined, id: string): Promise<Auction> {
    const row = await this.queries.auction(id);
    if (!row) throw fail(AUCTION_ERRORS.NOT_FOUND);
    const counts = await this.queries.registrationCounts([id]);
    const auction = this.toAuction(row, (await this.lotsOf([id], user)).get(id) ?? [], counts.get(id));
    if (user?.role !== 'enterprise') return auction;
    const mine = await this.queries.registrationOf(id, user.organizationId);
    return { ...auction, myRegistration: mine ? toRegistration(mine) : null };
  }

  /**
   * The 成交确认书 of a sold lot: for a member of the winning or the selling organization and for
   * staff; anyone else is told it is not theirs (403), an unsold or open lot has none (404).
   */
  async confirmation(user: AuthUser, lotId: string): Promise<LotConfirmation> {
    const row = await this.queries.confirmation(lotId);
    if (!row) throw fail(AUCTION_ERRORS.LOT_NOT_FOUND);
    if (row.status !== 'closed' || row.result !== 'sold' || !row.buyer_organization_id || row.seq === null) throw fail(AUCTION_ERRORS.NOT_SOLD);
    const party = user.role === 'staff' || user.organizationId === row.buyer_organization_id || user.organizationId === row.seller_organization_id;
    if (!party) throw fail(AUCTION_ERRORS.NOT_A_PARTY);
    const orgs = await this.directory.organizations([row.seller_organization_id, row.buyer_organization_id]);
    return {
      lotId: row.id,
      lotTitle: row.title,
      achievementId: row.achievement_id,
      auctionId: row.auction_id,
      auctionTitle: row.auction_title,
      seller: { id: row.seller_organization_id, name: orgs.get(row.seller_organization_id)?.name ?? '' },
      buyer: { id: row.buyer_organization_id, name: orgs.get(row.buyer_organization_id)?.name ?? '' },
      paddleNumber: row.paddle_number as number,
      price: Number(row.current_price),
      bidCount: row.bid_count,
      closedAt: (row.closed_at ?? new Date()).toISOString(),
      winningBid: { seq: row.seq, placedAt: (row.placed_at as Date).toISOString(), hash: row.hash as string },
    };
  }

  async lot(user: AuthUser | undefined, lotId: string): Promise<Lot> {
    const row = await this.queries.lot(lotId);
    if (!row) throw fail(AUCTION_ERRORS.LOT_NOT_FOUND);
    return toLot(row, { staff: user?.role === 'staff' });
  }

  private async lotsOf(auctionIds: string[], user: AuthUser | undefined): Promise<Map<string, Lot[]>> {
    const out = new Map<string, Lot[]>();
    if (auctionIds.length === 0) return out;
    const rows = await this.queries.lotsOf(auctionIds);
    for (const r of rows) out.set(r.auction_id, [...(out.get(r.auction_id) ?? []), toLot(r, { staff: user?.role === 'staff' })]);
    return out;
  }

  private toAuction(r: AuctionRow, lots: Lot[], counts?: { registered: number; approved: number }): Auction {
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      startsAt: r.starts_at.toISOString(),
      extensionSeconds: r.extension_seconds,
      status: auctionStatus(r.starts_at, lots, new Date()),
      rules: auctionRules({ terms: r.terms, lotDeposits: lots.map((l) => l.deposit), startsAt: r.starts_at, createdAt: r.created_at, account: this.config.depositAccount }),
      lots,
      registrationCount: counts?.registered ?? 0,
      bidderCount: counts?.approved ?? 0,
    };
  }

  /**
   * An enterprise registers once per auction, accepting its 竞买须知 (the DTO refuses a request
   * without `acceptTerms: true`), and gets the next paddle number (竞买号).
   */
  async register(user: AuthUser, auctionId: string): Promise<AuctionRegistration> {
    if (user.role !== 'enterprise') throw fail(AUCTION_ERRORS.ENTERPRISES_ONLY);
    if ((await this.organizations.verificationOf(user.organizationId)) !== 'verified') throw fail(AUCTION_ERRORS.ORG_NOT_VERIFIED);
    const auction = await this.get(user, auctionId);
    if (auction.status === 'finished') throw fail(AUCTION_ERRORS.FINISHED);
    // an organization never bids on its own lots (lots keep their seller at creation)
    if (await this.queries.sellsIn(auctionId, user.organizationId)) throw fail(AUCTION_ERRORS.OWN_LOT);
    try {
      const registration = await this.dataSource.transaction(async (m) => {
        const paddleNumber = await this.queries.takePaddle(m, auctionId);
        return toRegistration(await this.queries.insertRegistration(m, { auctionId, organizationId: user.organizationId, userId: user.id, paddleNumber }));
      });
      // a deposit for staff to confirm, and for the bidder to pay
      await this.work.nudge({ staff: true }, { organization: user.organizationId });
      return registration;
    } catch (e) {
      if (isUniqueViolation(e)) throw fail(AUCTION_ERRORS.ALREADY_REGISTERED);
      throw e;
    }
  }

  /**
   * Staff confirm a deposit with the amount received (at least the auction's required deposit)
   * and the payment reference. The first confirmation stands: confirming again changes nothing.
   */
  async confirmDeposit(auctionId: string, registrationId: string, staff: AuthUser, dto: { amount: number; reference: string }): Promise<AuctionRegistration> {
    const auction = await this.get(staff, auctionId);
    const required = requiredDeposit(auction.lots.map((l) => l.deposit));
    if (dto.amount < required) throw fail(AUCTION_ERRORS.DEPOSIT_TOO_LOW, { amount: dto.amount, required });
    const registration = await this.dataSource.transaction(async (m) => {
      const approved = await this.queries.approveRegistration(m, { registrationId, auctionId, staffId: staff.id, amount: dto.amount, reference: dto.reference });
      if (!approved) {
        const existing = await this.queries.registration(m, registrationId, auctionId);
        if (!existing) throw fail(AUCTION_ERRORS.REGISTRATION_NOT_FOUND);
        return toRegistration(existing);
      }
      await this.audit.record(m, {
        actor: staff,
        action: 'auction.confirm_deposit',
        subjectType: 'auction_registration',
        subjectId: registrationId,
        details: { auctionId, paddleNumber: approved.paddle_number, amount: dto.amount, reference: dto.reference },
      });
      return toRegistration(approved);
    });
    await this.work.nudge({ staff: true }, { organization: registration.organizationId });
    return registration;
  }

  /**
   * Auctions' part of `GET /api/me/todo`: staff's deposits to confirm (oldest first, each naming
   * the bidder), an enterprise's registrations still waiting for its deposit.
   */
  async workFor(user: AuthUser, entries: number): Promise<TodoItem[]> {
    if (user.role !== 'staff' && user.role !== 'enterprise') return [];
    const staff = user.role === 'staff';
    const { rows, total } = await this.queries.pendingDeposits(staff ? null : user.organizationId, entries);
    const orgs = staff ? await this.directory.organizations(rows.map((r) => r.organization_id)) : new Map<string, { name: string }>();
    return [
      {
        kind: staff ? 'deposits' : 'payments',
        count: total,
        link: '/auctions',
        entries: rows.map((r) => ({
          title: staff ? `${r.auction_title} · ${orgs.get(r.organization_id)?.name ?? ''}` : r.auction_title,
          link: `/auctions/${r.auction_id}`,
          note: null,
          stage: null,
          at: new Date(r.created_at).toISOString(),
        })),
      },
    ];
  }

  async registrations(auctionId: string): Promise<AuctionRegistration[]> {
    await this.get(undefined, auctionId);
    const rows = await this.queries.registrationsOf(auctionId);
    const orgs = await this.directory.organizations(rows.map((r) => r.organization_id));
    return rows.map((r) => toRegistration({ ...r, organization_name: orgs.get(r.organization_id)?.name ?? '' }));
  }

  async myRegistration(user: AuthUser, auctionId: string): Promise<AuctionRegistration> {
    const row = await this.queries.registrationOf(auctionId, user.organizationId);
    if (!row) throw fail(AUCTION_ERRORS.REGISTRATION_NOT_FOUND);
    return toRegistration(row);
  }
}
