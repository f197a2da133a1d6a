import { Lang } from '@market/web/ui';

const NEGOTIABLE = { zh: '面议', en: 'Negotiable' };

/** Up to `digits` decimals, without trailing zeros: 12.50 → "12.5", 3.00 → "3". */
function trimmed(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * Money (integer yuan) as people read it: `¥8,000`, `¥80万`, `¥1.25亿`; in English `¥80,000`,
 * `¥800K`, `¥1.25M`.
 */
export function formatYuan(yuan: number, lang: Lang = 'zh'): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(yuan);
  if (lang === 'en') {
    if (abs >= 1_000_000) return `${sign}¥${trimmed(abs / 1_000_000, 2)}M`;
    if (abs >= 100_000) return `${sign}¥${trimmed(abs / 1_000, 1)}K`;
    return `${sign}¥${abs.toLocaleString('en-US')}`;
  }
  if (abs >= 100_000_000) return `${sign}¥${trimmed(abs / 100_000_000, 2)}亿`;
  if (abs >= 10_000) return `${sign}¥${trimmed(abs / 10_000, 2)}万`;
  return `${sign}¥${abs.toLocaleString('en-US')}`;
}

/** An asking price: `null` means negotiable (面议). */
export function formatPrice(yuan: number | null | undefined, lang: Lang = 'zh'): string {
  return yuan === null || yuan === undefined ? NEGOTIABLE[lang] : formatYuan(yuan, lang);
}

/** A budget range, `¥50万 – ¥100万`; one figure when both ends agree. */
export function formatBudget(min: number, max: number, lang: Lang = 'zh'): string {
  return min === max ? formatYuan(min, lang) : `${formatYuan(min, lang)} – ${formatYuan(max, lang)}`;
}

/** Yuan ↔ 万元 for the forms' inputs (money is entered in 万元 and sent as integer yuan). */
// toFixed first: 0.00015 * 10000 is 1.4999… in binary floating point, yet means 1.5 yuan.
export function wanToYuan(wan: number | null | undefined): number | null {
  return wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(Number((wan * 10_000).toFixed(6)));
}

export function yuanToWan(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined ? null : yuan / 10_000;
}
