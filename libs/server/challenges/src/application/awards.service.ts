import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AUTH_ERRORS, CHALLENGE_ERRORS, CHALLENGE_LIMITS, nextChallengeStatus, type Challenge, type ChallengeObjection } from '@market/contracts';
import { Audit, ChangeSignals, fail, Outbox, WorkSignals } from '@market/server/platform';
import { isMemberOf, Organizations, type AuthUser } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { TOPICS } from '@market/server/events';
import { announcementEnd } from '../domain/announcement';
import { ChallengeQueries } from '../infrastructure/challenge.queries';
import { ApplicationQueries } from '../infrastructure/application.queries';
import { toObjection } from './challenge-view';
import { ChallengeMoments } from './challenge-moments';
import { Challenges, statusConflict } from './challenges.service';

/**
 * The end of a challenge: the award and its announcement (公示), objections and their
 * resolution, and 流榜. Every decision is audited and the applicants are told; the award itself
 * becomes final by the clock (ChallengeMoments) when the announcement ends clean.
 */
@Injectable()
export class ChallengeAwards {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: Challenges,
    private readonly queries: ChallengeQueries,
    private readonly applications: ApplicationQueries,
    private readonly organizations: Organizations,
    private readonly notifications: Notifications,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
    private readonly moments: ChallengeMoments,
  ) {}

  /** The publisher's admin or staff name the winner; the announcement runs until its end. */
  async award(user: AuthUser, challengeId: string, applicationId: string, requestedEnd?: string): Promise<Challenge> {
    const challenge = await this.challenges.get(user, challengeId);
    if (user.role !== 'staff' && !(isMemberOf(user, challenge.organization.id) && (await this.organizations.isAdmin(user)))) throw fail(CHALLENGE_ERRORS.NOT_ADMIN);
    const endsAt = announcementEnd(new Date(), requestedEnd);
    if (!endsAt) throw fail(CHALLENGE_ERRORS.ANNOUNCEMENT_END, { days: CHALLENGE_LIMITS.announcementDays.max });
    const row = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.lock(m, challengeId);
      if (!row) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      if (nextChallengeStatus(row.status, 'award') === null) throw statusConflict(row, 'award');
      const winner = await this.applications.byId(challengeId, applicationId, m);
      if (!winner) throw fail(CHALLENGE_ERRORS.APPLICATION_NOT_FOUND);
      await this.queries.announce(m, row.id, winner.id, endsAt);
      await this.applications.markWinner(m, row.id, winner.id);
      await this.audit.record(m, { actor: { id: user.id, role: user.role }, action: 'challenge.award', subjectType: 'challenge', subjectId: row.id, details: { applicationId: winner.id, announcementEndsAt: endsAt.toISOString() } });
      await this.tellApplicants(m, row.id, row.title, `challenge-announced-${row.id}-${endsAt.getTime()}`, (won) =>
        won
          ? `贵单位被确定为拟揭榜单位，公示至 ${endsAt.toISOString().slice(0, 16).replace('T', ' ')}（UTC），期满无异议即揭榜成功。`
          : '本榜单已确定拟揭榜单位，贵单位的方案未入选；对结果有异议的，可在公示期内提出。',
      );
      await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
      return row;
    });
    await this.moments.schedule(row.id, endsAt);
    await this.after(row.organization_id);
    return this.challenges.view(row.id);
  }

  /** Anyone signed in objects during the announcement; staff are told through their work list. */
  async object(user: AuthUser, challengeId: string, text: string): Promise<ChallengeObjection> {
    const objection = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.share(m, challengeId);
      if (!row || !(await this.challenges.visible(row, user))) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      // the share lock orders this against the announcement's end, which locks the row for update
      if (row.status !== 'announced' || !row.announcement_ends_at || (await this.queries.passed(m, row.announcement_ends_at))) throw statusConflict(row, 'uphold');
      return this.applications.insertObjection(m, challengeId, user.id, text);
    });
    await this.work.nudge({ staff: true });
    return toObjection(objection);
  }

  /** Staff and the publisher's members see every objection; anyone else the ones they wrote. */
  async objections(user: AuthUser, challengeId: string): Promise<{ items: ChallengeObjection[] }> {
    const challenge = await this.challenges.get(user, challengeId);
    const rows = await this.applications.objections(challengeId);
    const all = user.role === 'staff' || isMemberOf(user, challenge.organization.id);
    return { items: rows.filter((r) => all || r.author_id === user.id).map(toObjection) };
  }

  /**
   * Staff resolve an open objection with a note. Upheld: the challenge returns to evaluation (the
   * winner cleared, every application back to submitted). Dismissed: the announcement runs on, and
   * if it has already ended the clock awards it now.
   */
  async resolve(staff: AuthUser, challengeId: string, objectionId: string, upheld: boolean, note: string): Promise<ChallengeObjection> {
    if (!note.trim()) throw fail(CHALLENGE_ERRORS.NOTE_REQUIRED);
    const { objection, row } = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.lock(m, challengeId);
      if (!row) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      const objection = await this.applications.resolveObjection(m, challengeId, objectionId, upheld, note.trim(), staff.id);
      if (!objection) {
        if (await this.applications.objectionById(challengeId, objectionId)) throw fail(CHALLENGE_ERRORS.OBJECTION_RESOLVED);
        throw fail(CHALLENGE_ERRORS.OBJECTION_NOT_FOUND);
      }
      await this.audit.record(m, { actor: { id: staff.id, role: staff.role }, action: 'challenge.resolve_objection', subjectType: 'challenge', subjectId: row.id, details: { objectionId, upheld, note: note.trim() } });
      await this.notifications.toUsers(m, [objection.author_id], {
        kind: 'challenge_result',
        title: `异议处理结果：${row.title}`,
        body: `${upheld ? '异议成立，榜单重新进入评审。' : '异议不成立，公示继续。'}说明：${note.trim()}`,
        link: `/challenges/${row.id}/announcement`,
        dedupeKey: `challenge-objection-${objection.id}`,
      });
      if (upheld && nextChallengeStatus(row.status, 'uphold') !== null) {
        await this.queries.reopenEvaluation(m, row.id);
        await this.applications.markWinner(m, row.id, null);
        await this.tellApplicants(m, row.id, row.title, `challenge-reopened-${objection.id}`, () => `公示期间的异议成立，榜单重新进入专家评审。说明：${note.trim()}`);
        await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
      }
      return { objection, row };
    });
    await this.after(row.organization_id);
    // a dismissal after the announcement's end leaves nothing to wait for
    if (!upheld) await this.moments.due(row.id);
    return toObjection(objection);
  }

  /** 流榜: staff end an evaluation with no fitting application, with a note. */
  async fail(staff: AuthUser, challengeId: string, note: string): Promise<Challenge> {
    if (staff.role !== 'staff') throw fail(AUTH_ERRORS.ROLE_NOT_ALLOWED, { roles: '科技局工作人员', rolesEn: 'staff' });
    if (!note.trim()) throw fail(CHALLENGE_ERRORS.NOTE_REQUIRED);
    const row = await this.dataSource.transaction(async (m) => {
      const row = await this.queries.lock(m, challengeId);
      if (!row) throw fail(CHALLENGE_ERRORS.NOT_FOUND);
      if (nextChallengeStatus(row.status, 'fail') === null) throw statusConflict(row, 'fail');
      await this.queries.fail(m, row.id, note.trim());
      await this.audit.record(m, { actor: { id: staff.id, role: staff.role }, action: 'challenge.fail', subjectType: 'challenge', subjectId: row.id, details: { note: note.trim() } });
      await this.notifications.toOrganization(m, row.organization_id, { kind: 'challenge_result', title: `榜单流榜：${row.title}`, body: `说明：${note.trim()}`, link: `/challenges/${row.id}`, dedupeKey: `challenge-failed-${row.id}` });
      await this.tellApplicants(m, row.id, row.title, `challenge-failed-${row.id}`, () => `本榜单流榜，没有方案入选。说明：${note.trim()}`);
      await this.outbox.add(m as EntityManager, TOPICS.challengeChanged, { id: row.id });
      return row;
    });
    await this.after(row.organization_id);
    return this.challenges.view(row.id);
  }

  /** Each applicant organization hears the outcome (challenge_result), the winner in its own words. */
  private async tellApplicants(m: EntityManager, challengeId: string, title: string, dedupeKey: string, body: (won: boolean) => string): Promise<void> {
    for (const a of await this.applications.ofChallenge(challengeId, m)) {
      const won = a.status === 'winner';
      await this.notifications.toOrganization(m, a.organization_id, { kind: 'challenge_result', title: `揭榜结果：${title}`, body: body(won), link: `/challenges/${challengeId}/announcement`, dedupeKey });
    }
  }

  private async after(organizationId: string): Promise<void> {
    await this.outbox.kick('challenge decided');
    await this.changes.touch('challenges');
    await this.work.nudge({ organization: organizationId }, { staff: true });
  }
}
