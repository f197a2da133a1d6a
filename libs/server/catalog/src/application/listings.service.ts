import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Achievement, Need, Paginated } from '@market/contracts';
import { APP_CONFIG, type AppConfig, Audit, conflict, forbidden, invalid, notFound, Outbox } from '@market/server/platform';
import { canManageOrganizationItem, Directory, isMemberOf, Organizations, type AuthUser, type OrganizationCard } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { allowedFrom, nextListingStatus, type ListingAction } from '../domain/listing-status';
import { AchievementEntity, NeedEntity } from '../infrastructure/listing.entities';
import { ListingHolds } from './listing-holds';
import type { CreateAchievementDto, CreateNeedDto, UpdateAchievementDto, UpdateNeedDto } from '../http/dto/listing.dto';
import { CATALOG_CHANGED, CATALOG_PUBLISHED, KINDS, toAchievement, toNeed, type CatalogChanged, type ListingKind } from './listing-kinds';

type Entity = AchievementEntity | NeedEntity;
type Dto<K extends ListingKind> = K extends 'achievement' ? Achievement : Need;

const STATUS_ZH: Record<string, string> = { draft: '草稿', pending_review: '待审核', published: '已发布', rejected: '已驳回', archived: '已下架' };

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
    return this.toDto('achievement', await repo.findOneByOrFail({ id: saved.id }));
  }

  async createNeed(user: AuthUser, dto: CreateNeedDto): Promise<Need> {
    this.checkRegion(dto.region);
    this.checkBudget(dto.budgetMin, dto.budgetMax);
    const deadline = this.checkDeadline(dto.deadline);
    const repo = this.dataSource.getRepository(NeedEntity);
    const saved = await repo.save(repo.create({ ...dto, deadline, organizationId: user.organizationId, createdBy: user.id, status: 'draft' }));
    return this.toDto('need', await repo.findOneByOrFail({ id: saved.id }));
  }

  async update<K extends ListingKind>(kind: K, user: AuthUser, id: string, dto: UpdateAchievementDto | UpdateNeedDto): Promise<Dto<K>> {
    return this.change(kind, user, id, 'edit', async (manager, row) => {
      if (!isMemberOf(user, row.organizationId)) throw forbidden('CATALOG.NOT_OWNER', `只有发布单位可以修改该${KINDS[kind].noun}`);
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
      if (!isMemberOf(user, row.organizationId)) throw forbidden('CATALOG.NOT_OWNER', `只有发布单位可以提交该${KINDS[kind].noun}`);
      row.status = 'pending_review';
    });
  }

  async review<K extends ListingKind>(kind: K, user: AuthUser, id: string, decision: 'approve' | 'reject', comment?: string): Promise<Dto<K>> {
    return this.change(kind, user, id, decision, async (manager, row) => {
      const { noun, path } = KINDS[kind];
      // what is published speaks for its organization: only a verified one (机构认证) may publish
      if (decision === 'approve' && (await this.organizations.verificationOf(row.organizationId, manager)) !== 'verified') {
        throw conflict('CATALOG.ORG_NOT_VERIFIED', `发布单位尚未通过机构认证，不能发布该${noun} (the organization is not verified)`);
      }
      row.status = decision === 'approve' ? 'published' : 'rejected';
      row.reviewComment = comment ?? null;
      if (decision === 'approve') {
        row.publishedAt = new Date();
        await this.outbox.add(manager, CATALOG_CHANGED, { kind, id: row.id } satisfies CatalogChanged);
        await this.outbox.add(manager, CATALOG_PUBLISHED, { kind, id: row.id } satisfies CatalogChanged);
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
      if (!canManageOrganizationItem(user, row.organizationId)) throw forbidden('CATALOG.NOT_OWNER', `只有发布单位或科技局可以下架该${KINDS[kind].noun}`);
      const wasPublished = row.status === 'published';
      row.status = 'archived';
      if (wasPublished) await this.outbox.add(manager, CATALOG_CHANGED, { kind, id: row.id } satisfies CatalogChanged);
    });
  }

  /** Published items are public; others only to their organization and staff (404 for the rest). */
  async get<K extends ListingKind>(kind: K, user: AuthUser | undefined, id: string): Promise<Dto<K>> {
    const row = await this.dataSource.getRepository(KINDS[kind].entity).findOne({ where: { id } });
    if (!row || !this.visible(row, user)) throw notFound('CATALOG.NOT_FOUND', `${KINDS[kind].noun}不存在或未公开`);
    return this.toDto(kind, row);
  }

  async mine<K extends ListingKind>(kind: K, user: AuthUser, page: number, pageSize: number): Promise<Paginated<Dto<K>>> {
    return this.list(kind, { organizationId: user.organizationId }, page, pageSize);
  }

  async reviewQueue<K extends ListingKind>(kind: K, page: number, pageSize: number): Promise<Paginated<Dto<K>>> {
    return this.list(kind, { status: 'pending_review' }, page, pageSize, 'ASC');
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

  async countPublished(kind: ListingKind): Promise<number> {
    return this.dataSource.getRepository(KINDS[kind].entity).count({ where: { status: 'published' } });
  }

  private async list<K extends ListingKind>(
    kind: K,
    where: Record<string, unknown>,
    page: number,
    pageSize: number,
    order: 'ASC' | 'DESC' = 'DESC',
  ): Promise<Paginated<Dto<K>>> {
    const [rows, total] = await this.dataSource.getRepository(KINDS[kind].entity).findAndCount({
      where,
      order: { createdAt: order, id: order },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.toDtos(kind, rows), total, page, pageSize };
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
      if (!row || !this.visible(row, user)) throw notFound('CATALOG.NOT_FOUND', `${KINDS[kind].noun}不存在或未公开`);
      if (nextListingStatus(row.status, action) === null) {
        throw conflict(
          'CATALOG.STATUS_CONFLICT',
          `当前状态为「${STATUS_ZH[row.status]}」，不能执行该操作 (status ${row.status} does not allow ${action}; allowed from: ${allowedFrom(action).join(', ')})`,
        );
      }
      if (action === 'edit' || action === 'archive') {
        const held = await this.holds.reason(manager, kind, row.id);
        if (held) throw conflict('CATALOG.HELD', held);
      }
      await apply(manager, row);
      await manager.save(entity, row);
      return row.id;
    });
    if (action === 'approve' || action === 'archive') await this.outbox.kick(`${kind} ${action}`);
    const row = await this.dataSource.getRepository(entity).findOneByOrFail({ id: saved });
    return this.toDto(kind, row);
  }

  private checkRegion(region: string): void {
    if (!this.config.regions.includes(region)) throw invalid('CATALOG.UNKNOWN_REGION', `region must be one of: ${this.config.regions.join(', ')}`);
  }

  private checkBudget(min: number, max: number): void {
    if (min > max) throw invalid('CATALOG.BUDGET_RANGE', 'budgetMin must not be greater than budgetMax (预算下限不能高于上限)');
  }

  private checkDeadline(deadline: string): Date {
    const d = new Date(deadline);
    if (Number.isNaN(d.getTime())) throw invalid('CATALOG.BAD_DEADLINE', 'deadline must be an ISO 8601 date');
    if (d.getTime() <= Date.now()) throw invalid('CATALOG.DEADLINE_PAST', 'deadline must be in the future (截止日期必须晚于今天)');
    return d;
  }
}
