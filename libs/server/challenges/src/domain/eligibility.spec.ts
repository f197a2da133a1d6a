import { applicationRefusal } from './eligibility';

const open = { status: 'open', organizationId: 'publisher', deadlinePassed: false };
const lab = { role: 'researcher' as const, organizationId: 'lab', verification: 'verified' as const };

describe('applicationRefusal', () => {
  it('lets a verified research team or enterprise apply to an open challenge before its deadline', () => {
    expect(applicationRefusal(lab, open)).toBeNull();
    expect(applicationRefusal({ ...lab, role: 'enterprise' }, open)).toBeNull();
  });

  it('refuses brokers and staff, the publisher’s own organization and unverified ones', () => {
    expect(applicationRefusal({ ...lab, role: 'broker' }, open)).toBe('role');
    expect(applicationRefusal({ ...lab, role: 'staff' }, open)).toBe('role');
    expect(applicationRefusal({ ...lab, organizationId: 'publisher' }, open)).toBe('own_challenge');
    expect(applicationRefusal({ ...lab, verification: 'pending' }, open)).toBe('not_verified');
    expect(applicationRefusal({ ...lab, verification: null }, open)).toBe('not_verified');
  });

  it('is closed at the deadline and after it, and not open before approval', () => {
    expect(applicationRefusal(lab, { ...open, deadlinePassed: true })).toBe('closed');
    expect(applicationRefusal(lab, { ...open, status: 'evaluating' })).toBe('closed');
    expect(applicationRefusal(lab, { ...open, status: 'pending_review' })).toBe('not_open');
    expect(applicationRefusal(lab, { ...open, status: 'awarded' })).toBe('not_open');
  });
});
