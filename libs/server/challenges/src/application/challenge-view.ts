import { Injectable } from '@nestjs/common';
import type { Challenge, ChallengeApplication, ChallengeObjection } from '@market/contracts';
import { Directory, type OrganizationCard } from '@market/server/identity';
import type { ChallengeRow } from '../infrastructure/challenge.queries';
import type { ApplicationRow, ObjectionRow } from '../infrastructure/application.queries';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Challenges and applications as the API answers them, with the names identity owns (one query per list). */
@Injectable()
export class ChallengeViews {
  constructor(private readonly directory: Directory) {}

  async challenges(rows: ChallengeRow[]): Promise<Challenge[]> {
    const orgs = await this.directory.organizations(rows.flatMap((r) => [r.organization_id, ...(r.winner_organization_id ? [r.winner_organization_id] : [])]));
    return rows.map((r) => toChallenge(r, orgs));
  }

  async applications(rows: ApplicationRow[]): Promise<ChallengeApplication[]> {
    const [orgs, people] = await Promise.all([this.directory.organizations(rows.map((r) => r.organization_id)), this.directory.people(rows.map((r) => r.applicant_id))]);
    return rows.map((r) => {
      const org = orgs.get(r.organization_id);
      return {
        id: r.id,
        challengeId: r.challenge_id,
        status: r.status,
        organization: { id: r.organization_id, name: org?.name ?? '', kind: org?.kind ?? 'enterprise' },
        applicant: { id: r.applicant_id, name: people.get(r.applicant_id)?.name ?? '' },
        approach: r.approach,
        team: r.team,
        milestones: r.milestones,
        price: r.price === null ? null : Number(r.price),
        createdAt: r.created_at.toISOString(),
      };
    });
  }
}

export function toChallenge(r: ChallengeRow, orgs: Map<string, OrganizationCard>): Challenge {
  const winnerOrganizationId = r.winner_organization_id ?? null;
  const org = orgs.get(r.organization_id);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    requirements: r.requirements,
    field: r.field,
    bounty: Number(r.bounty),
    deadline: r.deadline.toISOString(),
    region: r.region,
    criteria: r.criteria,
    status: r.status,
    organization: { id: r.organization_id, name: org?.name ?? '', kind: org?.kind ?? 'enterprise' },
    reviewComment: r.review_comment,
    applicationCount: Number(r.application_count ?? 0),
    winner:
      r.winner_application_id && winnerOrganizationId
        ? { applicationId: r.winner_application_id, organization: { id: winnerOrganizationId, name: orgs.get(winnerOrganizationId)?.name ?? '' } }
        : null,
    announcementEndsAt: iso(r.announcement_ends_at),
    awardedAt: iso(r.awarded_at),
    failedNote: r.failed_note,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    publishedAt: iso(r.published_at),
  };
}

/** An objection as the public sees it: the text and its outcome, never who wrote it. */
export function toObjection(r: ObjectionRow): ChallengeObjection {
  return {
    id: r.id,
    text: r.text,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    resolution: r.resolution_note && r.resolved_at ? { note: r.resolution_note, at: r.resolved_at.toISOString() } : null,
  };
}
