import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationStatus, Milestone, ObjectionStatus, TeamMember } from '@market/contracts';
import { updateReturning } from '@market/server/platform';

type Db = Pick<EntityManager, 'query'>;

export interface ApplicationRow {
  id: string;
  challenge_id: string;
  organization_id: string;
  applicant_id: string;
  approach: string;
  team: TeamMember[];
  milestones: Milestone[];
  price: string | null;
  status: ApplicationStatus;
  created_at: Date;
}

export interface ReviewerRow {
  challenge_id: string;
  user_id: string;
  organization_id: string;
  assigned_at: Date;
}

export interface ScoreRow {
  application_id: string;
  reviewer_id: string;
  scores: Record<string, number>;
  total: string;
  comment: string | null;
  updated_at: Date;
}

export interface ObjectionRow {
  id: string;
  challenge_id: string;
  author_id: string;
  text: string;
  status: ObjectionStatus;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Date;
}

/** The SQL of a challenge's applications, reviewers, scores and objections. */
@Injectable()
export class ApplicationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new application, or undefined when the organization already has one (the unique key decides a race). */
  async insert(m: Db, a: { challengeId: string; organizationId: string; applicantId: string; approach: string; team: TeamMember[]; milestones: Milestone[]; price: number | null }): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await m.query(
      `INSERT INTO challenge_applications (challenge_id, organization_id, applicant_id, approach, team, milestones, price)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
       ON CONFLICT (challenge_id, organization_id) DO NOTHING RETURNING *`,
      [a.challengeId, a.organizationId, a.applicantId, a.approach, JSON.stringify(a.team), JSON.stringify(a.milestones), a.price],
    );
    return row;
  }

  async ofChallenge(challengeId: string, db: Db = this.dataSource): Promise<ApplicationRow[]> {
    return db.query(`SELECT * FROM challenge_applications WHERE challenge_id = $1 ORDER BY created_at, id`, [challengeId]);
  }

  async ofOrganization(challengeId: string, organizationId: string): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await this.dataSource.query(`SELECT * FROM challenge_applications WHERE challenge_id = $1 AND organization_id = $2`, [challengeId, organizationId]);
    return row;
  }

  async byId(challengeId: string, id: string, db: Db = this.dataSource): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await db.query(`SELECT * FROM challenge_applications WHERE challenge_id = $1 AND id = $2`, [challengeId, id]);
    return row;
  }

  /** 我的揭榜: an organization's applications, newest first, with their challenges' ids. */
  async pageOfOrganization(organizationId: string, limit: number, offset: number): Promise<{ rows: ApplicationRow[]; total: number }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM challenge_applications WHERE organization_id = $1`, [organizationId]);
    const rows: ApplicationRow[] = await this.dataSource.query(`SELECT * FROM challenge_applications WHERE organization_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`, [organizationId, limit, offset]);
    return { rows, total };
  }

  /** The winner is marked, the others not selected (at the award); an upheld objection puts them all back. */
  async markWinner(m: Db, challengeId: string, winnerId: string | null): Promise<void> {
    await m.query(`UPDATE challenge_applications SET status = CASE WHEN $2::uuid IS NULL THEN 'submitted' WHEN id = $2 THEN 'winner' ELSE 'not_selected' END WHERE challenge_id = $1`, [challengeId, winnerId]);
  }

  async reviewers(challengeId: string, db: Db = this.dataSource): Promise<ReviewerRow[]> {
    return db.query(`SELECT * FROM challenge_reviewers WHERE challenge_id = $1 ORDER BY assigned_at, user_id`, [challengeId]);
  }

  async isReviewer(challengeId: string, userId: string): Promise<ReviewerRow | undefined> {
    const [row]: ReviewerRow[] = await this.dataSource.query(`SELECT * FROM challenge_reviewers WHERE challenge_id = $1 AND user_id = $2`, [challengeId, userId]);
    return row;
  }

  /** Adds reviewers; naming one twice changes nothing. */
  async addReviewers(m: Db, challengeId: string, reviewers: Array<{ userId: string; organizationId: string }>, staffId: string): Promise<void> {
    for (const r of reviewers) {
      await m.query(`INSERT INTO challenge_reviewers (challenge_id, user_id, organization_id, assigned_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [challengeId, r.userId, r.organizationId, staffId]);
    }
  }

  /** The challenges a user reviews (评审任务). */
  async challengesReviewedBy(userId: string): Promise<string[]> {
    const rows: Array<{ challenge_id: string }> = await this.dataSource.query(`SELECT challenge_id FROM challenge_reviewers WHERE user_id = $1 ORDER BY assigned_at DESC`, [userId]);
    return rows.map((r) => r.challenge_id);
  }

  /** A reviewer's scores of one application; scoring again replaces them. */
  async upsertScore(m: Db, s: { challengeId: string; applicationId: string; reviewerId: string; scores: Record<string, number>; total: number; comment: string | null }): Promise<void> {
    await m.query(
      `INSERT INTO challenge_scores (application_id, reviewer_id, challenge_id, scores, total, comment) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (application_id, reviewer_id) DO UPDATE SET scores = EXCLUDED.scores, total = EXCLUDED.total, comment = EXCLUDED.comment, updated_at = now()`,
      [s.applicationId, s.reviewerId, s.challengeId, JSON.stringify(s.scores), s.total, s.comment],
    );
  }

  async scores(challengeId: string): Promise<ScoreRow[]> {
    return this.dataSource.query(`SELECT application_id, reviewer_id, scores, total, comment, updated_at FROM challenge_scores WHERE challenge_id = $1 ORDER BY updated_at`, [challengeId]);
  }

  async insertObjection(m: Db, challengeId: string, authorId: string, text: string): Promise<ObjectionRow> {
    const [row]: ObjectionRow[] = await m.query(`INSERT INTO challenge_objections (challenge_id, author_id, text) VALUES ($1, $2, $3) RETURNING *`, [challengeId, authorId, text]);
    return row;
  }

  async objections(challengeId: string): Promise<ObjectionRow[]> {
    return this.dataSource.query(`SELECT * FROM challenge_objections WHERE challenge_id = $1 ORDER BY created_at, id`, [challengeId]);
  }

  /** Resolves an open objection; undefined when it is not open (decided meanwhile) or not of this challenge. */
  async resolveObjection(m: Db, challengeId: string, id: string, upheld: boolean, note: string, staffId: string): Promise<ObjectionRow | undefined> {
    const [row] = await updateReturning<ObjectionRow>(
      m,
      `UPDATE challenge_objections SET status = $3, resolution_note = $4, resolved_by = $5, resolved_at = now()
        WHERE challenge_id = $1 AND id = $2 AND status = 'open' RETURNING *`,
      [challengeId, id, upheld ? 'upheld' : 'dismissed', note, staffId],
    );
    return row;
  }

  async objectionById(challengeId: string, id: string): Promise<ObjectionRow | undefined> {
    const [row]: ObjectionRow[] = await this.dataSource.query(`SELECT * FROM challenge_objections WHERE challenge_id = $1 AND id = $2`, [challengeId, id]);
    return row;
  }

  /** Open objections over every challenge (staff's work list). */
  async openObjections(limit: number): Promise<{ rows: ObjectionRow[]; total: number }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM challenge_objections WHERE status = 'open'`);
    const rows: ObjectionRow[] = await this.dataSource.query(`SELECT * FROM challenge_objections WHERE status = 'open' ORDER BY created_at LIMIT $1`, [limit]);
    return { rows, total };
  }
}
