import { loadConfig } from '@market/server/platform';
import { PublicConfigController } from './config.controller';

const minimal = { MEILI_MASTER_KEY: 'k'.repeat(16), JWT_SECRET: 's'.repeat(32) };

describe('GET /api/config', () => {
  it('tells the web the regions and the market’s time zone', () => {
    expect(new PublicConfigController(loadConfig(minimal)).get().timeZone).toBe('Asia/Shanghai');
    const berlin = new PublicConfigController(loadConfig({ ...minimal, REGIONS: '上城区,outside', TIME_ZONE: 'Europe/Berlin' }));
    expect(berlin.get()).toMatchObject({ regions: ['上城区', 'outside'], timeZone: 'Europe/Berlin' });
  });

  it('tells the footer who runs the platform, saying so when it is only the example', () => {
    expect(new PublicConfigController(loadConfig(minimal)).get().site).toMatchObject({ host: expect.stringContaining('示例'), publicSecurity: null });
    const site = { SITE_HOST: '温州市科学技术局', SITE_CONTACT: '0577-88888888', SITE_ICP: '浙ICP备12345678号', SITE_PUBLIC_SECURITY: '浙公网安备 33030202000001号' };
    expect(new PublicConfigController(loadConfig({ ...minimal, ...site })).get().site).toEqual({
      host: '温州市科学技术局',
      contact: '0577-88888888',
      icp: '浙ICP备12345678号',
      publicSecurity: '浙公网安备 33030202000001号',
    });
  });
});
