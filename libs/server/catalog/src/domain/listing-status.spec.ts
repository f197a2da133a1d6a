import { LISTING_STATUSES } from '@market/contracts';
import { allowedFrom, nextListingStatus } from './listing-status';

// The flow itself is tested where it is written (libs/contracts listing-rules.spec.ts); this checks
// what the server's 409 says with it.
describe('listing review flow on the server', () => {
  it('names the statuses an action is allowed from', () => {
    expect(allowedFrom('edit')).toEqual(['draft', 'rejected']);
    expect(allowedFrom('archive')).toEqual(['draft', 'pending_review', 'published', 'rejected']);
    expect(allowedFrom('approve')).toEqual(['pending_review']);
  });

  it('refuses exactly the moves outside those statuses', () => {
    for (const s of LISTING_STATUSES) {
      expect([s, nextListingStatus(s, 'archive') === null]).toEqual([s, !allowedFrom('archive').includes(s)]);
    }
  });
});
