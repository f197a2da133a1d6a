import { defineErrors } from './define';

/** Auctions, lots, registrations and bids. `{i}` is the lot's index in the request. */
export const AUCTION_ERRORS = defineErrors('AUCTION', {
  ENDS_BEFORE_START: { status: 400, zh: 'lots.{i}.endsAt：结束时间必须晚于开始时间', en: 'lots.{i}.endsAt must be after startsAt' },
  ENDS_IN_PAST: { status: 400, zh: 'lots.{i}.endsAt：结束时间必须是将来的时间', en: 'lots.{i}.endsAt must be in the future' },
  DUPLICATE_LOT: { status: 400, zh: 'lots.{i}.achievementId：成果在本场中重复', en: 'lots.{i}.achievementId appears twice in this auction' },
  ACHIEVEMENT_MISSING: { status: 400, zh: 'lots.{i}.achievementId：成果不存在', en: 'lots.{i}.achievementId names no achievement' },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 400, zh: 'lots.{i}.achievementId：成果尚未发布，不能上拍', en: 'lots.{i}.achievementId is not published' },
  DEPOSIT_TOO_LOW: { status: 400, zh: 'amount：到账金额 ¥{amount} 低于本场保证金 ¥{required}', en: 'amount: the deposit received (¥{amount}) is below the required ¥{required}' },
  BAD_IDEMPOTENCY_KEY: { status: 400, zh: 'Idempotency-Key 须为 1–200 个可见 ASCII 字符', en: 'Idempotency-Key must be 1–200 printable ASCII characters' },
  ENTERPRISES_ONLY: { status: 403, zh: '只有企业用户可以报名竞价和出价', en: 'Only enterprise users may register and bid' },
  ORG_NOT_VERIFIED: { status: 403, zh: '贵单位尚未通过机构认证，暂不能报名竞价', en: 'Your organization is not verified yet and cannot register' },
  OWN_LOT: { status: 403, zh: '本场竞价有贵单位的拍品，贵单位不能报名竞买', en: 'This auction holds your organization’s lots; it cannot bid in it' },
  NOT_REGISTERED: { status: 403, zh: '贵单位尚未报名该竞价活动，不能出价', en: 'Your organization has not registered for this auction' },
  DEPOSIT_PENDING: { status: 403, zh: '保证金尚未确认，暂不能出价', en: 'Your deposit is not confirmed yet' },
  NOT_FOUND: { status: 404, zh: '竞价活动不存在', en: 'Auction not found' },
  LOT_NOT_FOUND: { status: 404, zh: '拍品不存在', en: 'Lot not found' },
  REGISTRATION_NOT_FOUND: { status: 404, zh: '报名记录不存在', en: 'Registration not found' },
  ALREADY_REGISTERED: { status: 409, zh: '贵单位已报名该竞价活动', en: 'Your organization has already registered' },
  FINISHED: { status: 409, zh: '该竞价活动已结束', en: 'This auction has finished' },
  LOT_OVERLAP: { status: 409, zh: 'lots.{i}.achievementId：成果已在时间重叠的竞价「{title}」中上拍', en: 'lots.{i}.achievementId is already in the overlapping auction "{title}"' },
  LOT_NOT_OPEN: { status: 409, zh: '该拍品尚未开始竞价', en: 'Bidding on this lot has not started' },
  LOT_CLOSED: { status: 409, zh: '该拍品竞价已结束', en: 'Bidding on this lot has ended' },
  BID_TOO_LOW: { status: 409, zh: '出价过低：当前最低可出价 {minimum} 元', en: 'Bid too low: the lowest acceptable bid is {minimum} yuan' },
  ALREADY_LEADING: { status: 409, zh: '您已是当前最高出价，无需再次出价', en: 'You already lead; no need to bid again' },
  BIDS_TOO_FAST: { status: 429, zh: '出价过于频繁，请稍后再试', en: 'Too many bids at once, please try again shortly' },
});
