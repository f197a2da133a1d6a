import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AUTH_ERRORS,
  CATALOG_ERRORS,
  CHALLENGE_ERRORS,
  CHALLENGE_STATUS_LABELS,
  criteriaProblem,
  nextChallengeStatus,
  type Challenge,
  type ChallengeAction,
  type CriteriaProblem,
  type Paginated,
  type TodoItem,
} from '@market/contracts';
import { APP_CONFIG, type AppConfig, Audit, ChangeSignals, fail, Outbox, WorkSignals } from '@market/server/platform';
import { canManageOrganizationItem, isMemberOf, type AuthUser } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { TOPICS } from '@market/server/events';
import { ChallengeQueries, type ChallengeFields, type ChallengeListFilter, type ChallengeRow } from '../infrastructure/challenge.queries';
import { ApplicationQueries } from '../infrastructure/application.queries';
import type { CreateChallengeDto, UpdateChallengeDto } from '../http/dto/challenge.dto';
import { ChallengeViews } from './challenge-view';
import { ChallengeMoments } from './challenge-moments';

/** The action a refused change names, in the message's words. */
export const ACTION_ZH: Record<ChallengeAction, string> = {
  edit: '修改',
  submit: '提交审核',
  approve: '通过审核',
  reject: '驳回',
  archive: '撤回',
  close: '截止揭榜',
  award: '确定揭榜方',
  uphold: '支持异议',
  finalize: '完成公示',
  fail: '流榜',
};

const CRITERIA_WORDS: Record<CriteriaProblem, { zh: string; en: string }> = {
  count: { zh: '评审标准应为 1 至 10 项', en: 'between 1 and 10 criteria' },
  name: { zh: '每项评审标准都要有名称（至多 40 字）', en: 'every criterion needs a name of at most 40 characters' },
  duplicate: { zh: '评审标准的名称不能重复', en: 'criterion names must differ' },
  weight: { zh: '权重应为 1 至 100 的整数', en: 'weights are integers from 1 to 100' },
  sum: { zh: '各项权重之和应为 100', en: 'the weights must sum to 100' },
};

/** The statuses anyone may see. */
const PUBLIC = new Set(['open', 'evaluating', 'announced', 'awarded', 'failed']);

/**
 * Challenges as listings: drafted by an enterprise (or staff), reviewed by staff, open until the
 * deadline. Every change locks its row; a change the public can see writes an outbox row for
 * search in the same transaction.
 */
