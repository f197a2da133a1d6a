import { WORDS } from '@market/contracts';
import { Lang } from '../i18n/localized';

/**
 * Money as the market's pages show and take it. The API speaks integer yuan; people read 万 and
 * 亿 in Chinese and K and M in English, type prices and budgets in 万元 and targets in 亿元, and
 * bid in exact yuan. Every web library formats money with these.
 */
const WAN = 10_000;
const YI = 100_000_000;

const NEGOTIABLE = WORDS.negotiable;
const TO_BE_SETTLED = WORDS.toBeSettled;

/** Up to `digits` decimals, without trailing zeros: 12.50 → "12.5", 3.00 → "3". */
function trimmed(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * Integer yuan as people read it: `¥8,000`, `¥80万`, `¥1.25亿`; in English `¥80,000`, `¥800K`,
 * `¥1.25M`.
 */
export function formatYuan(yuan: number, lang: Lang = 'zh'): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(yuan);
  if (lang === 'en') {
    if (abs >= 1_000_000) return `${sign}¥${trimmed(abs / 1_000_000, 2)}M`;
    if (abs >= 100_000) return `${sign}¥${trimmed(abs / 1_000, 1)}K`;
    return `${sign}¥${abs.toLocaleString('en-US')}`;
  }
  if (abs >= YI) return `${sign}¥${trimmed(abs / YI, 2)}亿`;
  if (abs >= WAN) return `${sign}¥${trimmed(abs / WAN, 2)}万`;
  return `${sign}¥${abs.toLocaleString('en-US')}`;
}

/** An asking price: `null` means negotiable (面议); zero is a price (a free licence). */
export function formatPrice(yuan: number | null | undefined, lang: Lang = 'zh'): string {
  return yuan === null || yuan === undefined ? NEGOTIABLE[lang] : formatYuan(yuan, lang);
}

/** A budget range, `¥50万 – ¥100万`; one figure when both ends agree. */
export function formatBudget(min: number, max: number, lang: Lang = 'zh'): string {
  return min === max ? formatYuan(min, lang) : `${formatYuan(min, lang)} – ${formatYuan(max, lang)}`;
}

/** A contract amount, which a deal only has once it is signed: 待定 / TBD before. */
export function formatAmount(yuan: number | null | undefined, lang: Lang): string {
  return yuan === null || yuan === undefined ? TO_BE_SETTLED[lang] : formatYuan(yuan, lang);
}

/** Exact money for bidding: every yuan counts, so ¥1,250,000 rather than ¥125万. */
export function exactYuan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : `¥${yuan.toLocaleString('en-US')}`;
}

/** The reading aid beside an exact amount: 125万元 / 1.25亿元 (Chinese only). */
export function yuanInWords(yuan: number | null | undefined, lang: Lang): string {
  if (yuan === null || yuan === undefined || lang === 'en') return '';
  if (yuan >= YI) return `${+(yuan / YI).toFixed(4)}亿元`;
  if (yuan >= WAN) return `${+(yuan / WAN).toFixed(4)}万元`;
  return `${yuan}元`;
}

/**
 * 万元 typed into a form → integer yuan. toFixed first: 0.00015 * 10000 is 1.4999… in binary
 * floating point, yet means 1.5 yuan.
 */
export function wanToYuan(wan: number | null | undefined): number | null {
  return wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(Number((wan * WAN).toFixed(6)));
}

/** Integer yuan → 万元 for a form's input. */
export function yuanToWan(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined ? null : yuan / WAN;
}

/** The statistics board's unit: 亿元 with two decimals (33_022_000_000 → 330.22). */
export function toYi(yuan: number): number {
  return Math.round((yuan / YI) * 100) / 100;
}

/**
 * A board's large figure in each language's own unit, two decimals: Chinese counts in 亿元
 * (33_022_000_000 → "330.22"), English in millions with thousands separators ("33,022.00").
 * The unit's word comes from the page's translation (亿元 / million yuan).
 */
export function largeAmount(yuan: number, lang: Lang): string {
  if (lang === 'zh') return toYi(yuan).toFixed(2);
  return (Math.round(yuan / 10_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** 亿元 typed into a form (the year's target) → integer yuan. */
export function yiToYuan(yi: number): number {
  return Math.round(yi * YI);
}
