import { announcementEnd } from './announcement';

const now = new Date('2026-12-03T08:00:00.000Z');

describe('announcementEnd', () => {
  it('runs 7 days by default', () => {
    expect(announcementEnd(now)?.toISOString()).toBe('2026-12-10T08:00:00.000Z');
  });

  it('takes a requested end in the future and within 60 days, and nothing else', () => {
    expect(announcementEnd(now, '2026-12-05T08:00:00.000Z')?.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(announcementEnd(now, '2026-12-03T08:00:00.000Z')).toBeNull();
    expect(announcementEnd(now, '2026-12-01T08:00:00.000Z')).toBeNull();
    expect(announcementEnd(now, '2027-03-01T08:00:00.000Z')).toBeNull();
    expect(announcementEnd(now, 'soon')).toBeNull();
  });
});
