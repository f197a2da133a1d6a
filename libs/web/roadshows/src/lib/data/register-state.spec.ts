import { registerState } from './register-state';

const now = new Date('2026-12-01T00:00:00Z');
const event = {
  status: 'scheduled' as const,
  startsAt: '2026-12-02T06:00:00Z',
  endsAt: '2026-12-02T08:00:00Z',
  capacity: 2,
  registeredCount: 1,
  myRegistration: null,
};
const mine = { id: 'g', status: 'registered' as const, attended: null, createdAt: '2026-11-30T00:00:00Z' };

describe('registerState', () => {
  it('is open while places are left before the start', () => {
    expect(registerState(event, now)).toBe('open');
  });

  it('is full at capacity, but registered for someone who holds a place', () => {
    expect(registerState({ ...event, registeredCount: 2 }, now)).toBe('full');
    expect(registerState({ ...event, registeredCount: 2, myRegistration: mine }, now)).toBe('registered');
  });

  it('offers registering again after the caller cancelled', () => {
    expect(registerState({ ...event, myRegistration: { ...mine, status: 'cancelled' } }, now)).toBe('open');
  });

  it('closes at the start, at the end and when cancelled', () => {
    expect(registerState(event, new Date('2026-12-02T07:00:00Z'))).toBe('ongoing');
    expect(registerState(event, new Date('2026-12-02T09:00:00Z'))).toBe('ended');
    expect(registerState({ ...event, status: 'cancelled' }, now)).toBe('cancelled');
  });
});
