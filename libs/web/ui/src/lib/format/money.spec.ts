import { yuanInCapitals, exactYuan, formatAmount, formatBudget, formatPrice, formatYuan, largeAmount, toYi, wanToYuan, yiToYuan, yuanInWords, yuanToWan } from './money';

describe('money formatting', () => {
  it('writes small amounts in full yuan', () => {
    expect(formatYuan(0)).toBe('¥0');
    expect(formatYuan(8000)).toBe('¥8,000');
    expect(formatYuan(9999)).toBe('¥9,999');
  });

  it('writes amounts from ten thousand on in 万, trimming zeros', () => {
    expect(formatYuan(10_000)).toBe('¥1万');
    expect(formatYuan(800_000)).toBe('¥80万');
    expect(formatYuan(1_250_000)).toBe('¥125万');
    expect(formatYuan(12_345)).toBe('¥1.23万');
    expect(formatYuan(15_000)).toBe('¥1.5万');
  });

  it('writes amounts from a hundred million on in 亿', () => {
    expect(formatYuan(100_000_000)).toBe('¥1亿');
    expect(formatYuan(125_000_000)).toBe('¥1.25亿');
    expect(formatYuan(3_302_200_000)).toBe('¥33.02亿');
  });

  it('uses K and M in English', () => {
    expect(formatYuan(8000, 'en')).toBe('¥8,000');
    expect(formatYuan(800_000, 'en')).toBe('¥800K');
    expect(formatYuan(1_250_000, 'en')).toBe('¥1.25M');
  });

  it('shows 面议 for a negotiable price', () => {
    expect(formatPrice(null)).toBe('面议');
    expect(formatPrice(undefined)).toBe('面议');
    expect(formatPrice(null, 'en')).toBe('Negotiable');
    expect(formatPrice(500_000)).toBe('¥50万');
    // Zero is a price (free licence), not 面议.
    expect(formatPrice(0)).toBe('¥0');
  });

  it('writes a budget range, or one figure when both ends agree', () => {
    expect(formatBudget(200_000, 800_000)).toBe('¥20万 – ¥80万');
    expect(formatBudget(500_000, 500_000)).toBe('¥50万');
    expect(formatBudget(5000, 1_500_000, 'en')).toBe('¥5,000 – ¥1.5M');
  });

  it('formats contract amounts for both languages, 待定 before signing', () => {
    expect(formatAmount(880_000, 'zh')).toBe('¥88万');
    expect(formatAmount(135_000_000, 'zh')).toBe('¥1.35亿');
    expect(formatAmount(880_000, 'en')).toBe('¥880K');
    expect(formatAmount(null, 'zh')).toBe('待定');
    expect(formatAmount(undefined, 'en')).toBe('TBD');
  });

  it('shows exact yuan with a Chinese reading aid for bidding', () => {
    expect(exactYuan(1_250_000)).toBe('¥1,250,000');
    expect(exactYuan(null)).toBe('—');
    expect(yuanInWords(1_250_000, 'zh')).toBe('125万元');
    expect(yuanInWords(250_000_000, 'zh')).toBe('2.5亿元');
    expect(yuanInWords(800, 'zh')).toBe('800元');
    expect(yuanInWords(1_250_000, 'en')).toBe('');
  });

  it('converts 万元 input to integer yuan and back', () => {
    expect(wanToYuan(80)).toBe(800_000);
    expect(wanToYuan(1.25)).toBe(12_500);
    expect(wanToYuan(45.6789)).toBe(456_789);
    expect(wanToYuan(0.00015)).toBe(2);
    expect(wanToYuan(null)).toBeNull();
    expect(wanToYuan(Number.NaN)).toBeNull();
    expect(yuanToWan(800_000)).toBe(80);
    expect(yuanToWan(null)).toBeNull();
  });

  it('shows the board in 亿元 with two decimals and takes targets in 亿元', () => {
    expect(toYi(33_022_000_000)).toBe(330.22);
    expect(toYi(456_789)).toBe(0);
    expect(toYi(123_456_789)).toBe(1.23);
    expect(yiToYuan(240)).toBe(24_000_000_000);
    expect(yiToYuan(0.000000014)).toBe(1);
  });
});

describe('largeAmount', () => {
  it('counts in 亿元 in Chinese and in millions with separators in English, two decimals', () => {
    expect(largeAmount(33_022_000_000, 'zh')).toBe('330.22');
    expect(largeAmount(33_022_000_000, 'en')).toBe('33,022.00');
    expect(largeAmount(53_456_789, 'zh')).toBe('0.53');
    expect(largeAmount(53_456_789, 'en')).toBe('53.46');
    expect(largeAmount(0, 'en')).toBe('0.00');
  });
});

describe('yuanInCapitals (大写)', () => {
  it.each([
    [0, '零元整'],
    [7, '柒元整'],
    [10, '壹拾元整'],
    [1005, '壹仟零伍元整'],
    [1050, '壹仟零伍拾元整'],
    [210_000, '贰拾壹万元整'],
    [100_005, '壹拾万零伍元整'],
    [1_250_000, '壹佰贰拾伍万元整'],
    [10_010_000, '壹仟零壹万元整'],
    [100_000_000, '壹亿元整'],
    [100_010_000, '壹亿零壹万元整'],
    [110_000_000, '壹亿壹仟万元整'],
    [100_001_000, '壹亿零壹仟元整'],
    [3_302_200_000, '叁拾叁亿零贰佰贰拾万元整'],
  ])('writes %i as %s', (yuan, words) => {
    expect(yuanInCapitals(yuan)).toBe(words);
  });

  it('refuses what is not whole, non-negative yuan', () => {
    expect(() => yuanInCapitals(1.5)).toThrow(RangeError);
    expect(() => yuanInCapitals(-1)).toThrow(RangeError);
  });
});
