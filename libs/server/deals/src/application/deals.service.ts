import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEAL_STAGE_LABELS,
  DEAL_TRANSITIONS,
  DEALS_ERRORS,
  type AdvanceDealRequest,
  type ConfirmDealRequest,
  type Deal,
  type DealAwaiting,
  type DealEvent,
  type DealHistoryFacts,
  type DealSource,
  type DealStage,
  type Field,
  type OpenDealRequest,
  type Paginated,
  type TodoItem,
  type TodoKind,
} from '@market/contracts';
import { APP_CONFIG, Audit, fail, isUniqueViolation, splitBilingual, type AppConfig, ChangeSignals, WorkSignals } from '@market/server/platform';
import { Accounts, Organizations, type AuthUser } from '@market/server/identity';
import { ListingQueries, Listings } from '@market/server/catalog';
import type { ChallengeAwarded, LotSold } from '@market/server/events';
import { Notifications } from '@market/server/notifications';
import { formatRegistrationNumber, planAdvance, planConfirm, planRevoke, registrationSerial, type PlanFailure } from '../domain/deal-stage';
import { factsInChinese } from '../domain/history-wording';
import { marketYear } from '../domain/year-stats';
import type { DealEntity } from '../infrastructure/deal.entities';
import { type DealFilter, DealQueries } from '../infrastructure/deal.queries';
import { DealViews } from './deal-view';

const NOT_FOUND = () => fail(DEALS_ERRORS.NOT_FOUND);

/** A stage rule's words as the `{problem}` and `{problemEn}` of its catalogue entry. */
function ruleParams(message: string): { problem: string; problemEn: string } {
  const { zh, en } = splitBilingual(message);
  return { problem: zh, problemEn: en };
}

/**
 * Deals between a seller (the achievement's owner) and a buyer organization. Every stage change
 * happens in one transaction under a row lock, writes a history entry and tells both sides.
 */
