import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  actorMayTake,
  AUTH_ERRORS,
  budgetRangeValid,
  CATALOG_ERRORS,
  deadlineDayValid,
  LISTING_ACTORS,
  LISTING_STATUS_LABELS,
  type Achievement,
  type Field,
  type ListingStatus,
  type Need,
  type Paginated,
  type ReviewBatchResult,
  type ReviewQueueSort,
} from '@market/contracts';
import { isDay, today, wallDate } from '@market/shared/time';
import { APP_CONFIG, type AppConfig, Audit, errorAnswer, fail, likeContains, Outbox, ChangeSignals, WorkSignals } from '@market/server/platform';
import { canManageOrganizationItem, Directory, isMemberOf, Organizations, type AuthUser, type OrganizationCard } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { allowedFrom, nextListingStatus, type ListingAction } from '../domain/listing-status';
import { AchievementEntity, NeedEntity } from '../infrastructure/listing.entities';
import { ListingHolds } from './listing-holds';
import type { CreateAchievementDto, CreateNeedDto, UpdateAchievementDto, UpdateNeedDto } from '../http/dto/listing.dto';
import { TOPICS, type ListingChanged } from '@market/server/events';
import { KINDS, toAchievement, toNeed, type ListingKind } from './listing-kinds';

type Entity = AchievementEntity | NeedEntity;

export interface ReviewQueueFilter {
  q?: string;
  field?: Field;
  region?: string;
  sort?: ReviewQueueSort;
}
type Dto<K extends ListingKind> = K extends 'achievement' ? Achievement : Need;

/** The action a refused change names, in the message's words. */
const ACTION_ZH: Record<ListingAction, string> = { edit: '修改', submit: '提交审核', approve: '通过审核', reject: '驳回', archive: '下架' };

/** The noun parameters of catalog messages: 成果 / achievement, 需求 / need. */
const nouns = (kind: ListingKind) => ({ noun: KINDS[kind].noun, nounEn: kind });

/**
 * Achievements and needs: the same ownership rules and review flow over two tables. Every state
 * change locks its row; a change that search must see writes an outbox row in the same transaction.
 */
