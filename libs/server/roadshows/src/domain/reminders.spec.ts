import { delayUntil, planReminders, reminderAction, reminderJobId } from './reminders';

const H = 3600_000;
const now = new Date('2026-12-01T00:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('planReminders', () => {
  it('plans 24 h and 1 h before the start', () => {
    const plan = planReminders(later(48 * H), now);
    expect(plan).toEqual([
      { offset: '24h', dueAt: later(24 * H), skipped: false },
      { offset: '1h', dueAt: later(47 * H), skipped: false },
    ]);
  });

  it('skips a reminder whose moment had passed at registration', () => {
    const plan = planReminders(later(5 * H), now);
    expect(plan.map((p) => [p.offset, p.skipped])).toEqual([
      ['24h', true],
      ['1h', false],
    ]);
    expect(planReminders(later(30 * 60_000), now).every((p) => p.skipped)).toBe(true);
  });

  it('counts a reminder due exactly now as passed', () => {
    expect(planReminders(later(H), now)[1]).toEqual({ offset: '1h', dueAt: now, skipped: true });
  });
});

describe('reminderAction', () => {
  const due = { dueAt: now, startsAt: later(H), registrationActive: true, eventScheduled: true };

  it('sends a due reminder of an active registration', () => {
    expect(reminderAction(due, now)).toBe('send');
  });

  it('waits for one not yet due (a job that fired for a moved reminder)', () => {
    expect(reminderAction({ ...due, dueAt: later(1000) }, now)).toBe('wait');
  });

  it('skips it when the user or staff cancelled, or the event already started', () => {
    expect(reminderAction({ ...due, registrationActive: false }, now)).toBe('skip');
    expect(reminderAction({ ...due, eventScheduled: false }, now)).toBe('skip');
    expect(reminderAction({ ...due, startsAt: now }, now)).toBe('skip');
  });
});

describe('reminder jobs', () => {
  it('names a job by reminder and due time, without colons', () => {
    expect(reminderJobId('r1', later(H))).toBe(`roadshow-reminder-r1-${later(H).getTime()}`);
    expect(reminderJobId('r1', later(H))).not.toContain(':');
    expect(reminderJobId('r1', later(2 * H))).not.toBe(reminderJobId('r1', later(H)));
  });

  it('fires late jobs at once', () => {
    expect(delayUntil(later(-5000), now)).toBe(0);
    expect(delayUntil(later(5000), now)).toBe(5000);
  });
});