@Injectable()
export class Challenges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ChallengeQueries,
    private readonly applications: ApplicationQueries,
    private readonly views: ChallengeViews,
    private readonly outbox: Outbox,
    private readonly notifications: Notifications,
    private readonly audit: Audit,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
    private readonly moments: ChallengeMoments,
  ) {}

  async create(user: AuthUser, dto: CreateChallengeDto): Promise<Challenge> {
    const fields = this.checked(dto);
    const id = await this.dataSource.transaction((m) => this.queries.insert(m, user.organizationId, user.id, fields));
    await this.work.nudge({ organization: user.organizationId });
    return this.view(id);
  }

  async update(user: AuthUser, id: string, dto: UpdateChallengeDto): Promise<Challenge> {
    return this.change(user, id, 'edit', async (m, row) => {
      const merged = this.checked({
        title: dto.title ?? row.title,
        description: dto.description ?? row.description,
        requirements: dto.requirements ?? row.requirements,
        field: dto.field ?? row.field,
        region: dto.region ?? row.region,
        bounty: dto.bounty ?? Number(row.bounty),
        deadline: dto.deadline ?? row.deadline.toISOString(),
        criteria: dto.criteria ?? row.criteria,
      });
      await this.queries.edit(m, row.id, merged);
    });
  }

  async submit(user: AuthUser, id: string): Promise<Challenge> {
    return this.change(user, id, 'submit', async (m, row) => {
      if (await this.queries.passed(m, row.deadline)) throw fail(CHALLENGE_ERRORS.DEADLINE_PAST);
      await this.queries.setStatus(m, row.id, 'pending_review');
    });
  }

  async archive(user: AuthUser, id: string): Promise<Challenge> {
    return this.change(user, id, 'archive', (m, row) => this.queries.setStatus(m, row.id, 'archived'));
  }

  /** Staff approve (→ open, searchable, matched) or reject with a reason; audited, the publisher told. */
  async review(user: AuthUser, id: string, decision: 'approve' | 'reject', comment?: string): Promise<Challenge> {
    const reason = comment?.trim() || null;
    if (decision === 'reject' && !reason) throw fail(CHALLENGE_ERRORS.REASON_REQUIRED);
    const action = decision === 'approve' ? 'approve' : 'reject';
    const done = await this.change(user, id, action, async (m, row) => {
      if (decision === 'approve' && (await this.queries.passed(m, row.deadline))) throw fail(CHALLENGE_ERRORS.DEADLINE_PASSED);
      await this.queries.setStatus(m, row.id, decision === 'approve' ? 'open' : 'rejected', reason);
      await this.audit.record(m, { actor: { id: user.id, role: user.role }, action: 'challenge.review', subjectType: 'challenge', subjectId: row.id, details: { decision, comment: reason } });
      await this.notifications.toOrganization(m, row.organization_id, {
        kind: 'review_result',
        title: decision === 'approve' ? `榜单已发布：${row.title}` : `榜单被驳回：${row.title}`,
        body: decision === 'approve' ? `揭榜截止时间 ${row.deadline.toISOString().slice(0, 16).replace('T', ' ')}（UTC）。${reason ?? ''}` : `驳回原因：${reason}`,
        link: `/challenges/${row.id}`,
        dedupeKey: `challenge-review-${row.id}-${Date.now()}`,
      });
      if (decision === 'approve') {
        await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
        await this.outbox.add(m as EntityManager, TOPICS.challengePublished, { id: row.id });
      }
    });
    if (decision === 'approve') {
      await this.outbox.kick('challenge approved');
      await this.moments.schedule(done.id, new Date(done.deadline));
    }
    return done;
  }

  /** One challenge: public ones to anyone; others to the publisher's members and staff. */
  async get(user: AuthUser | undefined, id: string): Promise<Challenge> {
    const row = await this.queries.byId(id);
    if (!row || !(await this.visible(row, user))) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
    const [challenge] = await this.views.challenges([row]);
    if (!user) return challenge;
    const [reviewer, application] = [await this.applications.isReviewer(id, user.id), await this.applications.ofOrganization(id, user.organizationId)];
    return { ...challenge, viewer: { publisher: isMemberOf(user, row.organization_id), reviewer: !!reviewer, applicationId: application?.id ?? null } };
  }

  /** 我的榜单: every challenge of the caller's organization. */
  async mine(user: AuthUser, filter: ChallengeListFilter, page: number, pageSize: number): Promise<Paginated<Challenge>> {
    const { rows, total } = await this.queries.page({ ...filter, organizationId: user.organizationId }, pageSize, (page - 1) * pageSize);
    return { items: await this.views.challenges(rows), total, page, pageSize };
  }

  /** Staff's queue: challenges waiting for review, oldest first unless asked otherwise. */
  async reviewQueue(filter: ChallengeListFilter, page: number, pageSize: number): Promise<Paginated<Challenge>> {
    const { rows, total } = await this.queries.page({ ...filter, status: 'pending_review', sort: filter.sort ?? 'oldest' }, pageSize, (page - 1) * pageSize);
    return { items: await this.views.challenges(rows), total, page, pageSize };
  }

  /** For search and matching: the current challenge whatever its status (null when gone). */
  async current(id: string): Promise<Challenge | null> {
    const row = await this.queries.byId(id);
    return row ? (await this.views.challenges([row]))[0] : null;
  }

  /** For reindexing: public challenges in id order, a batch at a time. */
  async publicBatch(afterId: string | null, size: number): Promise<Challenge[]> {
    return this.views.challenges(await this.queries.publicBatch(afterId, size));
  }

  countPublic(): Promise<number> {
    return this.queries.countPublic();
  }

  /** The portal's 最新榜单. */
  async latestOpen(limit: number): Promise<Challenge[]> {
    return this.views.challenges(await this.queries.latestOpen(limit));
  }

  /** The figures of the portal and the stats board; a year narrows them to what was published in it. */
  figures(year: number | null) {
    return this.queries.figures(year, this.config.timeZone);
  }

  /**
   * Challenges' part of `GET /api/me/todo`: staff's challenges to review and objections to
   * resolve; a reviewer's applications not yet scored (of challenges in evaluation).
   */
  async workFor(user: AuthUser, entries: number): Promise<TodoItem[]> {
    if (user.role === 'staff') {
      const queue = await this.queries.page({ status: 'pending_review', sort: 'oldest' }, entries, 0);
      const objections = await this.applications.openObjections(entries);
      const titles = new Map((await this.queries.byIds([...new Set(objections.rows.map((o) => o.challenge_id))])).map((c) => [c.id, c.title]));
      return [
        {
          kind: 'challenge_review',
          count: queue.total,
          link: '/challenges/review',
          entries: queue.rows.map((c) => ({ title: c.title, link: `/challenges/${c.id}`, note: null, stage: null, at: c.updated_at.toISOString() })),
        },
        {
          kind: 'objections',
          count: objections.total,
          link: '/challenges/review',
          entries: objections.rows.map((o) => ({ title: titles.get(o.challenge_id) ?? '', link: `/challenges/${o.challenge_id}/announcement`, note: o.text, stage: null, at: o.created_at.toISOString() })),
        },
      ];
    }
    const challengeIds = await this.applications.challengesReviewedBy(user.id);
    if (challengeIds.length === 0) return [];
    const rows = (await this.queries.byIds(challengeIds)).filter((c) => c.status === 'evaluating');
    const waiting: TodoItem['entries'] = [];
    let count = 0;
    for (const c of rows) {
      const [apps, scores] = await Promise.all([this.applications.ofChallenge(c.id), this.applications.scores(c.id)]);
      const scored = new Set(scores.filter((s) => s.reviewer_id === user.id).map((s) => s.application_id));
      const open = apps.filter((a) => a.organization_id !== user.organizationId && !scored.has(a.id)).length;
      count += open;
      if (open > 0 && waiting.length < entries) waiting.push({ title: c.title, link: `/challenges/${c.id}/scoring`, note: null, stage: null, at: (c.evaluating_at ?? c.updated_at).toISOString() });
    }
    return [{ kind: 'scoring', count, link: waiting[0]?.link ?? '/challenges', entries: waiting }];
  }

  /** The row as the API answers it. */
  async view(id: string): Promise<Challenge> {
    const row = await this.queries.byId(id);
    if (!row) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
    return (await this.views.challenges([row]))[0];
  }

  /** Public from approval on; before that, only to its publisher's members and staff. */
  async visible(row: ChallengeRow, user: AuthUser | undefined): Promise<boolean> {
    if (PUBLIC.has(row.status)) return true;
    if (!user) return false;
    return canManageOrganizationItem(user, row.organization_id);
  }

  /**
   * Loads the row under a lock, refuses what the caller may not see (404) or do (403) and what the
   * status machine does not allow (409), applies the change — one transaction.
   */
  private async change(user: AuthUser, id: string, action: 'edit' | 'submit' | 'approve' | 'reject' | 'archive', apply: (m: EntityManager, row: ChallengeRow) => Promise<void>): Promise<Challenge> {
    const row = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.lock(m, id);
      if (!row || !(await this.visible(row, user))) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      const staffAction = action === 'approve' || action === 'reject';
      if (staffAction && user.role !== 'staff') throw fail(AUTH_ERRORS.ROLE_NOT_ALLOWED, { roles: '科技局工作人员', rolesEn: 'staff' });
      // the publisher's members edit, submit and withdraw; staff may withdraw too
      if (!staffAction && !isMemberOf(user, row.organization_id) && !(action === 'archive' && user.role === 'staff')) {
        throw fail(CHALLENGE_ERRORS.NOT_PUBLISHER, { action: ACTION_ZH[action], actionEn: action, orStaff: action === 'archive' ? '或科技局' : '', orStaffEn: action === 'archive' ? ' or staff' : '' });
      }
      if (nextChallengeStatus(row.status, action) === null) throw statusConflict(row, action);
      await apply(m, row);
      return row;
    });
    await this.changes.touch('challenges');
    await this.work.nudge({ organization: row.organization_id }, action === 'submit' || action === 'approve' || action === 'reject' ? { staff: true } : null);
    return this.view(row.id);
  }

  /** The fields after the rules no decorator can check: the region, the deadline, the criteria. */
  private checked(dto: CreateChallengeDto): ChallengeFields {
    if (!this.config.regions.includes(dto.region)) throw fail(CATALOG_ERRORS.UNKNOWN_REGION, { regions: this.config.regions.join(', ') });
    const deadline = new Date(dto.deadline);
    if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= Date.now()) throw fail(CHALLENGE_ERRORS.DEADLINE_PAST);
    const criteria = dto.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight }));
    const problem = criteriaProblem(criteria);
    if (problem) throw fail(CHALLENGE_ERRORS.CRITERIA, { problem: CRITERIA_WORDS[problem].zh, problemEn: CRITERIA_WORDS[problem].en });
    return {
      title: dto.title,
      description: dto.description,
      requirements: dto.requirements,
      field: dto.field,
      region: dto.region,
      bounty: dto.bounty,
      deadline,
      criteria,
    };
  }
}

/** 409: the status does not allow the action. */
export function statusConflict(row: { status: ChallengeRow['status'] }, action: ChallengeAction) {
  return fail(CHALLENGE_ERRORS.STATUS_CONFLICT, { status: CHALLENGE_STATUS_LABELS[row.status].zh, statusEn: row.status, action: ACTION_ZH[action], actionEn: action });
}