@Injectable()
export class Deals {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: Listings,
    private readonly notifications: Notifications,
    private readonly organizations: Organizations,
    private readonly accounts: Accounts,
    private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly views: DealViews,
    private readonly catalog: ListingQueries,
    private readonly deals: DealQueries,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
  ) {}

  async open(user: AuthUser, req: OpenDealRequest): Promise<Deal> {
    const achievement = await this.listings.current('achievement', req.achievementId);
    if (!achievement) throw fail(DEALS_ERRORS.ACHIEVEMENT_NOT_FOUND);
    if (achievement.status !== 'published') throw fail(DEALS_ERRORS.ACHIEVEMENT_NOT_PUBLISHED);
    // identity's one query says both whether the buyer exists and whether it is verified
    const buyerVerification = await this.organizations.verificationOf(req.buyerOrganizationId);
    if (buyerVerification === null) throw fail(DEALS_ERRORS.BUYER_NOT_FOUND);
    const buyer = { id: req.buyerOrganizationId };
    if (buyer.id === achievement.organization.id) throw fail(DEALS_ERRORS.SAME_PARTY);
    if (buyerVerification !== 'verified' || (await this.organizations.verificationOf(achievement.organization.id)) !== 'verified') throw fail(DEALS_ERRORS.ORG_NOT_VERIFIED);
    if (req.needId) {
      const need = await this.listings.current('need', req.needId);
      if (!need) throw fail(DEALS_ERRORS.NEED_NOT_FOUND);
      if (need.organization.id !== buyer.id) throw fail(DEALS_ERRORS.NEED_NOT_BUYERS);
    }
    const brokerId = await this.brokerFor(user, req.brokerId);
    const source: DealSource = req.source ?? (req.needId ? 'match' : 'manual');
    const existing = await this.openDealOf(achievement.id, buyer.id);
    if (existing) throw this.alreadyOpen(existing);
    const id = await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.insert(manager, {
        stage: 'intent',
        source,
        achievementId: achievement.id,
        needId: req.needId ?? null,
        lotId: null,
        sellerOrganizationId: achievement.organization.id,
        buyerOrganizationId: buyer.id,
        brokerId,
        field: achievement.field,
        region: achievement.region,
        amount: null,
        createdBy: user.id,
      });
      await this.record(manager, deal, user.id, null, { facts: null, note: null }, achievement.title);
      return deal.id;
    }).catch(async (e: unknown) => {
      // a concurrent call opened it first: the partial unique index let one through
      if (!isUniqueViolation(e, 'deals_one_open')) throw e;
      const first = await this.openDealOf(achievement.id, buyer.id);
      throw first ? this.alreadyOpen(first) : e;
    });
    return this.changed(id);
  }

  /** The open deal (not closed or terminated) between this achievement and buyer, if any. */
  private openDealOf(achievementId: string, buyerOrganizationId: string): Promise<string | null> {
    return this.deals.openDealOf(achievementId, buyerOrganizationId);
  }

  private alreadyOpen(dealId: string) {
    return fail(DEALS_ERRORS.ALREADY_OPEN, undefined, { details: { dealId } });
  }

  /**
   * A sold auction lot becomes a deal at the winning price, without a broker yet. The unique index
   * on lot_id makes a re-delivered event a no-op; when the winner already has an open deal for the
   * achievement (one open deal per achievement and buyer), that deal stands and none is added.
   */
  async openFromLot(e: LotSold): Promise<Deal | null> {
    const achievement = await this.listings.current('achievement', e.achievementId);
    if (!achievement) return null; // gone: nothing to trade
    const id = await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.insertFromLot(manager, {
        achievementId: achievement.id,
        lotId: e.lotId,
        sellerOrganizationId: e.sellerOrganizationId,
        buyerOrganizationId: e.buyerOrganizationId,
        field: achievement.field,
        region: achievement.region,
        amount: e.amount,
      });
      if (!deal) return null;
      await this.record(manager, deal, null, null, { facts: { viaAuction: true }, note: null }, achievement.title);
      return deal.id;
    });
    return id ? this.changed(id) : null;
  }

  /**
   * An awarded challenge's deal: the winner (seller) carries out its solution for the publisher
   * (buyer) at the bounty. The unique index on challenge_id makes a re-delivered event a no-op.
   */
  async openFromChallenge(e: ChallengeAwarded): Promise<Deal | null> {
    const id = await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.insertFromChallenge(manager, {
        challengeId: e.challengeId,
        title: e.title,
        sellerOrganizationId: e.winnerOrganizationId,
        buyerOrganizationId: e.publisherOrganizationId,
        field: e.field as Field,
        region: e.region,
        amount: e.amount,
      });
      if (!deal) return null;
      await this.record(manager, deal, null, null, { facts: { viaChallenge: true }, note: null }, e.title);
      return deal.id;
    });
    return id ? this.changed(id) : null;
  }

  async list(user: AuthUser, filter: DealFilter, page: number, pageSize: number): Promise<Paginated<Deal>> {
    const { rows, total } = await this.deals.page(user, filter, pageSize, (page - 1) * pageSize);
    return { items: await this.views.load(rows), total, page, pageSize };
  }

  /**
   * Deals' part of `GET /api/me/todo`: staff's contracts to register, a party's signed contracts
   * waiting for its confirmation, a broker's deals in progress (most recently moved first).
   */
  async workFor(user: AuthUser, entries: number): Promise<TodoItem[]> {
    const item = async (kind: TodoKind, link: string, filter: { awaiting?: DealAwaiting; inProgress?: boolean }): Promise<TodoItem> => {
      const { rows, total } = await this.deals.page(user, filter, entries, 0);
      const deals = await this.views.load(rows);
      return { kind, count: total, link, entries: deals.map((d) => ({ title: d.title, link: `/deals/${d.id}`, note: null, stage: d.stage, at: d.updatedAt })) };
    };
    if (user.role === 'staff') return [await item('registration', '/deals/registration', { awaiting: 'registration' })];
    if (user.role === 'broker') return [await item('pipeline', '/deals', { inProgress: true })];
    return [await item('confirmations', '/deals', { awaiting: 'confirmation' })];
  }

  async get(user: AuthUser, id: string): Promise<Deal> {
    const row = await this.deals.visible(user, id);
    if (!row) throw NOT_FOUND();
    return (await this.views.load([row]))[0];
  }

  /**
   * Moves a deal along its stages, or amends a signed contract (`signed` → `signed`). Registration
   * (技术合同登记) is an act of the bureau: staff only, after both parties confirmed, under a
   * 16-digit number that staff enter or the platform issues.
   */
  async advance(user: AuthUser, id: string, req: AdvanceDealRequest): Promise<Deal> {
    await this.dataSource
      .transaction(async (manager) => {
        const deal = await this.lockVisible(manager, user, id);
        if (user.role !== 'staff' && deal.brokerId !== user.id) throw fail(DEALS_ERRORS.NOT_BROKER);
        if (req.stage === 'registered' && user.role !== 'staff') throw fail(DEALS_ERRORS.REGISTER_BY_STAFF);
        const plan = planAdvance(
          {
            stage: deal.stage,
            amount: deal.amount,
            contractType: deal.contractType,
            contractNumber: deal.contractNumber,
            signedAt: deal.signedAt,
            confirmed: { seller: deal.sellerConfirmedAt !== null, buyer: deal.buyerConfirmedAt !== null },
          },
          req,
          new Date(),
          this.config.contractAreaCode,
        );
        if (!plan.ok) throw this.planError(plan, deal.stage, req.stage);
        const from = deal.stage;
        const before = { amount: deal.amount, type: deal.contractType };
        const { clearConfirmations, ...facts } = plan.patch;
        Object.assign(deal, facts, { stage: req.stage, updatedAt: new Date() });
        if (clearConfirmations) Object.assign(deal, { sellerConfirmedAt: null, sellerConfirmedBy: null, buyerConfirmedAt: null, buyerConfirmedBy: null });
        if (req.stage === 'registered') {
          deal.registrationNumber = await this.registrationNumber(manager, plan.patch.registrationNumber, plan.patch.registeredAt as Date);
          deal.registeredBy = user.id;
        }
        await this.deals.save(manager, deal);
        const title = await this.titleOf(manager, deal);
        if (plan.amended) {
          const amendment = { previous: { amount: before.amount, contractType: before.type }, amount: deal.amount, contractType: deal.contractType, confirmationsCleared: !!clearConfirmations };
          await this.record(manager, deal, user.id, from, { facts: amendment, note: req.note ?? null }, title, 'amended');
          await this.audit.record(manager, { actor: user, action: 'deal.amend_contract', subjectType: 'deal', subjectId: deal.id, details: { before, after: { amount: deal.amount, type: deal.contractType }, confirmationsCleared: !!clearConfirmations } });
          return;
        }
        const registration = req.stage === 'registered' ? { registrationNumber: deal.registrationNumber } : null;
        await this.record(manager, deal, user.id, from, { facts: registration, note: req.note ?? null }, title);
        if (req.stage === 'registered') {
          await this.audit.record(manager, {
            actor: user,
            action: 'deal.register',
            subjectType: 'deal',
            subjectId: deal.id,
            details: { registrationNumber: deal.registrationNumber, registeredAt: deal.registeredAt, amount: deal.amount, contractType: deal.contractType },
          });
        }
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e, 'deals_registration_number')) throw fail(DEALS_ERRORS.REGISTRATION_NUMBER_TAKEN);
        throw e;
      });
    if (req.stage === 'registered' || req.stage === 'closed') await this.changes.touch('contracts');
    return this.changed(id);
  }

  /**
   * A member of the seller or buyer organization confirms the signed contract's amount and type
   * (三方确认). Confirming twice keeps the first moment.
   */
  async confirm(user: AuthUser, id: string, req: ConfirmDealRequest): Promise<Deal> {
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.lockVisible(manager, user, id);
      const plan = planConfirm(deal, user.organizationId, req);
      if (!plan.ok) throw plan.kind === 'forbidden' ? fail(DEALS_ERRORS.NOT_A_PARTY) : fail(DEALS_ERRORS.NOT_CONFIRMABLE, ruleParams(plan.message));
      const at = plan.side === 'seller' ? deal.sellerConfirmedAt : deal.buyerConfirmedAt;
      if (at) return;
      if (plan.side === 'seller') Object.assign(deal, { sellerConfirmedAt: new Date(), sellerConfirmedBy: user.id });
      else Object.assign(deal, { buyerConfirmedAt: new Date(), buyerConfirmedBy: user.id });
      deal.updatedAt = new Date();
      await this.deals.save(manager, deal);
      const title = await this.titleOf(manager, deal);
      const facts = { side: plan.side, amount: deal.amount, contractType: deal.contractType };
      await this.record(manager, deal, user.id, deal.stage, { facts, note: null }, title, 'confirmed');
      await this.audit.record(manager, { actor: user, action: 'deal.confirm', subjectType: 'deal', subjectId: deal.id, details: { side: plan.side, amount: deal.amount, contractType: deal.contractType } });
    });
    return this.changed(id);
  }

  /** Staff revoke a registration with a reason: the deal returns to `signed`, the board stops counting it. */
  async revokeRegistration(user: AuthUser, id: string, reason: string): Promise<Deal> {
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.lockVisible(manager, user, id);
      const problem = planRevoke(deal.stage, reason);
      if (problem) throw problem.kind === 'conflict' ? fail(DEALS_ERRORS.NOT_REGISTERED) : fail(DEALS_ERRORS.MISSING_FACTS, { field: problem.field ?? 'reason', ...ruleParams(problem.message) });
      const from = deal.stage;
      const revoked = { registrationNumber: deal.registrationNumber, registeredAt: deal.registeredAt };
      Object.assign(deal, { stage: 'signed', registrationNumber: null, registeredAt: null, registeredBy: null, updatedAt: new Date() });
      await this.deals.save(manager, deal);
      const title = await this.titleOf(manager, deal);
      await this.record(manager, deal, user.id, from, { facts: { registrationNumber: revoked.registrationNumber }, note: reason.trim() }, title, 'registration_revoked');
      await this.audit.record(manager, { actor: user, action: 'deal.revoke_registration', subjectType: 'deal', subjectId: deal.id, details: { ...revoked, amount: deal.amount, reason: reason.trim() } });
    });
    await this.changes.touch('contracts');
    return this.changed(id);
  }

  private planError(plan: PlanFailure, from: DealStage, to: DealStage) {
    if (plan.code === 'NOT_CONFIRMED') return fail(DEALS_ERRORS.NOT_CONFIRMED, ruleParams(plan.message));
    if (plan.kind === 'conflict') {
      // the only conflict of planAdvance besides NOT_CONFIRMED: a move the stage machine does not have
      const allowed = DEAL_TRANSITIONS[from].map((s) => DEAL_STAGE_LABELS[s]);
      return fail(DEALS_ERRORS.STAGE_CONFLICT, {
        from: DEAL_STAGE_LABELS[from].zh,
        fromEn: DEAL_STAGE_LABELS[from].en,
        to: DEAL_STAGE_LABELS[to].zh,
        toEn: DEAL_STAGE_LABELS[to].en,
        allowed: allowed.length ? allowed.map((l) => l.zh).join('、') : '无',
        allowedEn: allowed.length ? allowed.map((l) => l.en).join(', ') : 'none',
      });
    }
    return fail(DEALS_ERRORS.MISSING_FACTS, { field: plan.field ?? 'stage', ...ruleParams(plan.message) });
  }

  /**
   * The registration number: the one staff entered (which moves the year's serial past it), or the
   * next serial of the registration's year. A serial is never issued twice, not even after a
   * revocation; the unique index catches an entered number that is already in use.
   */
  private async registrationNumber(manager: EntityManager, entered: string | undefined, registeredAt: Date): Promise<string> {
    const year = marketYear(registeredAt);
    const area = this.config.contractAreaCode;
    const bump = (serial: number) => this.deals.bumpSerial(manager, year, area, serial, entered ? 0 : 1);
    if (entered) {
      await bump(registrationSerial(entered));
      return entered;
    }
    // A number entered by hand before serials were kept may sit ahead: skip what is taken.
    for (;;) {
      const last = await bump(1);
      const number = formatRegistrationNumber(year, area, last);
      if (!(await this.deals.registrationNumberTaken(manager, number))) return number;
    }
  }

  /** Staff hand a deal (typically one opened by an auction) to a broker. */
  async assign(user: AuthUser, id: string, brokerId: string): Promise<Deal> {
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.lockVisible(manager, user, id);
      deal.brokerId = await this.brokerFor(user, brokerId);
      deal.updatedAt = new Date();
      await this.deals.save(manager, deal);
    });
    return this.changed(id);
  }

  /**
   * The deal after a change, with a nudge to every work list it may have moved: both parties'
   * (confirmations), its broker's (pipeline) and staff's (registration).
   */
  private async changed(id: string): Promise<Deal> {
    const deal = await this.getById(id);
    await this.work.nudge({ staff: true }, { organization: deal.seller.id }, { organization: deal.buyer.id }, deal.broker ? { user: deal.broker.id } : null);
    return deal;
  }

  private async getById(id: string): Promise<Deal> {
    const row = await this.deals.byId(id);
    if (!row) throw NOT_FOUND();
    return (await this.views.load([row]))[0];
  }

  private async lockVisible(manager: EntityManager, user: AuthUser, id: string): Promise<DealEntity> {
    const deal = await this.deals.lock(manager, id);
    const visible =
      deal && (user.role === 'staff' || deal.brokerId === user.id || deal.sellerOrganizationId === user.organizationId || deal.buyerOrganizationId === user.organizationId);
    if (!deal || !visible) throw NOT_FOUND();
    return deal;
  }

  /** A broker opens deals for themself; staff may name any broker (or none). */
  private async brokerFor(user: AuthUser, brokerId: string | undefined): Promise<string | null> {
    if (brokerId === undefined || brokerId === user.id) return user.role === 'broker' ? user.id : null;
    if (user.role !== 'staff') throw fail(DEALS_ERRORS.BROKER_BY_STAFF);
    // identity's query, not its table: a removed broker is no broker
    if ((await this.accounts.roleOf(brokerId)) !== 'broker') throw fail(DEALS_ERRORS.NOT_A_BROKER);
    return brokerId;
  }

  /** What the deal trades, in a line: the achievement's title from the catalog, or the challenge's the deal kept. */
  private async titleOf(manager: EntityManager, deal: DealEntity): Promise<string> {
    if (!deal.achievementId) return deal.subjectTitle ?? '';
    return (await this.catalog.achievements([deal.achievementId], manager)).get(deal.achievementId)?.title ?? '';
  }

  /** The history entry and the `deal_stage` notification of both sides, in the caller's transaction. */
  /**
   * The history entry and the `deal_stage` notification of both sides (and of the broker, unless
   * the broker did it), in the caller's transaction.
   */
  private async record(
    manager: EntityManager,
    deal: DealEntity,
    actorId: string | null,
    from: DealStage | null,
    entry: { facts: DealHistoryFacts | null; note: string | null },
    title: string,
    event: DealEvent = 'stage',
  ): Promise<void> {
    const entryId = await this.deals.insertHistory(manager, { dealId: deal.id, actorId, from, to: deal.stage, ...entry, event });
    const stage = DEAL_STAGE_LABELS[deal.stage].zh;
    // the notification is worded once, in the platform's Chinese; the timeline words the facts per reader
    const said = [factsInChinese(event, entry.facts, from === null), entry.note].filter(Boolean).join('。');
    const text: Record<DealEvent, { title: string; body: string }> = {
      stage:
        from === null
          ? { title: `新的交易：${title}`, body: `「${title}」的交易已建立，当前阶段：${stage}。${said}` }
          : { title: `交易进展：${title}（${stage}）`, body: `交易由「${DEAL_STAGE_LABELS[from].zh}」进入「${stage}」。${said}` },
      amended: { title: `合同信息变更：${title}`, body: said },
      confirmed: { title: `合同确认：${title}`, body: said },
      registration_revoked: { title: `合同登记已撤销：${title}`, body: said },
    };
    const n = { kind: 'deal_stage' as const, ...text[event], link: `/deals/${deal.id}`, dedupeKey: `deal-${deal.id}-${entryId}` };
    await this.notifications.toOrganization(manager, deal.sellerOrganizationId, n);
    await this.notifications.toOrganization(manager, deal.buyerOrganizationId, n);
    if (deal.brokerId && deal.brokerId !== actorId) await this.notifications.toUsers(manager, [deal.brokerId], n);
  }
}
