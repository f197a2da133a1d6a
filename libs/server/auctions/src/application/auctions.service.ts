import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUCTION_ERRORS, type Auction, type AuctionRegistration, type AuctionStatus, type Lot, type Paginated } from '@market/contracts';
import { APP_CONFIG, Audit, fail, isUniqueViolation, updateReturning, type AppConfig } from '@market/server/platform';
import { Directory, Organizations, type AuthUser } from '@market/server/identity';
import { ListingQueries, type AchievementCard } from '@market/server/catalog';
import { auctionStatus } from '../domain/bidding';
import { auctionRules, requiredDeposit } from '../domain/auction-rules';
import type { CreateAuctionDto } from '../http/auction.dto';
import { LotClock } from './lot-clock';
import { toLot, toRegistration, type LotRow, type RegistrationRow } from './lot-rows';

interface AuctionRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  extension_seconds: number;
  terms: string | null;
  created_at: Date;
}

const DEFAULT_EXTENSION_SECONDS = 300;

/**
 * Status in SQL, so that lists can filter and page by it: the rule of auctionStatus()
 * (domain/bidding.ts), which is the specification; an agreement test in auctions.int.spec runs
 * both on the same random lots. Finished when it has lots and all are closed; live once started
 * or while a lot is open; scheduled before.
 */
