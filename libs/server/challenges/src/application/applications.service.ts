import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AUTH_ERRORS,
  CHALLENGE_ERRORS,
  CHALLENGE_LIMITS,
  meanScore,
  rankOrder,
  scoresProblem,
  weightedTotal,
  type Challenge,
  type ChallengeApplication,
  type ChallengeReview,
  type ChallengeReviewer,
  type Paginated,
  type RankingEntry,
} from '@market/contracts';
import { Audit, fail, Outbox, WorkSignals } from '@market/server/platform';
import { TOPICS } from '@market/server/events';
import { Directory, isMemberOf, Organizations, type AuthUser } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { applicationRefusal } from '../domain/eligibility';
import { conflictingApplications, reviewerConflict } from '../domain/conflicts';
import { ChallengeQueries, type ChallengeRow } from '../infrastructure/challenge.queries';
import { ApplicationQueries } from '../infrastructure/application.queries';
import type { ApplyDto, ScoreDto } from '../http/dto/challenge.dto';
import { ChallengeViews } from './challenge-view';
import { Challenges, statusConflict } from './challenges.service';

const SCORE_WORDS = {
  missing: { zh: '未评分', en: 'is not scored' },
  unknown: { zh: '不是本榜单的评审标准', en: 'is not a criterion of this challenge' },
  range: { zh: '应为 0 至 100 的整数', en: 'must be an integer from 0 to 100' },
} as const;

/**
 * Applying (揭榜), the reviewers staff name, their scores, and the ranking. Who sees what: the
 * applications to the publisher's members, staff and the challenge's reviewers; an applicant
 * its own.
 */