@Injectable()
export class Listings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly notifications: Notifications,
    private readonly audit: Audit,
    private readonly holds: ListingHolds,
    private readonly organizations: Organizations,
    private readonly directory: Directory,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
  ) {}

  /** The answers for rows, each with its organization's card (one directory query for the list). */
  private async toDtos<K extends ListingKind>(kind: K, rows: Entity[]): Promise<Array<Dto<K>>> {
    const orgs = await this.directory.organizations(rows.map((r) => r.organizationId));
    return rows.map((e) => {
      const org: OrganizationCard = orgs.get(e.organizationId) ?? { id: e.organizationId, name: '', kind: 'enterprise' };
      return (kind === 'achievement' ? toAchievement(e as AchievementEntity, org) : toNeed(e as NeedEntity, org)) as Dto<K>;
    });
  }

  private async toDto<K extends ListingKind>(kind: K, row: Entity): Promise<Dto<K>> {
    return (await this.toDtos(kind, [row]))[0];
  }

  async createAchievement(user: AuthUser, dto: CreateAchievementDto): Promise<Achievement> {
    this.checkRegion(dto.region);
    const repo = this.dataSource.getRepository(AchievementEntity);
    const saved = await repo.save(repo.create({ ...dto, askingPrice: dto.askingPrice ?? null, organizationId: user.organizationId, createdBy: user.id, status: 'draft' }));
    await this.work.nudge({ organization: user.organizationId }); // a new draft
    return this.toDto('achievement', await repo.findOneByOrFail({ id: saved.id }));
  }

  async createNeed(user: AuthUser, dto: CreateNeedDto): Promise<Need> {
    this.checkRegion(dto.region);
    this.checkBudget(dto.budgetMin, dto.budgetMax);
    const deadline = this.checkDeadline(dto.deadline);
    const repo = this.dataSource.getRepository(NeedEntity);
    const saved = await repo.save(repo.create({ ...dto, deadline, organizationId: user.organizationId, createdBy: user.id, status: 'draft' }));
    await this.work.nudge({ organization: user.organizationId });
    return this.toDto('need', await repo.findOneByOrFail({ id: saved.id }));
  }

  async update<K extends ListingKind>(kind: K, user: AuthUser, id: string, dto: UpdateAchievementDto | UpdateNeedDto): Promise<Dto<K>> {
    return this.change(kind, user, id, 'edit', async (manager, row) => {
      if (dto.region !== undefined) this.checkRegion(dto.region);
      const patch: Record<string, unknown> = { ...dto };
      if (kind === 'need') {
        const need = row as NeedEntity;
        const d = dto as UpdateNeedDto;
        this.checkBudget(d.budgetMin ?? need.budgetMin, d.budgetMax ?? need.budgetMax);
        if (d.deadline !== undefined) patch['deadline'] = this.checkDeadline(d.deadline);
      }
      manager.merge(KINDS[kind].entity, row as never, patch as never);
    });
  }

  async submit<K extends ListingKind>(kind: K, user: AuthUser, id: string): Promise<Dto<K>> {
    return this.change(kind, user, id, 'submit', async (_m, row) => {
      row.status = 'pending_review';
    });
  }

  async review<K extends ListingKind>(kind: K, user: AuthUser, id: string, decision: 'approve' | 'reject', comment?: string): Promise<Dto<K>> {
    return this.change(kind, user, id, decision, async (manager, row) => {
      const { noun, path } = KINDS[kind];
      // what is published speaks for its organization: only a verified one (机构认证) may publish
      if (decision === 'approve' && (await this.organizations.verificationOf(row.organizationId, manager)) !== 'verified') {
        throw fail(CATALOG_ERRORS.ORG_NOT_VERIFIED, nouns(kind));
      }
      row.status = decision === 'approve' ? 'published' : 'rejected';
      row.reviewComment = comment ?? null;
      if (decision === 'approve') {
        row.publishedAt = new Date();
        await this.outbox.add(manager, TOPICS.catalogChanged, { kind, id: row.id } satisfies ListingChanged);
        await this.outbox.add(manager, TOPICS.catalogPublished, { kind, id: row.id } satisfies ListingChanged);
      }
      await this.audit.record(manager, { actor: user, action: 'catalog.review', subjectType: kind, subjectId: row.id, details: { decision, comment: comment ?? null } });
      await this.notifications.toUsers(manager, [row.createdBy], {
        kind: 'review_result',
        title: decision === 'approve' ? `${noun}审核通过：${row.title}` : `${noun}未通过审核：${row.title}`,
        body: decision === 'approve' ? `您的${noun}已发布，所有人都可以看到和搜索到它。` : `审核意见：${comment ?? '（无）'}。修改后可以再次提交。`,
        link: `/${path}/${row.id}`,
      });
    });
  }

  async archive<K extends ListingKind>(kind: K, user: AuthUser, id: string): Promise<Dto<K>> {
    return this.change(kind, user, id, 'archive', async (manager, row) => {
      const wasPublished = row.status === 'published';
      row.status = 'archived';
      if (wasPublished) await this.outbox.add(manager, TOPICS.catalogChanged, { kind, id: row.id } satisfies ListingChanged);
    });
  }

  /** Published items are public; others only to their organization and staff (404 for the rest). */
  async get<K extends ListingKind>(kind: K, user: AuthUser | undefined, id: string): Promise<Dto<K>> {
    const row = await this.dataSource.getRepository(KINDS[kind].entity).findOne({ where: { id } });
    if (!row || !this.visible(row, user)) throw fail(CATALOG_ERRORS.NOT_FOUND, nouns(kind));
    return this.toDto(kind, row);
  }

  /** The caller's organization's listings, newest change first, narrowed by status and title words. */
  async mine<K extends ListingKind>(kind: K, user: AuthUser, page: number, pageSize: number, filter: { status?: ListingStatus; q?: string } = {}): Promise<Paginated<Dto<K>>> {
    return this.filtered(kind, { organizationId: user.organizationId, status: filter.status, q: filter.q }, 'DESC', page, pageSize);
  }

  /** The pending listings, oldest submission first unless asked otherwise, narrowed by title words, field and region. */
  async reviewQueue<K extends ListingKind>(kind: K, page: number, pageSize: number, filter: ReviewQueueFilter = {}): Promise<Paginated<Dto<K>>> {
    return this.filtered(kind, { ...filter, status: 'pending_review' }, filter.sort === 'newest' ? 'DESC' : 'ASC', page, pageSize);
  }

  /** One query for the staff and owner lists: equality filters, title words, ordered by the last change. */
  private async filtered<K extends ListingKind>(
    kind: K,
    f: { status?: ListingStatus; organizationId?: string; q?: string; field?: Field; region?: string },
    order: 'ASC' | 'DESC',
    page: number,
    pageSize: number,
  ): Promise<Paginated<Dto<K>>> {
    const qb = this.dataSource.getRepository(KINDS[kind].entity).createQueryBuilder('l').where('true');
    if (f.status) qb.andWhere('l.status = :status', { status: f.status });
    if (f.organizationId) qb.andWhere('l.organization_id = :org', { org: f.organizationId });
    // the words as they are: % and _ in them match themselves, not any text
    if (f.q) qb.andWhere(`l.title ILIKE :q ESCAPE '\\'`, { q: likeContains(f.q) });
    if (f.field) qb.andWhere('l.field = :field', { field: f.field });
    if (f.region) qb.andWhere('l.region = :region', { region: f.region });
    const [rows, total] = await qb
      .orderBy('l.updated_at', order)
      .addOrderBy('l.id', order)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.toDtos(kind, rows), total, page, pageSize };
  }

  /**
   * One decision and one comment for several listings: each is reviewed as `review` would, in its
   * own transaction, so one that was decided meanwhile (409) or is gone (404) answers its error and
   * leaves the others decided. The answers keep the order of the ids.
   */
  async reviewMany(kind: ListingKind, user: AuthUser, ids: string[], decision: 'approve' | 'reject', comment?: string): Promise<ReviewBatchResult> {
    const items: ReviewBatchResult['items'] = [];
    for (const id of ids) {
      try {
        const done = await this.review(kind, user, id, decision, comment);
        items.push({ id, ok: true, status: done.status });
      } catch (e) {
        const { status, body } = errorAnswer(e);
        if (status >= 500) throw e;
        items.push({ id, ok: false, error: body });
      }
    }
    return { items };
  }

  /** For search: the current row, whatever its status (null when gone). */
  async current<K extends ListingKind>(kind: K, id: string): Promise<Dto<K> | null> {
    const row = await this.dataSource.getRepository(KINDS[kind].entity).findOne({ where: { id } });
    return row ? this.toDto(kind, row) : null;
  }

  /** For reindexing: published items in id order, a batch at a time. */
  async publishedBatch<K extends ListingKind>(kind: K, afterId: string | null, size: number): Promise<Array<Dto<K>>> {
    const qb = this.dataSource
      .getRepository(KINDS[kind].entity)
      .createQueryBuilder('l')
      .where('l.status = :s', { s: 'published' })
      .orderBy('l.id')
      .take(size);
    if (afterId) qb.andWhere('l.id > :afterId', { afterId });
    return this.toDtos(kind, await qb.getMany());
  }

  /** The newest published items (the portal's 最新成果 and 最新需求). */
  async latestPublished<K extends ListingKind>(kind: K, limit: number): Promise<Array<Dto<K>>> {
    const rows = await this.dataSource.getRepository(KINDS[kind].entity).find({ where: { status: 'published' }, order: { publishedAt: 'DESC', id: 'DESC' }, take: limit });
    return this.toDtos(kind, rows);
  }

  async countPublished(kind: ListingKind): Promise<number> {
    return this.dataSource.getRepository(KINDS[kind].entity).count({ where: { status: 'published' } });
  }

  private visible(row: Entity, user: AuthUser | undefined): boolean {
    return row.status === 'published' || (!!user && canManageOrganizationItem(user, row.organizationId));
  }

  /**
   * Loads the row under a lock, refuses what the review flow does not allow (409) and what the
   * caller may not see (404), applies the change and saves — all in one transaction.
   */
  private async change<K extends ListingKind>(
    kind: K,
    user: AuthUser,
    id: string,
    action: ListingAction,
    apply: (manager: EntityManager, row: Entity) => Promise<void>,
  ): Promise<Dto<K>> {
    const entity = KINDS[kind].entity;
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(entity, { where: { id }, lock: { mode: 'pessimistic_write', tables: [kind === 'achievement' ? 'achievements' : 'needs'] } });
      if (!row || !this.visible(row, user)) throw fail(CATALOG_ERRORS.NOT_FOUND, nouns(kind));
      // who first (403), then whether the status allows it (409): one rule each, in contracts
      if (!actorMayTake(action, { owner: isMemberOf(user, row.organizationId), staff: user.role === 'staff' })) throw this.notActor(kind, action);
      if (nextListingStatus(row.status, action) === null) {
        throw fail(CATALOG_ERRORS.STATUS_CONFLICT, {
          status: LISTING_STATUS_LABELS[row.status].zh,
          statusEn: row.status,
          action: ACTION_ZH[action],
          actionEn: `${action} (allowed from: ${allowedFrom(action).join(', ')})`,
        });
      }
      if (action === 'edit' || action === 'archive') {
        const held = await this.holds.reason(manager, kind, row.id);
        if (held) throw fail(CATALOG_ERRORS.HELD, { reason: held, reasonEn: held });
      }
      await apply(manager, row);
      await manager.save(entity, row);
      return row.id;
    });
    if (action === 'approve' || action === 'archive') await this.outbox.kick(`${kind} ${action}`);
    await this.changes.touch('catalog');
    const row = await this.dataSource.getRepository(entity).findOneByOrFail({ id: saved });
    // the owner's drafts and rejections, and staff's review queue when the item entered or left it
    await this.work.nudge({ organization: row.organizationId }, action === 'submit' || action === 'approve' || action === 'reject' ? { staff: true } : null);
    return this.toDto(kind, row);
  }

  /** Who may take an action is LISTING_ACTORS' rule; this words the refusal. */
  private notActor(kind: ListingKind, action: ListingAction) {
    if (LISTING_ACTORS[action] === 'staff') return fail(AUTH_ERRORS.ROLE_NOT_ALLOWED, { roles: '科技局工作人员', rolesEn: 'staff' });
    const staffToo = LISTING_ACTORS[action] === 'owner_or_staff';
    return fail(CATALOG_ERRORS.NOT_OWNER, {
      ...nouns(kind),
      orStaff: staffToo ? '或科技局' : '',
      orStaffEn: staffToo ? ' or staff' : '',
      action: ACTION_ZH[action],
      actionEn: action,
    });
  }

  private checkRegion(region: string): void {
    if (!this.config.regions.includes(region)) throw fail(CATALOG_ERRORS.UNKNOWN_REGION, { regions: this.config.regions.join(', ') });
  }

  private checkBudget(min: number, max: number): void {
    if (!budgetRangeValid(min, max)) throw fail(CATALOG_ERRORS.BUDGET_RANGE);
  }

  private checkDeadline(deadline: string): Date {
    const d = new Date(deadline);
    if (Number.isNaN(d.getTime())) throw fail(CATALOG_ERRORS.BAD_DEADLINE);
    // the day it names on the market's calendar must come after today there, as the web's form says
    if (!deadlineDayValid(isDay(deadline) ? deadline : wallDate(d), today())) throw fail(CATALOG_ERRORS.DEADLINE_PAST);
    return d;
  }
}
