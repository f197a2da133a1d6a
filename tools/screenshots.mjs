// Screenshots of the auction form, a lot room and the stats board, in both languages, at desktop
// and phone size, signed in as the demo staff account, then of the home page and 工作台: start the demo (npm start), then
//   node tools/screenshots.mjs   (BASE=http://127.0.0.1:3000, OUT=docs/screenshots by default)
import { chromium } from '@playwright/test';
const BASE = process.env.BASE ?? 'http://127.0.0.1:3000';
const OUT = process.env.OUT ?? new URL('../docs/screenshots', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const sizes = [{ name: 'desktop', width: 1366, height: 900 }, { name: 'phone', width: 390, height: 844 }];
for (const lang of ['zh', 'en']) {
  for (const size of sizes) {
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    await ctx.addInitScript((l) => localStorage.setItem('market.lang', l), lang);
    const page = await ctx.newPage();
    await page.goto(`${BASE}/login`);
    await page.getByTestId('email').fill('staff@demo.market');
    await page.getByTestId('password').fill('demo-password-2026');
    await page.getByTestId('submit').click();
    await page.getByTestId('user-name').waitFor();
    const shot = async (name) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${OUT}/${name}-${lang}-${size.name}.png`, fullPage: true });
    };
    await page.goto(`${BASE}/auctions/new`);
    await shot('auction-form');
    await page.goto(`${BASE}/auctions`);
    await page.waitForLoadState('networkidle');
    // the first lot of the first auction in the hall (any tab)
    let lot = null;
    for (const tab of ['live', 'upcoming', 'ended']) {
      await page.goto(`${BASE}/auctions?tab=${tab}`);
      await page.waitForLoadState('networkidle');
      const auction = page.locator('a[href^="/auctions/"]:not([href="/auctions/new"]):not([href*="lots"])').first();
      if (await auction.count()) {
        await auction.click();
        await page.waitForLoadState('networkidle');
        const l = page.locator('a[href^="/auctions/lots/"]').first();
        if (await l.count()) { lot = await l.getAttribute('href'); break; }
      }
    }
    if (lot) { await page.goto(`${BASE}${lot}`); await shot('lot-room'); } else console.log('no lot found');
    await page.goto(`${BASE}/stats`);
    await shot('stats-board');
    await ctx.close();
  }
}
// The front page signed out, and 工作台 as staff and as a researcher, in Chinese at both sizes.
for (const size of sizes) {
  const suffix = size.name === 'desktop' ? '' : '-phone';
  const visitor = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
  const home = await visitor.newPage();
  await home.goto(`${BASE}/`);
  await home.getByTestId('portal-figures').waitFor();
  await home.waitForTimeout(800);
  await home.screenshot({ path: `${OUT}/home${suffix}.png`, fullPage: true });
  await visitor.close();
  for (const [who, email] of [['staff', 'staff@demo.market'], ['researcher', 'researcher@demo.market']]) {
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/login`);
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill('demo-password-2026');
    await page.getByTestId('submit').click();
    // signing in lands on 工作台
    await page.getByTestId('todo-items').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}/workbench-${who}${suffix}.png`, fullPage: true });
    await ctx.close();
  }
}
await browser.close();
console.log('done');
