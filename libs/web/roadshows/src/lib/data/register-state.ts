import { RoadshowDetail, roadshowPhase } from '@market/contracts';

export type RegisterState = 'registered' | 'open' | 'full' | 'ongoing' | 'ended' | 'cancelled';

/** What the register button shows: the caller's registration first, then the event's phase and places. */
export function registerState(r: Pick<RoadshowDetail, 'status' | 'startsAt' | 'endsAt' | 'capacity' | 'registeredCount' | 'myRegistration'>, now = new Date()): RegisterState {
  if (r.myRegistration?.status === 'registered') return 'registered';
  const phase = roadshowPhase(r, now);
  if (phase !== 'upcoming') return phase;
  return r.registeredCount >= r.capacity ? 'full' : 'open';
}
