import { LISTING_STATUSES } from '@market/contracts';
import { nextListingStatus } from './listing-status';

describe('listing review flow', () => {
  it('submits drafts and rejected items for review', () => {
    expect(nextListingStatus('draft', 'submit')).toBe('pending_review');
    expect(nextListingStatus('rejected', 'submit')).toBe('pending_review');
  });

  it('reviews only what is pending', () => {
    expect(nextListingStatus('pending_review', 'approve')).toBe('published');
    expect(nextListingStatus('pending_review', 'reject')).toBe('rejected');
    for (const s of LISTING_STATUSES.filter((x) => x !== 'pending_review')) {
      expect(nextListingStatus(s, 'approve')).toBeNull();
      expect(nextListingStatus(s, 'reject')).toBeNull();
    }
  });

  it('lets owners edit only drafts and rejected items, keeping their status', () => {
    expect(nextListingStatus('draft', 'edit')).toBe('draft');
    expect(nextListingStatus('rejected', 'edit')).toBe('rejected');
    expect(nextListingStatus('pending_review', 'edit')).toBeNull();
    expect(nextListingStatus('published', 'edit')).toBeNull();
    expect(nextListingStatus('archived', 'edit')).toBeNull();
  });

  it('archives anything not archived yet, once', () => {
    expect(nextListingStatus('published', 'archive')).toBe('archived');
    expect(nextListingStatus('draft', 'archive')).toBe('archived');
    expect(nextListingStatus('archived', 'archive')).toBeNull();
  });

  it('cannot submit what is already pending, published or archived', () => {
    for (const s of ['pending_review', 'published', 'archived'] as const) expect(nextListingStatus(s, 'submit')).toBeNull();
  });
});
