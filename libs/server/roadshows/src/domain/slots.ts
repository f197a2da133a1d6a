/** Pure rules of an event's programme: slots present achievements in order and never overlap. */
export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

export type SlotProblem = 'outside_event' | 'overlap';

export const slotEnd = (startsAt: Date, durationMinutes: number): Date => new Date(startsAt.getTime() + durationMinutes * 60_000);

/** Half-open spans: one slot may start the minute the previous one ends. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Why a slot cannot go into the event's programme (null when it can). `others` are the live slots. */
export function slotProblem(slot: TimeSpan, event: TimeSpan, others: readonly TimeSpan[]): SlotProblem | null {
  if (slot.startsAt.getTime() < event.startsAt.getTime() || slot.endsAt.getTime() > event.endsAt.getTime()) return 'outside_event';
  return others.some((o) => overlaps(slot, o)) ? 'overlap' : null;
}

/** An event must end after it starts. */
export function validEventSpan(span: TimeSpan): boolean {
  return span.endsAt.getTime() > span.startsAt.getTime();
}

/**
 * Moving an event moves its programme: every slot keeps its distance from the start. Returns the
 * shifted slots; the caller checks them against the new span (a shortened event may cut one off).
 */
export function shiftSlots<T extends TimeSpan>(slots: readonly T[], oldStart: Date, newStart: Date): T[] {
  const delta = newStart.getTime() - oldStart.getTime();
  return slots.map((s) => ({ ...s, startsAt: new Date(s.startsAt.getTime() + delta), endsAt: new Date(s.endsAt.getTime() + delta) }));
}
