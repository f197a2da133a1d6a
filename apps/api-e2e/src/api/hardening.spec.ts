import { call } from '../support/api';

// Input hardening at the edge: hostile strings, oversized bodies, traversal, headers, CORS.
describe('hostile input', () => {
  it('search takes hostile query strings without 5xx and never shows unpublished items', async () => {
    const hostile = ['"', '\\', "' OR 1=1 --", '<script>alert(1)</script>', '%00', '\u0000\u0007控制字符', 'a'.repeat(5000), '充电桩" OR status = "draft', '*:*', '{"$ne": null}'];
    for (const q of hostile) {
      for (const path of ['/api/achievements', '/api/needs']) {
        const res = await call<{ items: Array<{ status: string }> }>('GET', `${path}?q=${encodeURIComponent(q)}`);
        expect([q.slice(0, 20), [200, 400].includes(res.status)]).toEqual([q.slice(0, 20), true]);
        if (res.status === 200) expect(res.body.items.every((i) => i.status === 'published')).toBe(true);
      }
    }
  });

  it('filters are checked against their enums, not passed through', async () => {
    const res = await call('GET', `/api/achievements?field=${encodeURIComponent('new_energy" OR status = "draft')}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('field');
    expect((await call('GET', '/api/achievements?pageSize=100000')).status).toBe(400);
    expect((await call('GET', '/api/achievements?page=-1')).status).toBe(400);
  });

  it('refuses oversized and malformed bodies with 413 / 400', async () => {
    const big = await call('POST', '/api/auth/login', { raw: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(big.status).toBe(413);
    expect((await call('POST', '/api/auth/login', { raw: '{"email": "a@b.c", "password": ' })).status).toBe(400);
    expect((await call('POST', '/api/auth/login', { raw: '[1, 2, 3]' })).status).toBe(400);
  });

  it('file names and paths cannot walk out of their place', async () => {
    for (const path of ['/api/roadshows/calendar/..%2F..%2F..%2Fetc%2Fpasswd.ics', '/api/roadshows/calendar/....%2F%2Fetc%2Fpasswd.ics', '/..%2F..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2F..%2Fpackage.json']) {
      const res = await call('GET', path);
      expect([path, res.status < 500]).toEqual([path, true]);
      expect(JSON.stringify(res.body)).not.toMatch(/root:x:0:0|"devDependencies"/);
    }
  });

  it('sends security headers and no CORS grant to a foreign origin', async () => {
    const res = await fetch(`${process.env['API_URL']}/api/achievements`, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
