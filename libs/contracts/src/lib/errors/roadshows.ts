import { defineErrors } from './define';

/** Roadshows, slots, registrations and attendance. */
export const ROADSHOWS_ERRORS = defineErrors('ROADSHOWS', {
  ENDS_BEFORE_START: { status: 400, zh: 'endsAt：结束时间须晚于开始时间', en: 'endsAt must be after startsAt' },
  START_IN_PAST: { status: 400, zh: 'startsAt：开始时间须晚于现在', en: 'startsAt must be in the future' },
  SLOT_OUTSIDE_EVENT: { status: 400, zh: 'startsAt/durationMinutes：时段须在活动时间内', en: 'startsAt/durationMinutes: the slot must lie within the event' },
  NOT_ACHIEVEMENT_OWNER: { status: 403, zh: '只有成果所属单位或科技局可以申请路演时段', en: "Only the achievement's organization or staff may propose a slot" },
  NOT_FOUND: { status: 404, zh: '活动不存在', en: 'Event not found' },
  NOT_REGISTERED: { status: 404, zh: '您没有报名该活动', en: 'You are not registered for this event' },
  SLOT_NOT_FOUND: { status: 404, zh: '路演时段不存在', en: 'Slot not found' },
  ACHIEVEMENT_NOT_FOUND: { status: 404, zh: '成果不存在', en: 'Achievement not found' },
  CALENDAR_NOT_FOUND: { status: 404, zh: '日历链接无效', en: 'Unknown calendar link' },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 409, zh: '只有已发布的成果可以路演', en: 'Only published achievements may be presented' },
  ALREADY_REGISTERED: { status: 409, zh: '您已报名该活动', en: 'You are already registered' },
  CANCELLED: { status: 409, zh: '活动已取消', en: 'The event is cancelled' },
  ENDED: { status: 409, zh: '活动已结束', en: 'The event has ended' },
  STARTED: { status: 409, zh: '活动已开始，{what}', en: 'The event has started: {whatEn}' },
  NOT_STARTED: { status: 409, zh: '活动开始后才能登记出席', en: 'Attendance is recorded once the event has started' },
  FULL: { status: 409, zh: '名额已满', en: 'The event is full' },
  CAPACITY_BELOW_REGISTERED: { status: 409, zh: '已有{registered}人报名，名额不能少于报名人数', en: '{registered} people have registered; capacity cannot be lower' },
  SLOTS_OUTSIDE: { status: 409, zh: '调整后的时间放不下已排定的路演时段，请先调整时段', en: 'Scheduled slots would fall outside the new time; move them first' },
  SLOT_OVERLAP: { status: 409, zh: '该时段与已有路演时段重叠', en: 'This slot overlaps another' },
  SLOT_NOT_PENDING: { status: 409, zh: '该时段已处理', en: 'This slot was already decided' },
  TOO_MANY_PENDING: { status: 409, zh: '贵单位在本活动已有 {pending} 个待审核的时段申请（最多 {max} 个），请等待科技局审核', en: 'Your organization has {pending} pending slot requests for this event (at most {max})' },
});
