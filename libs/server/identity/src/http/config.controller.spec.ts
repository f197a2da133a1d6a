import { loadConfig } from '@market/server/platform';
import { PublicConfigController } from './config.controller';

const minimal = { MEILI_MASTER_KEY: 'k'.repeat(16), JWT_SECRET: 's'.repeat(32) };

describe('GET /api/config', () => {
  it('tells the web the regions and the market’s time zone', () => {
    expect(new PublicConfigController(loadConfig(minimal)).get().timeZone).toBe('Asia/Shanghai');
    const berlin = new PublicConfigController(loadConfig({ ...minimal, REGIONS: '上城区,outside', TIME_ZONE: 'Europe/Berlin' }));
    expect(berlin.get()).toEqual({ regions: ['上城区', 'outside'], timeZone: 'Europe/Berlin' });
  });
});
