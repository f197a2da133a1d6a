import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ChallengeCriterion, ChallengeStatus, Field, QueueSort } from '@market/contracts';
import { likeContains, updateReturning } from '@market/server/platform';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

export interface ChallengeRow {
  id: string;
  organization_id: string;
  created_by: string;
  title: string;
  description: string;
  requirements: string[];
  field: Field;
  region: string;
  bounty: string;
  deadline: Date;
  criteria: ChallengeCriterion[];
  status: ChallengeStatus;
  review_comment: string | null;
  published_at: Date | null;
  evaluating_at: Date | null;
  winner_application_id: string | null;
  announcement_ends_at: Date | null;
  awarded_at: Date | null;
  failed_note: string | null;
  created_at: Date;
  updated_at: Date;
  /** Filled by the reads below (not columns). */
  application_count: number;
  winner_organization_id?: string | null;
}

export interface ChallengeFields {
  title: string;
  description: string;
  requirements: string[];
  field: Field;
  region: string;
  bounty: number;
  deadline: Date;
  criteria: ChallengeCriterion[];
}

export interface ChallengeListFilter {
  q?: string;
  status?: ChallengeStatus;
  field?: Field;
  region?: string;
  sort?: QueueSort;
}

/** The statuses the public sees, as SQL. */
const PUBLIC = `('open', 'evaluating', 'announced', 'awarded', 'failed')`;

const SELECT = `
  SELECT c.*, (SELECT count(*)::int FROM challenge_applications a WHERE a.challenge_id = c.id) AS application_count,
         (SELECT w.organization_id FROM challenge_applications w WHERE w.id = c.winner_application_id) AS winner_organization_id
    FROM challenges c`;

