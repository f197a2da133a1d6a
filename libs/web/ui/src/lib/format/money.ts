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

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CAPITAL_PLACES = ['', '拾', '佰', '仟'];
const CAPITAL_GROUPS = ['', '万', '亿', '万亿'];

/** One group of four digits (1–9999) in capitals: 1005 → 壹仟零伍, 1050 → 壹仟零伍拾. */
function capitalGroup(group: number): string {
  let out = '';
  let gap = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += '零';
    out += CAPITAL_DIGITS[digit] + CAPITAL_PLACES[place];
    gap = false;
  }
  return out;
}

/**
 * Integer yuan in the capitals of Chinese financial writing (大写), as a bid confirmation and a
 * 成交确认书 state them: 210000 → 贰拾壹万元整, 100005 → 壹拾万零伍元整. Whole yuan only: the
 * market counts money in integer yuan.
 */
export function yuanInCapitals(yuan: number): string {
  if (!Number.isSafeInteger(yuan) || yuan < 0) throw new RangeError(`not a whole, non-negative amount of yuan: ${yuan}`);
  if (yuan === 0) return '零元整';
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  if (groups.length > CAPITAL_GROUPS.length) throw new RangeError(`too large to write in capitals: ${yuan}`);
  let out = '';
  let skipped = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i];
    if (group === 0) {
      skipped = out !== '';
      continue;
    }
    // a zero between two groups is read once: 壹亿零壹万, 壹拾万零伍
    if (out !== '' && (skipped || group < 1000)) out += '零';
    out += capitalGroup(group) + CAPITAL_GROUPS[i];
    skipped = false;
  }
  return `${out}元整`;
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