@Injectable()
export class ChallengeApplications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: Challenges,
    private readonly queries: ChallengeQueries,
    private readonly applications: ApplicationQueries,
    private readonly views: ChallengeViews,
    private readonly organizations: Organizations,
    private readonly directory: Directory,
    private readonly notifications: Notifications,
    private readonly audit: Audit,
    private readonly work: WorkSignals,
    private readonly outbox: Outbox,
  ) {}

  /**
   * One application per organization while the challenge is open. The row's share lock orders
   * it against the deadline's close (which locks for update): an application either commits
   * before the close or sees the challenge closed, and the deadline is read on the database's clock.
   */
  async apply(user: AuthUser, challengeId: string, dto: ApplyDto): Promise<ChallengeApplication> {
    const row = await this.dataSource.transaction(async (m) => {
      const challenge = await this.queries.share(m, challengeId);
      if (!challenge || !(await this.challenges.visible(challenge, user))) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      const verification = await this.organizations.verificationOf(user.organizationId, m);
      const refusal = applicationRefusal({ role: user.role, organizationId: user.organizationId, verification }, { status: challenge.status, organizationId: challenge.organization_id, deadlinePassed: challenge.past });
      if (refusal === 'role') throw fail(AUTH_ERRORS.ROLE_NOT_ALLOWED, { roles: '科研人员或企业', rolesEn: 'researchers or enterprises' });
      if (refusal === 'own_challenge') throw fail(CHALLENGE_ERRORS.OWN_CHALLENGE);
      if (refusal === 'not_verified') throw fail(CHALLENGE_ERRORS.ORG_NOT_VERIFIED, { action: '揭榜', actionEn: 'apply' });
      if (refusal === 'closed') throw fail(CHALLENGE_ERRORS.CLOSED, { deadline: challenge.deadline.toISOString() });
      if (refusal === 'not_open') throw statusConflict(challenge, 'close');
      const inserted = await this.applications.insert(m, {
        challengeId,
        organizationId: user.organizationId,
        applicantId: user.id,
        approach: dto.approach,
        team: dto.team.map((t) => ({ name: t.name, title: t.title })),
        milestones: dto.milestones.map((s) => ({ title: s.title, dueAt: s.dueAt })),
        price: dto.price ?? null,
      });
      if (!inserted) throw fail(CHALLENGE_ERRORS.ALREADY_APPLIED);
      await this.notifications.toOrganization(m, challenge.organization_id, {
        kind: 'challenge_result',
        title: `收到揭榜方案：${challenge.title}`,
        body: '有单位提交了揭榜方案，截止后由专家评审。',
        link: `/challenges/${challenge.id}/ranking`,
        dedupeKey: `challenge-applied-${inserted.id}`,
      });
      // the hall's card counts the applications
      await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: challengeId });
      return inserted;
    });
    await this.outbox.kick('challenge application');
    await this.work.nudge({ organization: user.organizationId });
    return (await this.views.applications([row]))[0];
  }

  /** Every application, to the publisher's members, staff and the reviewers. */
  async list(user: AuthUser, challengeId: string): Promise<{ items: ChallengeApplication[] }> {
    await this.assertInsider(user, challengeId);
    return { items: await this.views.applications(await this.applications.ofChallenge(challengeId)) };
  }

  /** The caller's organization's own application (404 when it has none). */
  async mine(user: AuthUser, challengeId: string): Promise<ChallengeApplication> {
    await this.challenges.get(user, challengeId);
    const row = await this.applications.ofOrganization(challengeId, user.organizationId);
    if (!row) throw fail(CHALLENGE_ERRORS.APPLICATION_NOT_FOUND);
    return (await this.views.applications([row]))[0];
  }

  /** 我的揭榜: the organization's applications with their challenges, newest first. */
  async ofMyOrganization(user: AuthUser, page: number, pageSize: number): Promise<Paginated<{ application: ChallengeApplication; challenge: Challenge }>> {
    const { rows, total } = await this.applications.pageOfOrganization(user.organizationId, pageSize, (page - 1) * pageSize);
    const [apps, challenges] = await Promise.all([this.views.applications(rows), this.views.challenges(await this.queries.byIds(rows.map((r) => r.challenge_id)))]);
    const byId = new Map(challenges.map((c) => [c.id, c]));
    return { items: apps.flatMap((application) => (byId.has(application.challengeId) ? [{ application, challenge: byId.get(application.challengeId) as Challenge }] : [])), total, page, pageSize };
  }

  /**
   * Staff name reviewers once the challenge is in evaluation: active users outside the
   * publisher's organization (409 names the one who is not); naming one twice changes nothing.
   * Each is told, and sees which applications they must stay out of.
   */
  async addReviewers(staff: AuthUser, challengeId: string, ids: string[], emails: string[] = []): Promise<{ items: ChallengeReviewer[] }> {
    const byEmail: string[] = [];
    for (const email of emails) {
      const person = await this.directory.personByEmail(email);
      if (!person || person.removed) throw fail(CHALLENGE_ERRORS.REVIEWER_UNKNOWN, { id: email });
      byEmail.push(person.id);
    }
    const userIds = [...new Set([...ids, ...byEmail])];
    if (userIds.length === 0) throw fail(CHALLENGE_ERRORS.REVIEWERS_REQUIRED);
    if (userIds.length > CHALLENGE_LIMITS.reviewers.max) throw fail(CHALLENGE_ERRORS.REVIEWERS_REQUIRED);
    const people = await this.directory.people(userIds);
    for (const id of userIds) {
      const p = people.get(id);
      if (!p || p.removed) throw fail(CHALLENGE_ERRORS.REVIEWER_UNKNOWN, { id });
    }
    const challenge = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.lock(m, challengeId);
      if (!row) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      if (row.status !== 'evaluating') throw statusConflict(row, 'award');
      for (const id of userIds) {
        const p = people.get(id);
        if (p && reviewerConflict(p.organization.id, row.organization_id) === 'publisher') throw fail(CHALLENGE_ERRORS.REVIEWER_PUBLISHER, { name: p.name });
      }
      await this.applications.addReviewers(m, row.id, userIds.map((id) => ({ userId: id, organizationId: people.get(id)?.organization.id as string })), staff.id);
      await this.audit.record(m, { actor: { id: staff.id, role: staff.role }, action: 'challenge.reviewers', subjectType: 'challenge', subjectId: row.id, details: { userIds } });
      await this.notifications.toUsers(m, userIds, {
        kind: 'challenge_review',
        title: `邀请您评审榜单：${row.title}`,
        body: '请按评审标准逐项为各揭榜方案打分；与您同单位的方案须回避。',
        link: `/challenges/${row.id}/scoring`,
        dedupeKey: `challenge-reviewer-${row.id}`,
      });
      return row;
    });
    await this.work.nudge(...userIds.map((id) => ({ user: id })));
    return this.reviewers(staff, challenge.id);
  }

  /** The reviewers with the applications each must stay out of. */
  async reviewers(user: AuthUser, challengeId: string): Promise<{ items: ChallengeReviewer[] }> {
    await this.assertInsider(user, challengeId);
    const [reviewers, apps] = await Promise.all([this.applications.reviewers(challengeId), this.applications.ofChallenge(challengeId)]);
    const people = await this.directory.people(reviewers.map((r) => r.user_id));
    const orgs = await this.directory.organizations(reviewers.map((r) => r.organization_id));
    const applications = apps.map((a) => ({ id: a.id, organizationId: a.organization_id }));
    return {
      items: reviewers.map((r) => ({
        id: r.user_id,
        name: people.get(r.user_id)?.name ?? '',
        organization: { id: r.organization_id, name: orgs.get(r.organization_id)?.name ?? '' },
        conflicts: conflictingApplications(r.organization_id, applications),
      })),
    };
  }

  /**
   * A reviewer scores one application per criterion while the challenge is in evaluation; scoring
   * again replaces the earlier scores. A reviewer of the applicant's organization is refused (403).
   */
  async score(user: AuthUser, challengeId: string, applicationId: string, dto: ScoreDto): Promise<ChallengeReview> {
    await this.dataSource.transaction(async (m) => {
      const challenge = await this.queries.share(m, challengeId);
      if (!challenge) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      const reviewer = (await this.applications.reviewers(challengeId, m)).find((r) => r.user_id === user.id);
      if (!reviewer) throw fail(CHALLENGE_ERRORS.NOT_REVIEWER);
      const application = await this.applications.byId(challengeId, applicationId, m);
      if (!application) throw fail(CHALLENGE_ERRORS.APPLICATION_NOT_FOUND);
      if (reviewerConflict(user.organizationId, challenge.organization_id, application.organization_id) !== null) {
        const org = (await this.directory.organizations([application.organization_id], m)).get(application.organization_id);
        throw fail(CHALLENGE_ERRORS.REVIEWER_CONFLICT, { organization: org?.name ?? '' });
      }
      if (challenge.status !== 'evaluating') throw statusConflict(challenge, 'award');
      const problem = scoresProblem(challenge.criteria, dto.scores);
      if (problem) throw fail(CHALLENGE_ERRORS.SCORES, { criterion: problem.criterion, problem: SCORE_WORDS[problem.kind].zh, problemEn: SCORE_WORDS[problem.kind].en });
      const scores = Object.fromEntries(challenge.criteria.map((c) => [c.name, dto.scores[c.name]]));
      await this.applications.upsertScore(m, { challengeId, applicationId, reviewerId: user.id, scores, total: weightedTotal(challenge.criteria, scores), comment: dto.comment?.trim() || null });
    });
    await this.work.nudge({ user: user.id });
    const ranking = await this.ranking(user, challengeId);
    const review = ranking.items.find((e) => e.application.id === applicationId)?.reviews.find((r) => r.reviewer.id === user.id);
    if (!review) throw fail(CHALLENGE_ERRORS.APPLICATION_NOT_FOUND);
    return review;
  }

  /** The applications by weighted mean, best first, each with its reviews. */
  async ranking(user: AuthUser, challengeId: string): Promise<{ items: RankingEntry[] }> {
    await this.assertInsider(user, challengeId);
    const [apps, scores] = await Promise.all([this.applications.ofChallenge(challengeId), this.applications.scores(challengeId)]);
    const applications = await this.views.applications(apps);
    const people = await this.directory.people(scores.map((s) => s.reviewer_id));
    const entries = applications.map((application) => {
      const reviews: ChallengeReview[] = scores
        .filter((s) => s.application_id === application.id)
        .map((s) => ({ reviewer: { id: s.reviewer_id, name: people.get(s.reviewer_id)?.name ?? '' }, scores: s.scores, total: Number(s.total), comment: s.comment, updatedAt: s.updated_at.toISOString() }));
      return { application, reviews, score: meanScore(reviews.map((r) => r.total)), createdAt: application.createdAt };
    });
    return { items: rankOrder(entries).map(({ application, score, reviews }) => ({ application, score, reviews })) };
  }

  /** The publisher's members, staff and the challenge's reviewers; 404 to those who may not see the challenge at all. */
  private async assertInsider(user: AuthUser, challengeId: string): Promise<ChallengeRow> {
    const row = await this.queries.byId(challengeId);
    if (!row || !(await this.challenges.visible(row, user))) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
    if (user.role === 'staff' || isMemberOf(user, row.organization_id)) return row;
    if (await this.applications.isReviewer(challengeId, user.id)) return row;
    throw fail(CHALLENGE_ERRORS.APPLICATIONS_HIDDEN);
  }
}
