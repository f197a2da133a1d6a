import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const list = await (await fetch(`${base}/api/challenges?pageSize=20`)).json();
const byStatus = Object.fromEntries(list.items.map((c) => [c.status, c.id]));
async function shot(name, path, { width = 1366, height = 900, login } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (login) {
    await page.goto(`${base}/login`);
    await page.getByTestId('email').fill(login);
    await page.getByTestId('password').fill('demo-password-2026');
    await page.getByTestId('submit').click();
    await page.getByTestId('user-name').waitFor();
  }
  await page.goto(`${base}${path}`);
  await page.waitForTimeout(2500);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
  console.log(name, overflow ? 'OVERFLOW' : 'ok', errors.join(' | '));
  await ctx.close();
}
await shot('hall', '/challenges');
await shot('hall-phone', '/challenges', { width: 390, height: 844 });
await shot('detail', `/challenges/${byStatus.evaluating}`, { login: 'staff@demo.market' });
await shot('ranking', `/challenges/${byStatus.evaluating}/ranking`, { login: 'staff@demo.market' });
await shot('ranking-phone', `/challenges/${byStatus.evaluating}/ranking`, { width: 390, height: 844, login: 'staff@demo.market' });
await shot('scoring', `/challenges/${byStatus.evaluating}/scoring`, { login: 'broker@demo.market' });
await shot('announcement', `/challenges/${byStatus.announced}/announcement`, { login: 'staff@demo.market' });
await shot('form-phone', '/challenges/new', { width: 390, height: 844, login: 'enterprise@demo.market' });
await shot('home', '/', {});
await shot('stats', '/stats', {});
await shot('verification', '/organizations/verification', { login: 'staff@demo.market' });
await shot('verification-phone', '/organizations/verification', { width: 390, height: 844, login: 'staff@demo.market' });
await shot('mine', '/challenges/mine', { login: 'enterprise3@demo.market' });
await browser.close();