export const STATUS_SQL = `CASE
  WHEN EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id AND x.status <> 'closed') THEN 'finished'
  WHEN a.starts_at <= now() OR EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id AND x.status = 'open') THEN 'live'
  ELSE 'scheduled' END`;

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
        const [other]: Array<{ auction_id: string; title: string }> = await m.query(
          `SELECT l.auction_id, a.title FROM lots l JOIN auctions a ON a.id = l.auction_id
            WHERE l.achievement_id = $1 AND l.status <> 'closed' AND l.starts_at < $3 AND l.ends_at > $2 LIMIT 1`,
          [lot.achievementId, startsAt, new Date(lot.endsAt)],
        );
        if (other) throw fail(AUCTION_ERRORS.LOT_OVERLAP, { i, title: other.title });
      }
      const extension = dto.extensionSeconds ?? DEFAULT_EXTENSION_SECONDS;
      const [auction]: Array<{ id: string }> = await m.query(
        `INSERT INTO auctions (title, description, starts_at, extension_seconds, created_by, terms) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.title, dto.description ?? '', startsAt, extension, user.id, dto.terms?.trim() || null],
      );
      for (const [i, lot] of dto.lots.entries()) {
        const a = byId.get(lot.achievementId) as AchievementCard; // checked above
        await m.query(
          `INSERT INTO lots (auction_id, position, achievement_id, seller_organization_id, title, starting_price, increment, reserve_price, deposit,
                             extension_seconds, starts_at, ends_at, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $11 <= now() THEN 'open' ELSE 'scheduled' END)`,
          [auction.id, i + 1, a.id, a.organizationId, a.title, lot.startingPrice, lot.increment, lot.reservePrice ?? null, lot.deposit, extension, startsAt, new Date(lot.endsAt)],
        );
      }
      await this.audit.record(m, { actor: user, action: 'auction.create', subjectType: 'auction', subjectId: auction.id, details: { title: dto.title, lots: dto.lots.length } });
      return auction.id;
    });
    const auction = await this.get(user, id);
    await this.clock.scheduleAll(auction.lots);
    return auction;
  }

  async list(user: AuthUser | undefined, status: AuctionStatus | undefined, page: number, pageSize: number): Promise<Paginated<Auction>> {
    const where = status ? `WHERE s.status = $3` : '';
    const params: unknown[] = [pageSize, (page - 1) * pageSize, ...(status ? [status] : [])];
    const rows: Array<AuctionRow & { total: string }> = await this.dataSource.query(
      `SELECT s.*, count(*) OVER () AS total FROM (SELECT a.*, ${STATUS_SQL} AS status FROM auctions a) s ${where}
       ORDER BY s.starts_at DESC, s.id LIMIT $1 OFFSET $2`,
      params,
    );
    const lots = await this.lotsOf(rows.map((r) => r.id), user);
    return {
      items: rows.map((r) => this.toAuction(r, lots.get(r.id) ?? [])),
      total: rows.length ? Number(rows[0].total) : await this.count(status),
      page,
      pageSize,
    };
  }

  private async count(status: AuctionStatus | undefined): Promise<number> {
    const [row]: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM (SELECT ${STATUS_SQL} AS status FROM auctions a) s ${status ? 'WHERE s.status = $1' : ''}`,
      status ? [status] : [],
    );
    return Number(row.n);
  }

  async get(user: AuthUser | undefined, id: string): Promise<Auction> {
    const [row]: AuctionRow[] = await this.dataSource.query(`SELECT * FROM auctions WHERE id = $1`, [id]);
    if (!row) throw fail(AUCTION_ERRORS.NOT_FOUND);
    return this.toAuction(row, (await this.lotsOf([id], user)).get(id) ?? []);
  }

  async lot(user: AuthUser | undefined, lotId: string): Promise<Lot> {
    const [row]: LotRow[] = await this.dataSource.query(`SELECT * FROM lots WHERE id = $1`, [lotId]);
    if (!row) throw fail(AUCTION_ERRORS.LOT_NOT_FOUND);
    return toLot(row, { staff: user?.role === 'staff' });
  }

  private async lotsOf(auctionIds: string[], user: AuthUser | undefined): Promise<Map<string, Lot[]>> {
    const out = new Map<string, Lot[]>();
    if (auctionIds.length === 0) return out;
    const rows: LotRow[] = await this.dataSource.query(`SELECT * FROM lots WHERE auction_id = ANY($1::uuid[]) ORDER BY position`, [auctionIds]);
    for (const r of rows) out.set(r.auction_id, [...(out.get(r.auction_id) ?? []), toLot(r, { staff: user?.role === 'staff' })]);
    return out;
  }

  private toAuction(r: AuctionRow, lots: Lot[]): Auction {
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      startsAt: r.starts_at.toISOString(),
      extensionSeconds: r.extension_seconds,
      status: auctionStatus(r.starts_at, lots, new Date()),
      rules: auctionRules({ terms: r.terms, lotDeposits: lots.map((l) => l.deposit), startsAt: r.starts_at, createdAt: r.created_at, account: this.config.depositAccount }),
      lots,
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
    const [own] = await this.dataSource.query(`SELECT 1 FROM lots WHERE auction_id = $1 AND seller_organization_id = $2 LIMIT 1`, [auctionId, user.organizationId]);
    if (own) throw fail(AUCTION_ERRORS.OWN_LOT);
    try {
      return await this.dataSource.transaction(async (m) => {
        const [{ next_paddle }] = await updateReturning<{ next_paddle: number }>(
          m,
          `UPDATE auctions SET next_paddle = next_paddle + 1 WHERE id = $1 RETURNING next_paddle`,
          [auctionId],
        );
        const [row]: RegistrationRow[] = await m.query(
          `INSERT INTO auction_registrations (auction_id, organization_id, user_id, paddle_number, status, terms_accepted_at)
           VALUES ($1, $2, $3, $4, 'pending_deposit', now()) RETURNING *`,
          [auctionId, user.organizationId, user.id, next_paddle],
        );
        return toRegistration(row);
      });
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
    return this.dataSource.transaction(async (m) => {
      const rows = await updateReturning<RegistrationRow>(
        m,
        `UPDATE auction_registrations SET status = 'approved', approved_at = now(), approved_by = $3, deposit_amount = $4, deposit_reference = $5
         WHERE id = $1 AND auction_id = $2 AND status = 'pending_deposit' RETURNING *`,
        [registrationId, auctionId, staff.id, dto.amount, dto.reference],
      );
      if (!rows[0]) {
        const [existing]: RegistrationRow[] = await m.query(`SELECT * FROM auction_registrations WHERE id = $1 AND auction_id = $2`, [registrationId, auctionId]);
        if (!existing) throw fail(AUCTION_ERRORS.REGISTRATION_NOT_FOUND);
        return toRegistration(existing);
      }
      await this.audit.record(m, {
        actor: staff,
        action: 'auction.confirm_deposit',
        subjectType: 'auction_registration',
        subjectId: registrationId,
        details: { auctionId, paddleNumber: rows[0].paddle_number, amount: dto.amount, reference: dto.reference },
      });
      return toRegistration(rows[0]);
    });
  }

  async registrations(auctionId: string): Promise<AuctionRegistration[]> {
    await this.get(undefined, auctionId);
    const rows: RegistrationRow[] = await this.dataSource.query(`SELECT * FROM auction_registrations WHERE auction_id = $1 ORDER BY paddle_number`, [auctionId]);
    const orgs = await this.directory.organizations(rows.map((r) => r.organization_id));
    return rows.map((r) => toRegistration({ ...r, organization_name: orgs.get(r.organization_id)?.name ?? '' }));
  }

  async myRegistration(user: AuthUser, auctionId: string): Promise<AuctionRegistration> {
    const [row]: RegistrationRow[] = await this.dataSource.query(
      `SELECT * FROM auction_registrations WHERE auction_id = $1 AND organization_id = $2`,
      [auctionId, user.organizationId],
    );
    if (!row) throw fail(AUCTION_ERRORS.REGISTRATION_NOT_FOUND);
    return toRegistration(row);
  }
}
