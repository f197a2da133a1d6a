import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'draft', 'pending_review', 'rejected', 'open', 'evaluating', 'announced', 'awarded', 'failed', 'archived'`;

/**
 * 揭榜挂帅: challenges, the applications to them (one per organization), the reviewers staff
 * name, each reviewer's scores per application, and the objections to an announcement.
 */
export class Challenges1764072200000 implements MigrationInterface {
  name = 'Challenges1764072200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        description text NOT NULL,
        requirements jsonb NOT NULL,
        field text NOT NULL,
        region text NOT NULL,
        bounty bigint NOT NULL CHECK (bounty > 0),
        deadline timestamptz NOT NULL,
        criteria jsonb NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN (${STATUSES})),
        review_comment text,
        published_at timestamptz,
        evaluating_at timestamptz,
        winner_application_id uuid,
        announcement_ends_at timestamptz,
        awarded_at timestamptz,
        failed_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status NOT IN ('announced', 'awarded') OR (winner_application_id IS NOT NULL AND announcement_ends_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX challenges_organization ON challenges (organization_id, updated_at)`);
    await q.query(`CREATE INDEX challenges_status ON challenges (status, updated_at)`);
    // the clock's two questions: which open challenges reached their deadline, which announcements ended
    await q.query(`CREATE INDEX challenges_deadline_due ON challenges (deadline) WHERE status = 'open'`);
    await q.query(`CREATE INDEX challenges_announcement_due ON challenges (announcement_ends_at) WHERE status = 'announced'`);
    await q.query(`
      CREATE TABLE challenge_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        applicant_id uuid NOT NULL REFERENCES users (id),
        approach text NOT NULL,
        team jsonb NOT NULL,
        milestones jsonb NOT NULL,
        price bigint CHECK (price >= 0),
        status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'winner', 'not_selected')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (challenge_id, organization_id)
      )`);
    await q.query(`ALTER TABLE challenges ADD CONSTRAINT challenges_winner FOREIGN KEY (winner_application_id) REFERENCES challenge_applications (id)`);
    await q.query(`
      CREATE TABLE challenge_reviewers (
        challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        assigned_by uuid NOT NULL REFERENCES users (id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id)
      )`);
    await q.query(`CREATE INDEX challenge_reviewers_user ON challenge_reviewers (user_id)`);
    await q.query(`
      CREATE TABLE challenge_scores (
        application_id uuid NOT NULL REFERENCES challenge_applications (id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users (id),
        challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
        scores jsonb NOT NULL,
        total numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
        comment text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, reviewer_id)
      )`);
    await q.query(`CREATE INDEX challenge_scores_challenge ON challenge_scores (challenge_id)`);
    await q.query(`
      CREATE TABLE challenge_objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id),
        text text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        resolution_note text,
        resolved_by uuid REFERENCES users (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX challenge_objections_challenge ON challenge_objections (challenge_id, created_at)`);
    await q.query(`CREATE INDEX challenge_objections_open ON challenge_objections (created_at) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE challenge_objections`);
    await q.query(`DROP TABLE challenge_scores`);
    await q.query(`DROP TABLE challenge_reviewers`);
    await q.query(`ALTER TABLE challenges DROP CONSTRAINT challenges_winner`);
    await q.query(`DROP TABLE challenge_applications`);
    await q.query(`DROP TABLE challenges`);
  }
}
