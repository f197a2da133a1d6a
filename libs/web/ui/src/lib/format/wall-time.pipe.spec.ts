import { DEFAULT_TIME_ZONE, setMarketTimeZone } from '@market/shared/time';
import { WallTimePipe } from './wall-time.pipe';
import { inMarketZone } from './zone-label';

describe('wallTime pipe', () => {
  const pipe = new WallTimePipe();
  afterEach(() => setMarketTimeZone(DEFAULT_TIME_ZONE));

  it('shows an instant on the market clock, Beijing time by default', () => {
    expect(pipe.transform('2026-12-09T16:30:00Z')).toBe('2026-12-10 00:30');
    expect(pipe.transform('2026-12-09T16:30:00Z', 'date')).toBe('2026-12-10');
    expect(pipe.transform(new Date('2026-12-10T06:00:00Z'))).toBe('2026-12-10 14:00');
  });

  it('follows the configured zone', () => {
    setMarketTimeZone('Europe/Berlin');
    expect(pipe.transform('2026-07-01T10:00:00Z')).toBe('2026-07-01 12:00');
  });

  it('leaves a calendar day as it is and shows nothing for nothing', () => {
    expect(pipe.transform('2027-06-30', 'date')).toBe('2027-06-30');
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined, 'date')).toBe('');
  });
});

describe('inMarketZone', () => {
  afterEach(() => setMarketTimeZone(DEFAULT_TIME_ZONE));

  it('names the zone after a time label', () => {
    expect(inMarketZone({ zh: '开始时间', en: 'Start' })).toEqual({ zh: '开始时间（北京时间）', en: 'Start (Beijing time)' });
    setMarketTimeZone('Europe/Berlin');
    expect(inMarketZone({ zh: '开始时间', en: 'Start' })).toEqual({ zh: '开始时间（Europe/Berlin 时间）', en: 'Start (Europe/Berlin time)' });
  });
});
