import { overlaps, shiftSlots, slotEnd, slotProblem, validEventSpan } from './slots';

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00Z`);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const event = span('01:00', '05:00');

describe('slot rules', () => {
  it('computes the end from the duration', () => {
    expect(slotEnd(at('01:00'), 45)).toEqual(at('01:45'));
  });

  it('lets one slot start the minute the previous one ends', () => {
    expect(overlaps(span('01:00', '01:30'), span('01:30', '02:00'))).toBe(false);
    expect(slotProblem(span('01:30', '02:00'), event, [span('01:00', '01:30')])).toBeNull();
  });

  it('refuses overlaps, including a slot that contains another', () => {
    expect(slotProblem(span('01:20', '01:40'), event, [span('01:00', '01:30')])).toBe('overlap');
    expect(slotProblem(span('00:50', '04:00'), span('00:00', '05:00'), [span('01:00', '01:30')])).toBe('overlap');
    expect(slotProblem(span('01:10', '01:20'), event, [span('01:00', '01:30')])).toBe('overlap');
  });

  it('refuses a slot that starts before or ends after the event', () => {
    expect(slotProblem(span('00:30', '01:30'), event, [])).toBe('outside_event');
    expect(slotProblem(span('04:30', '05:30'), event, [])).toBe('outside_event');
    expect(slotProblem(span('04:30', '05:00'), event, [])).toBeNull();
  });

  it('checks that an event ends after it starts', () => {
    expect(validEventSpan(span('01:00', '01:00'))).toBe(false);
    expect(validEventSpan(span('01:00', '01:01'))).toBe(true);
  });

  it('moves the programme with the event', () => {
    const [moved] = shiftSlots([{ id: 's', ...span('01:30', '02:00') }], at('01:00'), at('03:00'));
    expect(moved).toEqual({ id: 's', ...span('03:30', '04:00') });
  });
});
