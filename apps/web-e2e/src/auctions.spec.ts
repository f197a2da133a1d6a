import { Browser, expect, Page, test } from '@playwright/test';
import { PASSWORD, registerByApi, STAFF } from './accounts';
import { collectConsoleErrors } from './console-errors';

async function signIn(browser: Browser, email: string, password: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await page.goto('/login');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return page;
}

/**
 * An enterprise reads the 竞买须知 and the deposit instructions on the auction page, accepts the
 * terms (registering without them is refused) and reads its paddle number and what to pay.
 */
async function registerForAuction(page: Page, auctionUrl: string): Promise<string> {
  await page.goto(auctionUrl);
  await expect(page.getByTestId('auction-terms')).toContainText('竞买人须为已通过机构认证的企业用户');
  await expect(page.getByTestId('deposit-required')).toHaveText('¥50,000');
  await page.getByTestId('register-button').click();
  await expect(page.getByTestId('registration-error')).toHaveText('请先阅读并同意竞买须知');
  await page.getByTestId('accept-terms').click();
  await page.getByTestId('register-button').click();
  await expect(page.getByTestId('registration-status')).toHaveText('待确认保证金');
  const paddle = (await page.getByTestId('paddle-number').textContent())?.trim() ?? '';
  await expect(page.getByTestId('deposit-todo')).toContainText(`附言注明竞买号 ${paddle}：¥50,000`);
  return paddle;
}

async function bid(page: Page, amount: number) {
  await page.getByTestId('bid-amount').locator('input').fill(String(amount));
  await page.getByTestId('bid-button').click();
  await expect(page.getByTestId('bid-confirm')).toContainText(`¥${amount.toLocaleString('en-US')}`);
  await page.getByTestId('bid-confirm-button').click();
}

