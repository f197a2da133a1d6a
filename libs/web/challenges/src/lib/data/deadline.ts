import type { Lang } from '@market/contracts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * How long a challenge still takes applications, as the hall's card says it: 剩 12 天 / 剩 5 小时 /
 * 剩 8 分钟 / 已截止 (in English: 12 days left, …, closed). Coarse on purpose: a bidder's
 * countdown ticks by the second, a challenge's by the day.
 */
export function deadlineLeft(deadline: string, now: number, lang: Lang): { text: string; urgent: boolean; closed: boolean } {
  const ms = Date.parse(deadline) - now;
  if (ms <= 0) return { text: lang === 'en' ? 'Closed' : '已截止', urgent: false, closed: true };
  const en = lang === 'en';
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    return { text: en ? `${days} day${days === 1 ? '' : 's'} left` : `剩 ${days} 天`, urgent: days < 3, closed: false };
  }
  if (ms >= HOUR) {
    const hours = Math.floor(ms / HOUR);
    return { text: en ? `${hours} h left` : `剩 ${hours} 小时`, urgent: true, closed: false };
  }
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return { text: en ? `${minutes} min left` : `剩 ${minutes} 分钟`, urgent: true, closed: false };
}
