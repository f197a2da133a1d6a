import type { ListingStatus } from '@market/contracts';

/**
 * The review flow shared by achievements and needs:
 * draft → pending_review → published | rejected; rejected can be edited and submitted again;
 * anything not yet archived can be archived (withdrawn) by its owner or staff.
 */
export type ListingAction = 'edit' | 'submit' | 'approve' | 'reject' | 'archive';

const FROM: Record<ListingAction, readonly ListingStatus[]> = {
  edit: ['draft', 'rejected'],
  submit: ['draft', 'rejected'],
  approve: ['pending_review'],
  reject: ['pending_review'],
  archive: ['draft', 'pending_review', 'published', 'rejected'],
};

const TO: Record<ListingAction, ListingStatus | null> = {
  edit: null,
  submit: 'pending_review',
  approve: 'published',
  reject: 'rejected',
  archive: 'archived',
};

/** The status after the action, or null when the action is not allowed from `current`. */
export function nextListingStatus(current: ListingStatus, action: ListingAction): ListingStatus | null {
  if (!FROM[action].includes(current)) return null;
  return TO[action] ?? current;
}

export function allowedFrom(action: ListingAction): readonly ListingStatus[] {
  return FROM[action];
}