/** The SQL of `challenges`: the rows, the lists, and the clock's conditional moves. */
@Injectable()
export class ChallengeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(m: Db, organizationId: string, userId: string, f: ChallengeFields): Promise<string> {
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO challenges (organization_id, created_by, title, description, requirements, field, region, bounty, deadline, criteria)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10::jsonb) RETURNING id`,
      [organizationId, userId, f.title, f.description, JSON.stringify(f.requirements), f.field, f.region, f.bounty, f.deadline, JSON.stringify(f.criteria)],
    );
    return row.id;
  }

  async byId(id: string, db: Db = this.dataSource): Promise<ChallengeRow | undefined> {
    const [row]: ChallengeRow[] = await db.query(`${SELECT} WHERE c.id = $1`, [id]);
    return row;
  }

  async byIds(ids: string[]): Promise<ChallengeRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`${SELECT} WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /** The row locked FOR UPDATE until the caller's transaction ends. */
  async lock(m: Db, id: string): Promise<ChallengeRow | undefined> {
    const [row]: ChallengeRow[] = await m.query(`SELECT c.*, 0 AS application_count FROM challenges c WHERE c.id = $1 FOR UPDATE`, [id]);
    return row;
  }

  /**
   * The row with a share lock: applications and objections take it, so the clock's close and
   * award (which lock the row for update) wait for them, and they see the clock's move if it came first.
   */
  async share(m: Db, id: string): Promise<(ChallengeRow & { past: boolean }) | undefined> {
    const [row]: Array<ChallengeRow & { past: boolean }> = await m.query(`SELECT c.*, 0 AS application_count, clock_timestamp() > c.deadline AS past FROM challenges c WHERE c.id = $1 FOR SHARE`, [id]);
    return row;
  }

  /** Whether the moment has passed by the database's clock (the one the clock's moves use). */
  async passed(m: Db, at: Date): Promise<boolean> {
    const [{ passed }]: Array<{ passed: boolean }> = await m.query(`SELECT clock_timestamp() >= $1::timestamptz AS passed`, [at]);
    return passed;
  }

  async edit(m: Db, id: string, f: ChallengeFields): Promise<void> {
    await m.query(
      `UPDATE challenges SET title = $2, description = $3, requirements = $4::jsonb, field = $5, region = $6, bounty = $7, deadline = $8, criteria = $9::jsonb, updated_at = now() WHERE id = $1`,
      [id, f.title, f.description, JSON.stringify(f.requirements), f.field, f.region, f.bounty, f.deadline, JSON.stringify(f.criteria)],
    );
  }

  /** A review-flow move (submit, approve, reject, archive); approval stamps the publication. */
  async setStatus(m: Db, id: string, status: ChallengeStatus, comment?: string | null): Promise<void> {
    await m.query(
      `UPDATE challenges SET status = $2, review_comment = CASE WHEN $3::boolean THEN $4 ELSE review_comment END,
              published_at = CASE WHEN $2 = 'open' THEN now() ELSE published_at END, updated_at = now() WHERE id = $1`,
      [id, status, comment !== undefined, comment ?? null],
    );
  }

  async announce(m: Db, id: string, applicationId: string, endsAt: Date): Promise<void> {
    await m.query(`UPDATE challenges SET status = 'announced', winner_application_id = $2, announcement_ends_at = $3, updated_at = now() WHERE id = $1`, [id, applicationId, endsAt]);
  }

  /** An upheld objection: back to evaluating, the winner and the announcement's end cleared. */
  async reopenEvaluation(m: Db, id: string): Promise<void> {
    await m.query(`UPDATE challenges SET status = 'evaluating', winner_application_id = NULL, announcement_ends_at = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  async fail(m: Db, id: string, note: string): Promise<void> {
    await m.query(`UPDATE challenges SET status = 'failed', failed_note = $2, updated_at = now() WHERE id = $1`, [id, note]);
  }

  /**
   * The deadline's move: open → evaluating, only if still open and the deadline has passed by the
   * database's clock. Exactly one caller (job, timer, sweep, another worker) gets the row back.
   */
  async close(m: Db, id: string): Promise<ChallengeRow | undefined> {
    const [row] = await updateReturning<ChallengeRow>(
      m,
      `UPDATE challenges SET status = 'evaluating', evaluating_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'open' AND deadline <= clock_timestamp() RETURNING *`,
      [id],
    );
    return row;
  }

  /**
   * The announcement's end: announced → awarded, only once it has ended and no objection is open
   * (an upheld one has already sent the challenge back to evaluating). One caller wins.
   */
  async finalize(m: Db, id: string): Promise<ChallengeRow | undefined> {
    const [row] = await updateReturning<ChallengeRow>(
      m,
      `UPDATE challenges c SET status = 'awarded', awarded_at = now(), updated_at = now()
        WHERE c.id = $1 AND c.status = 'announced' AND c.announcement_ends_at <= clock_timestamp()
          AND NOT EXISTS (SELECT 1 FROM challenge_objections o WHERE o.challenge_id = c.id AND o.status = 'open')
        RETURNING *`,
      [id],
    );
    return row;
  }

  /** Challenges whose moment has come: open past the deadline, announced past the end (with no open objection). */
  async overdue(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM challenges WHERE status = 'open' AND deadline <= clock_timestamp()
       UNION ALL
       SELECT c.id FROM challenges c WHERE c.status = 'announced' AND c.announcement_ends_at <= clock_timestamp()
          AND NOT EXISTS (SELECT 1 FROM challenge_objections o WHERE o.challenge_id = c.id AND o.status = 'open')
       LIMIT 200`,
    );
    return rows.map((r) => r.id);
  }

  /** What comes due within the next seconds, with its moment (for the in-process timers). */
  async dueWithin(seconds: number): Promise<Array<{ id: string; at: Date }>> {
    return this.dataSource.query(
      `SELECT id, deadline AS at FROM challenges WHERE status = 'open' AND deadline <= now() + make_interval(secs => $1)
       UNION ALL
       SELECT id, announcement_ends_at AS at FROM challenges WHERE status = 'announced' AND announcement_ends_at <= now() + make_interval(secs => $1)`,
      [seconds],
    );
  }

  /** Every challenge still waiting for a moment (start-up re-arms their jobs). */
  async pendingMoments(): Promise<Array<{ id: string; at: Date }>> {
    return this.dataSource.query(
      `SELECT id, deadline AS at FROM challenges WHERE status = 'open'
       UNION ALL
       SELECT id, announcement_ends_at AS at FROM challenges WHERE status = 'announced'`,
    );
  }

  /** A page of one organization's challenges (我的榜单) or of the review queue, newest or oldest first. */
  async page(filter: ChallengeListFilter & { organizationId?: string }, limit: number, offset: number): Promise<{ rows: ChallengeRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.organizationId) add('c.organization_id = ?', filter.organizationId);
    if (filter.status) add('c.status = ?', filter.status);
    if (filter.field) add('c.field = ?', filter.field);
    if (filter.region) add('c.region = ?', filter.region);
    if (filter.q) add(`c.title ILIKE ? ESCAPE '\\'`, likeContains(filter.q));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = filter.sort === 'oldest' ? 'c.updated_at, c.id' : 'c.updated_at DESC, c.id DESC';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM challenges c ${clause}`, params);
    const rows: ChallengeRow[] = await this.dataSource.query(`${SELECT} ${clause} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params);
    return { rows, total };
  }

  /** For the search index: public challenges in id order, a batch at a time. */
  async publicBatch(afterId: string | null, size: number): Promise<ChallengeRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.status IN ${PUBLIC} AND ($1::uuid IS NULL OR c.id > $1) ORDER BY c.id LIMIT $2`, [afterId, size]);
  }

  async countPublic(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM challenges WHERE status IN ${PUBLIC}`);
    return n;
  }

  /** The newest open challenges (the portal's 最新榜单). */
  async latestOpen(limit: number): Promise<ChallengeRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.status = 'open' ORDER BY c.published_at DESC, c.id DESC LIMIT $1`, [limit]);
  }

  /**
   * The figures of the portal and the stats board, over challenges published in a year (by the
   * market's calendar) or over all when no year: open now, applications, the bounty total of
   * every public challenge, awarded and failed.
   */
  async figures(year: number | null, timeZone: string): Promise<{ published: number; open: number; applications: number; bountyTotal: number; awarded: number; failed: number; awardedBounty: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS published,
              count(*) FILTER (WHERE c.status = 'open')::int AS open,
              COALESCE(sum((SELECT count(*) FROM challenge_applications a WHERE a.challenge_id = c.id)), 0)::int AS applications,
              COALESCE(sum(c.bounty), 0)::bigint AS bounty_total,
              count(*) FILTER (WHERE c.status = 'awarded')::int AS awarded,
              count(*) FILTER (WHERE c.status = 'failed')::int AS failed,
              COALESCE(sum(c.bounty) FILTER (WHERE c.status = 'awarded'), 0)::bigint AS awarded_bounty
         FROM challenges c
        WHERE c.status IN ${PUBLIC} AND ($1::int IS NULL OR extract(year FROM c.published_at AT TIME ZONE $2)::int = $1)`,
      [year, timeZone],
    );
    return {
      published: row.published,
      open: row.open,
      applications: row.applications,
      bountyTotal: Number(row.bounty_total),
      awarded: row.awarded,
      failed: row.failed,
      awardedBounty: Number(row.awarded_bounty),
    };
  }

  async count(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM challenges`);
    return n;
  }

  /**
   * The demo seeder's shortcut through time: a deadline or an announcement's end moved to a past
   * moment, so that the clock moves the challenge as it would have (never called outside the demo).
   */
  async demoMoveMoment(id: string, moment: 'deadline' | 'announcement_ends_at', at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE challenges SET ${moment === 'deadline' ? 'deadline' : 'announcement_ends_at'} = $2 WHERE id = $1`, [id, at]);
  }
}
