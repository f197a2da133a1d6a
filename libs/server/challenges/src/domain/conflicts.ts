/**
 * Conflicts of interest in review (回避): nobody of the publisher's organization reviews its
 * challenge at all, and nobody scores an application of their own organization.
 */
export type ReviewerConflict = 'publisher' | 'applicant';

export function reviewerConflict(reviewerOrganizationId: string, publisherOrganizationId: string, applicantOrganizationId?: string): ReviewerConflict | null {
  if (reviewerOrganizationId === publisherOrganizationId) return 'publisher';
  if (applicantOrganizationId !== undefined && reviewerOrganizationId === applicantOrganizationId) return 'applicant';
  return null;
}

/** The applications a reviewer must stay out of: those of the reviewer's own organization. */
export function conflictingApplications(reviewerOrganizationId: string, applications: ReadonlyArray<{ id: string; organizationId: string }>): string[] {
  return applications.filter((a) => a.organizationId === reviewerOrganizationId).map((a) => a.id);
}