test.describe('auctions', () => {
  test('staff set up an auction; two companies bid against each other and see each other live', async ({ browser, request }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const title = `高精度注塑模具温控系统（${stamp}）`;

    // A published achievement to put up for auction.
    const researcher = await registerByApi(request, 'researcher', '陈研究', { name: `温州模具研究院 ${stamp}`, kind: 'institute' });
    const auth = { authorization: `Bearer ${researcher.token}` };
    const created = await request.post('/api/achievements', {
      headers: auth,
      data: { title, summary: '多区独立温控与快速冷却的注塑模具温控系统，成型周期缩短20%，已在三家企业中试。', field: 'advanced_manufacturing', keywords: ['注塑模具', '温控'], maturity: 'pilot', transferModes: ['transfer'], askingPrice: 800_000, patents: [], region: '鹿城区', inventors: ['陈工'] },
    });
    const achievementId = (await created.json()).id;
    expect((await request.post(`/api/achievements/${achievementId}/submit`, { headers: auth, data: {} })).status()).toBe(200);
    const staffToken = (await (await request.post('/api/auth/login', { data: STAFF })).json()).accessToken;
    expect((await request.post(`/api/achievements/${achievementId}/review`, { headers: { authorization: `Bearer ${staffToken}` }, data: { decision: 'approve' } })).status()).toBe(200);

    // indexing is asynchronous: the console lists published achievements from search
    await expect
      .poll(async () => ((await (await request.get(`/api/achievements?q=${encodeURIComponent(title)}`)).json()).items as Array<{ id: string }>).some((i) => i.id === achievementId), { timeout: 15_000 })
      .toBe(true);

    // 1. Staff create the auction in the console; it starts now.
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const staffErrors = collectConsoleErrors(staff);
    await staff.goto('/auctions');
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('竞价拍卖');
    // the tab is kept in the URL: a reload and the back button keep it
    await staff.getByTestId('tab-finished').click();
    await expect(staff).toHaveURL(/\/auctions\?tab=finished$/);
    await staff.reload();
    await expect(staff.getByTestId('tab-finished')).toHaveAttribute('aria-selected', 'true');
    await staff.getByTestId('tab-scheduled').click();
    await expect(staff).toHaveURL(/\/auctions\?tab=scheduled$/);
    await staff.goBack();
    await expect(staff.getByTestId('tab-finished')).toHaveAttribute('aria-selected', 'true');
    await staff.getByTestId('new-auction').click();
    await staff.getByTestId('auction-title').fill(`模具技术专场竞价会 ${stamp}`);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('创建竞价活动');
    // nz-date-picker on Beijing time: click its input to open it, type the time, Enter confirms it
    const now = new Date(Date.now() + 8 * 3600_000 - 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const starts = staff.getByTestId('auction-starts').locator('input');
    await starts.click();
    await expect(staff.locator('.ant-picker-dropdown')).toBeVisible();
    await starts.fill(now);
    await starts.press('Enter');
    await expect(staff.locator('.ant-picker-dropdown')).toBeHidden();
    await expect(starts).toHaveValue(now);
    // nz-select with search: type the title, pick the option from the overlay
    await staff.getByTestId('lot-achievement').click();
    await staff.getByTestId('lot-achievement').locator('input').fill(title);
    await staff.locator('nz-option-item').filter({ hasText: title }).click();
    await expect(staff.getByTestId('lot-achievement')).toContainText(title);
    // nz-input-number: the testid is on the component, the value goes into its <input>
    await staff.getByTestId('lot-starting').locator('input').fill('500000');
    await expect(staff.getByTestId('lot-0')).toContainText('50万元');
    await staff.getByTestId('lot-increment').locator('input').fill('10000');
    await staff.getByTestId('lot-deposit').locator('input').fill('50000');
    await staff.getByTestId('auction-submit').click();
    await expect(staff).toHaveURL(/\/auctions\/[0-9a-f-]{36}$/);
    const auctionUrl = new URL(staff.url()).pathname;

    // 2. Two companies register; staff confirm both deposits.
    const a = await registerByApi(request, 'enterprise', '甲企业', { name: `瓯海精密模具有限公司 ${stamp}`, kind: 'enterprise' });
    const b = await registerByApi(request, 'enterprise', '乙企业', { name: `乐清电器模具有限公司 ${stamp}`, kind: 'enterprise' });
    const alpha = await signIn(browser, a.email, PASSWORD);
    const beta = await signIn(browser, b.email, PASSWORD, { width: 390, height: 844 });
    // the arrays fill as the pages run: spread them only when checking
    const alphaErrors = collectConsoleErrors(alpha);
    const betaErrors = collectConsoleErrors(beta);
    const alphaPaddle = await registerForAuction(alpha, auctionUrl);
    const betaPaddle = await registerForAuction(beta, auctionUrl);
    expect(alphaPaddle).not.toBe(betaPaddle);
    await staff.reload();
    // staff record the amount received (the required deposit by default) and the payment reference
    for (const paddle of [alphaPaddle, betaPaddle]) {
      await staff.getByTestId(`deposit-reference-${paddle}`).fill(`ICBC-${stamp}-${paddle}`);
      await staff.getByTestId(`confirm-${paddle}`).click();
      await expect(staff.getByTestId(`deposit-${paddle}`)).toHaveText(`¥50,000 · ICBC-${stamp}-${paddle}`);
    }
    await expect(staff.getByTestId('deposit-desk')).not.toContainText('确认保证金');

    // 3. Both enter the live room.
    await alpha.reload();
    await expect(alpha.getByTestId('registration-status')).toHaveText('已确认，可出价');
    await expect(alpha.getByTestId('deposit-confirmed')).toContainText(`¥50,000 · 付款凭证号 ICBC-${stamp}-${alphaPaddle}`);
    await alpha.getByTestId('lot-link').click();
    await expect(alpha.getByTestId('my-paddle')).toHaveText(alphaPaddle);
    await beta.goto(alpha.url().replace(new URL(alpha.url()).origin, ''));
    await expect(beta.getByTestId('my-paddle')).toHaveText(betaPaddle);
    await expect(alpha.getByTestId('live-state')).toHaveText('实时');
    await expect(beta.getByTestId('live-state')).toHaveText('实时');
    await expect(beta.getByTestId('next-minimum')).toHaveText('¥500,000');
    await expect(beta.getByTestId('countdown')).toHaveText(/\d{2}:\d{2}/);

    // 4. Alpha bids; beta sees it without reloading, then outbids; alpha sees that. The room
    // bids over its signed-in socket: no HTTP bid request leaves either page.
    const httpBids: string[] = [];
    for (const page of [alpha, beta]) page.on('request', (r) => r.method() === 'POST' && /\/api\/lots\/[^/]+\/bids$/.test(r.url()) && httpBids.push(r.url()));
    await bid(alpha, 500_000);
    await expect(beta.getByTestId('current-price')).toHaveText('¥500,000');
    await expect(beta.getByTestId('next-minimum')).toHaveText('¥510,000');
    await expect(beta.getByTestId('bid-history')).toContainText(alphaPaddle);

    // too low is refused with the lowest acceptable amount
    await beta.getByTestId('bid-amount').locator('input').fill('505000');
    await beta.getByTestId('bid-button').click();
    await expect(beta.getByTestId('bid-error')).toContainText('510,000');
    await expect(beta.getByTestId('bid-confirm')).toHaveCount(0);

    await bid(beta, 520_000);
    await expect(alpha.getByTestId('current-price')).toHaveText('¥520,000');
    await expect(alpha.getByTestId('bid-count')).toHaveText('2');
    await expect(alpha.getByTestId('bid-history').locator('tbody tr').first()).toContainText(betaPaddle);
    await expect(alpha.getByTestId('bid-history')).not.toContainText('乐清');
    await expect(alpha.getByTestId('bid-placed')).toContainText('500,000');
    await expect(beta.getByTestId('bid-placed')).toContainText('520,000');
    // the leader cannot outbid itself: its button waits until someone else leads
    await expect(beta.getByTestId('bid-leading')).toHaveText('您已是当前最高出价');
    await expect(beta.getByTestId('bid-button')).toBeDisabled();
    await expect(alpha.getByTestId('bid-leading')).toHaveCount(0);
    await expect(alpha.getByTestId('bid-button')).toBeEnabled();
    expect(httpBids).toEqual([]);

    expect([...alphaErrors, ...betaErrors]).toEqual([]);
    expect(staffErrors).toEqual([]);
  });

  test('an enterprise goes from the 拍卖公告 to a confirmed deposit, bids on a phone with a quick step, wins, and prints its 成交确认书', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const stamp = Date.now();
    const title = `船用柴油机尾气脱硝催化剂（${stamp}）`;
    const researcher = await registerByApi(request, 'researcher', '叶研究', { name: `温州船舶研究院 ${stamp}`, kind: 'institute' });
    const auth = { authorization: `Bearer ${researcher.token}` };
    const created = await request.post('/api/achievements', {
      headers: auth,
      data: { title, summary: '低温钒钛系脱硝催化剂，适配船用柴油机尾气，NOx 去除率 90% 以上，已完成台架试验。', field: 'energy_saving', keywords: ['脱硝', '船舶'], maturity: 'pilot', transferModes: ['transfer'], askingPrice: 300_000, patents: [], region: '洞头区', inventors: ['叶工'] },
    });
    const achievementId = (await created.json()).id;
    expect((await request.post(`/api/achievements/${achievementId}/submit`, { headers: auth, data: {} })).status()).toBe(200);
    const staffAuth = { authorization: `Bearer ${(await (await request.post('/api/auth/login', { data: STAFF })).json()).accessToken}` };
    expect((await request.post(`/api/achievements/${achievementId}/review`, { headers: staffAuth, data: { decision: 'approve' } })).status()).toBe(200);
    // a lot that is open now and ends in 45 s, without extensions, with a reserve below the quick bid
    const auction = await request.post('/api/auctions', {
      headers: staffAuth,
      data: {
        title: `船舶技术专场 ${stamp}`,
        startsAt: new Date(Date.now() - 1000).toISOString(),
        extensionSeconds: 0,
        lots: [{ achievementId, startingPrice: 200_000, increment: 10_000, deposit: 50_000, reservePrice: 205_000, endsAt: new Date(Date.now() + 45_000).toISOString() }],
      },
    });
    expect(auction.status()).toBe(201);
    const { id: auctionId, lots } = await auction.json();
    const lotId = lots[0].id as string;

    const company = await registerByApi(request, 'enterprise', '林企业', { name: `洞头船舶配件有限公司 ${stamp}`, kind: 'enterprise' });
    const phone = await signIn(browser, company.email, PASSWORD, { width: 390, height: 844 });
    const errors = collectConsoleErrors(phone);
    // window.print is recorded, not run: a headless browser has no printer
    await phone.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });

    // 1. The 拍卖公告: rules, the lot with 有保留价 (not the amount), the counts; registration behind the 竞买须知
    await phone.goto(`/auctions/${auctionId}`);
    await expect(phone.getByTestId('lot-reserve')).toHaveText('有保留价');
    await expect(phone.getByTestId('auction-rules')).not.toContainText('205,000');
    await expect(phone.getByTestId('auction-counts')).toHaveText('已报名 0 家 · 保证金已确认的竞买人 0 家');
    const paddle = await registerForAuction(phone, `/auctions/${auctionId}`);
    const mine = await (await request.get(`/api/auctions/${auctionId}/registrations/mine`, { headers: { authorization: `Bearer ${company.token}` } })).json();
    expect((await request.post(`/api/auctions/${auctionId}/registrations/${mine.id}/confirm-deposit`, { headers: staffAuth, data: { amount: 50_000, reference: `BOC-${stamp}` } })).status()).toBe(200);
    await phone.reload();
    await expect(phone.getByTestId('deposit-confirmed')).toContainText(`¥50,000 · 付款凭证号 BOC-${stamp}`);
    await expect(phone.getByTestId('auction-counts')).toHaveText('已报名 1 家 · 保证金已确认的竞买人 1 家');

    // 2. The room on a phone: the bid bar stays on screen; +2 steps asks for ¥210,000 with its 大写
    await phone.getByTestId('lot-link').click();
    await expect(phone.getByTestId('my-paddle')).toHaveText(paddle);
    await expect(phone.getByTestId('countdown')).toHaveText(/^\d{2}:\d{2}$/);
    expect(await phone.getByTestId('bid-panel').evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    await phone.getByTestId('bid-step-2').click();
    await expect(phone.getByTestId('bid-confirm')).toContainText('¥210,000');
    await expect(phone.getByTestId('bid-capitals')).toHaveText('大写： 贰拾壹万元整');
    await phone.getByTestId('bid-confirm-button').click();
    await expect(phone.getByTestId('current-price')).toHaveText('¥210,000');
    // the log shows the date as well as the time
    await expect(phone.getByTestId('bid-history').locator('tbody tr').first()).toContainText(/\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // 3. The lot closes by itself: the 结果公示, then the 成交确认书, printed
    await expect(phone.getByTestId('result')).toBeVisible({ timeout: 60_000 });
    await expect(phone.getByTestId('result-price')).toHaveText('¥210,000');
    await expect(phone.getByTestId('result-paddle')).toHaveText(paddle);
    await phone.getByTestId('confirmation-link').click();
    await expect(phone).toHaveURL(new RegExp(`/auctions/lots/${lotId}/confirmation$`));
    await expect(phone.getByTestId('confirmation-buyer')).toHaveText(`洞头船舶配件有限公司 ${stamp}`);
    await expect(phone.getByTestId('confirmation-seller')).toHaveText(`温州船舶研究院 ${stamp}`);
    await expect(phone.getByTestId('confirmation-price-words')).toHaveText('贰拾壹万元整');
    const verified = await (await request.get(`/api/lots/${lotId}/bids/verify`)).json();
    await expect(phone.getByTestId('confirmation-hash')).toHaveText(verified.headHash);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.getByTestId('print-confirmation').click();
    expect(await phone.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // on paper the sheet stands alone: no buttons
    await phone.emulateMedia({ media: 'print' });
    await expect(phone.getByTestId('print-confirmation')).toBeHidden();
    await expect(phone.getByTestId('user-menu')).toBeHidden();
    await expect(phone.getByTestId('confirmation-sheet')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
