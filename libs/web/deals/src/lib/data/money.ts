import { Lang } from '@market/web/ui';

const YI = 100_000_000;

/** The board's unit: 亿元 with two decimals (33_022_000_000 → "330.22"). */
export function toYi(yuan: number): number {
  return Math.round((yuan / YI) * 100) / 100;
}

/** A contract amount as people read it: ¥88万, ¥1.35亿; in English ¥880K, ¥135M. */
export function formatAmount(yuan: number | null | undefined, lang: Lang): string {
  if (yuan === null || yuan === undefined) return lang === 'zh' ? '待定' : 'TBD';
  const trim = (v: number, d: number) => v.toFixed(d).replace(/\.?0+$/, '');
  if (lang === 'en') {
    if (yuan >= 1_000_000) return `¥${trim(yuan / 1_000_000, 2)}M`;
    if (yuan >= 100_000) return `¥${trim(yuan / 1_000, 1)}K`;
    return `¥${yuan.toLocaleString('en-US')}`;
  }
  if (yuan >= YI) return `¥${trim(yuan / YI, 2)}亿`;
  if (yuan >= 10_000) return `¥${trim(yuan / 10_000, 2)}万`;
  return `¥${yuan.toLocaleString('en-US')}`;
}

/** 万元 typed into a form → integer yuan (toFixed first: 0.00015 * 10000 is 1.4999… in floating point). */
export function wanToYuan(wan: number | null | undefined): number | null {
  return wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(Number((wan * 10_000).toFixed(6)));
}

/** A moment as a Shanghai calendar day, yyyy-mm-dd. */
export function shanghaiDay(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A Shanghai calendar day (yyyy-mm-dd) → the ISO moment of its noon, safely inside that day in any reading. */
export function shanghaiNoon(day: string): string {
  return new Date(`${day}T12:00:00+08:00`).toISOString();
}

/** The current year on a Shanghai calendar. */
export function shanghaiYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3600 * 1000).getUTCFullYear();
}
