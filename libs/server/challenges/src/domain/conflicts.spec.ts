import { conflictingApplications, reviewerConflict } from './conflicts';

describe('reviewerConflict', () => {
  it('keeps the publisher’s people off the whole challenge and an applicant’s off its application', () => {
    expect(reviewerConflict('publisher', 'publisher')).toBe('publisher');
    expect(reviewerConflict('publisher', 'publisher', 'lab')).toBe('publisher');
    expect(reviewerConflict('lab', 'publisher', 'lab')).toBe('applicant');
    expect(reviewerConflict('expert', 'publisher', 'lab')).toBeNull();
    expect(reviewerConflict('lab', 'publisher')).toBeNull();
  });

  it('lists the applications a reviewer must stay out of', () => {
    const apps = [
      { id: 'a1', organizationId: 'lab' },
      { id: 'a2', organizationId: 'institute' },
    ];
    expect(conflictingApplications('lab', apps)).toEqual(['a1']);
    expect(conflictingApplications('expert', apps)).toEqual([]);
  });
});
