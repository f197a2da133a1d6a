import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { PASSWORD, registerByApi as register, STAFF } from './accounts';
import { collectConsoleErrors } from './console-errors';

const registerByApi = (request: APIRequestContext, role: string, organization: { name: string; kind: string }) => register(request, role, `${role}-用户`, organization);

/** Creates, submits and (as staff) approves a listing; answers its id. */
async function publish(request: APIRequestContext, token: string, staffToken: string, kind: 'achievements' | 'needs', body: object): Promise<string> {
  const created = await request.post(`/api/${kind}`, { headers: { authorization: `Bearer ${token}` }, data: body });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/${kind}/${id}/submit`, { headers: { authorization: `Bearer ${token}` }, data: {} })).status()).toBe(200);
  expect((await request.post(`/api/${kind}/${id}/review`, { headers: { authorization: `Bearer ${staffToken}` }, data: { decision: 'approve' } })).status()).toBe(200);
  return id;
}

async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return page;
}

const yearNow = () => Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));

async function totalOf(request: APIRequestContext): Promise<number> {
  const answer = await request.get(`/api/stats/transactions?year=${yearNow()}`);
  expect(answer.status()).toBe(200);
  return (await answer.json()).total;
}

/** Clicks the step button, completes the dialog with `fill`, and waits for the dialog to close. */
async function advance(page: Page, stage: string, fill: (dialog: Page) => Promise<void> = async () => undefined) {
  await page.getByTestId(`move-${stage}`).first().click();
  await expect(page.getByTestId('advance-form')).toBeVisible();
  await fill(page);
  await page.getByTestId('advance-submit').click();
  await expect(page.getByTestId('advance-form')).toBeHidden();
}

test.describe('deals', () => {
  test('a broker opens a deal from a match and records the contract, both parties confirm, staff register it and the board grows by exactly its amount, then back on revocation', async ({ browser, request }) => {
    test.setTimeout(240_000);
    const stamp = Date.now();
    const achievementTitle = `鞋材废料再生聚氨酯发泡技术（${stamp}）`;
    const amountYuan = 456_789;

    const staffLogin = await request.post('/api/auth/login', { data: STAFF });
    const staffToken = (await staffLogin.json()).accessToken;
    const researcher = await registerByApi(request, 'researcher', { name: `温州大学化材学院 ${stamp}`, kind: 'university' });
    const enterprise = await registerByApi(request, 'enterprise', { name: `鹿城再生材料有限公司 ${stamp}`, kind: 'enterprise' });
    const broker = await registerByApi(request, 'broker', { name: `温州技术经纪事务所 ${stamp}`, kind: 'agency' });
    await publish(request, researcher.token, staffToken, 'achievements', {
      title: achievementTitle,
      summary: '将制鞋边角废料粉碎后与多元醇复配，再生发泡制成鞋垫和缓冲材料，废料利用率超过85%，已中试。',
      field: 'energy_saving',
      keywords: ['鞋材废料', '再生发泡', '聚氨酯'],
      maturity: 'pilot',
      transferModes: ['license'],
      askingPrice: 500_000,
      patents: [],
      region: '鹿城区',
      inventors: ['陈再生'],
    });
    const needId = await publish(request, enterprise.token, staffToken, 'needs', {
      title: `鞋材废料处理成本高，寻求再生发泡利用技术（${stamp}）`,
      description: '公司每月产生大量制鞋边角废料，填埋处理成本高，希望引进再生发泡技术将废料制成鞋垫等产品。',
      field: 'energy_saving',
      keywords: ['鞋材废料', '再生发泡'],
      budgetMin: 300_000,
      budgetMax: 800_000,
      deadline: new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString().slice(0, 10),
      region: '鹿城区',
      cooperationModes: ['license'],
    });
    const before = await totalOf(request);

    // 1. On the need's 匹配成果 the broker opens a deal for the fitting achievement.
    const page = await signIn(browser, broker.email, PASSWORD);
    const errors = collectConsoleErrors(page);
    await page.goto(`/needs/${needId}`);
    const match = page.getByTestId('match').filter({ hasText: achievementTitle });
    await expect
      .poll(
        async () => {
          await page.getByTestId('match').or(page.getByTestId('matches-empty')).first().waitFor();
          if (await match.isVisible()) return true;
          await page.reload();
          return false;
        },
        { timeout: 20_000, intervals: [500, 1000, 2000] },
      )
      .toBe(true);
    await match.getByTestId('open-deal').click();
    await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('deal-heading')).toHaveText(achievementTitle);
    await expect(page.getByTestId('deal-stage')).toHaveText('意向');

    // a second 发起交易 for the same pair goes to the deal that is already open
    const dealUrl = page.url();
    await page.goBack();
    await match.getByTestId('open-deal').click();
    await expect(page).toHaveURL(dealUrl);
    await expect(page.getByTestId('deal-stage')).toHaveText('意向');
    // the browser logs the 409 that answered the second opening; that one is expected
    const conflicts = errors.filter((e) => e.includes('409 (Conflict)'));
    expect(conflicts).toHaveLength(1);
    errors.splice(errors.indexOf(conflicts[0]), 1);

    // 2. intent → negotiating on the deal page.
    await advance(page, 'negotiating', async (p) => p.getByTestId('advance-note').fill('双方完成首次技术交流'));
    await expect(page.getByTestId('deal-stage')).toHaveText('洽谈');

    // 3. negotiating → signed on the board: the dialog insists on the amount and the contract type.
    await page.goto('/deals');
    const card = page.getByTestId('column-negotiating').getByTestId('deal-card').filter({ hasText: achievementTitle });
    await expect(card).toBeVisible();
    await card.getByTestId('move-signed').click();
    await page.getByTestId('advance-submit').click();
    await expect(page.getByTestId('advance-error')).toHaveText('请填写合同金额');
    await page.getByTestId('advance-amount').locator('input').fill('45.6789');
    await page.getByTestId('advance-amount').locator('input').press('Tab');
    await page.getByTestId('advance-submit').click();
    await expect(page.getByTestId('advance-error')).toHaveText('请选择合同类型');
    await page.getByTestId('contract-type-license').click();
    await page.getByTestId('advance-submit').click();
    await expect(page.getByTestId('advance-form')).toBeHidden();
    const signed = page.getByTestId('column-signed').getByTestId('deal-card').filter({ hasText: achievementTitle });
    await expect(signed).toContainText('¥45.68万');

    // 4. The broker cannot register: the bureau does, after both parties confirm (三方确认).
    await signed.getByTestId('deal-title').click();
    await expect(page.getByTestId('deal-stage')).toHaveText('签约');
    await expect(page.getByTestId('move-registered')).toHaveCount(0);
    await expect(page.getByTestId('confirmation-status')).toHaveText('尚待确认：成果方、买方');
    const dealPath = new URL(page.url()).pathname;
    for (const [who, side] of [[researcher, 'seller'], [enterprise, 'buyer']] as const) {
      const party = await signIn(browser, who.email, PASSWORD);
      const partyErrors = collectConsoleErrors(party);
      await party.goto(dealPath);
      await expect(party.getByTestId('confirmations')).toContainText('¥45.68万 · 技术许可');
      await party.getByTestId('confirm-contract').click();
      await expect(party.getByTestId(`confirmation-${side}`)).toContainText('已确认');
      await expect(party.getByTestId('confirm-contract')).toHaveCount(0);
      expect(partyErrors).toEqual([]);
      await party.context().close();
    }
    await page.reload();
    await expect(page.getByTestId('confirmation-status')).toHaveText('双方均已确认，等待科技局登记。');
    expect(await totalOf(request)).toBe(before);

    // 5. Staff find it among 合同待登记 and register it; the platform issues the number.
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const staffErrors = collectConsoleErrors(staff);
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-contract-registration').click();
    await expect(staff).toHaveURL(/\/deals\/registration$/);
    // oldest signing first, as the registry works; this contract was signed last, so staff turn the order
    await staff.getByTestId('registration-sort').click();
    const item = staff.getByTestId('registration-item').filter({ hasText: achievementTitle });
    await expect(item).toContainText('¥45.68万');
    await item.getByTestId('registration-register').click();
    await staff.getByTestId('advance-reg-number').fill('abc');
    await staff.getByTestId('advance-submit').click();
    await expect(staff.getByTestId('advance-error')).toHaveText('登记编号应为16位数字');
    await staff.getByTestId('advance-reg-number').fill('');
    await staff.getByTestId('advance-submit').click();
    await expect(staff.getByTestId('advance-form')).toBeHidden();
    const number = new RegExp(`${yearNow()}330300\\d{6}`);
    await expect(staff.getByTestId('registration-notice')).toContainText(number);
    await expect(item).toHaveCount(0);
    expect(await totalOf(request)).toBe(before + amountYuan);

    // the deal's page shows the registration and every step, the confirmations among them
    await staff.goto(dealPath);
    await expect(staff.getByTestId('deal-stage')).toHaveText('登记');
    await expect(staff.getByTestId('deal-registration')).toHaveText(number);
    await expect(staff.getByTestId('deal-contract-type')).toHaveText('技术许可');
    await expect(staff.getByTestId('timeline-entry')).toHaveCount(6);
    await expect(staff.getByTestId('timeline-entry').nth(1)).toContainText('双方完成首次技术交流');
    await expect(staff.getByTestId('timeline-entry').nth(3)).toContainText('合同确认');
    // the facts are worded by the page from the entry's data, the number among them
    await expect(staff.getByTestId('timeline-entry').nth(3).getByTestId('timeline-facts')).toHaveText(/^(成果方|买方)确认：¥45\.68万，技术许可$/);
    await expect(staff.getByTestId('timeline-entry').nth(5).getByTestId('timeline-facts')).toContainText(number);

    // 6. 数据看板: the year's total grew by exactly the contract amount.
    await page.goto('/stats');
    await expect(page.getByTestId('stats-year')).toHaveText(String(yearNow()));
    await expect(page.getByTestId('stats-total-yuan')).toHaveText(`${(before + amountYuan).toLocaleString('en-US')} 元`);
    // the dial needs the year's target (set by the next test, or not yet): the dial or its note
    await expect(page.getByTestId('chart-gauge').locator('canvas').or(page.getByTestId('chart-gauge-empty'))).toBeVisible();
    await expect(page.getByTestId('chart-month').locator('canvas')).toBeVisible();

    // 7. Staff revoke the registration with a reason; the board moves back.
    await staff.getByTestId('revoke-registration').click();
    await staff.getByTestId('revoke-submit').click();
    await expect(staff.getByTestId('revoke-error')).toHaveText('请填写撤销原因');
    await staff.getByTestId('revoke-reason').fill('合同金额与登记材料不符');
    await staff.getByTestId('revoke-submit').click();
    await expect(staff.getByTestId('revoke-form')).toBeHidden();
    await expect(staff.getByTestId('deal-stage')).toHaveText('签约');
    await expect(staff.getByTestId('timeline-entry').last()).toContainText('合同金额与登记材料不符');
    await expect(staff.getByTestId('timeline-entry').last().getByTestId('timeline-facts')).toHaveText(new RegExp(`^登记编号 ${number.source} 已撤销$`));
    await page.reload();
    await expect(page.getByTestId('stats-total-yuan')).toHaveText(`${before.toLocaleString('en-US')} 元`);
    expect(await totalOf(request)).toBe(before);
    expect(staffErrors).toEqual([]);

    // On a 390 px phone the board and the figures fit without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('stats-total')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/stats-390.png', fullPage: true });
    await page.goto('/deals');
    await expect(page.getByTestId('column-signed').getByTestId('deal-card').filter({ hasText: achievementTitle })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/deal-board-390.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  test('staff set the year’s target and the board shows the completion rate', async ({ browser, request }) => {
    const year = yearNow();
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const errors = collectConsoleErrors(staff);
    await staff.goto('/stats');
    await staff.getByTestId('stats-targets-link').click();
    await expect(staff).toHaveURL(/\/stats\/targets$/);
    await staff.getByTestId('target-value').locator('input').fill('240');
    await staff.getByTestId('target-value').locator('input').press('Tab');
    await staff.getByTestId('target-save').click();
    await expect(staff.getByTestId('target-message')).toHaveText('已保存');
    const stats = await (await request.get(`/api/stats/transactions?year=${year}`)).json();
    expect(stats.target).toBe(24_000_000_000);
    await staff.goto('/stats');
    await expect(staff.getByTestId('stats-target')).toHaveText('240.00');
    await expect(staff.getByTestId('stats-rate')).toHaveText(`${stats.completionRate.toFixed(2)}%`);
    await expect(staff.getByTestId('chart-gauge').locator('canvas')).toBeVisible();
    await expect(staff.getByTestId('stats-csv')).toBeVisible();
    // a year with no contracts and no target says so instead of drawing bare axes and an empty dial
    await staff.getByTestId('year-prev').click();
    await staff.getByTestId('year-prev').click();
    await expect(staff.getByTestId('stats-year')).toHaveText(String(year - 2));
    await expect(staff.getByTestId('chart-gauge-empty')).toHaveText(`${year - 2} 年尚未设定年度目标，设定后显示完成率。`);
    await expect(staff.getByTestId('chart-month-empty')).toContainText(`${year - 2} 年暂无登记的技术合同`);
    await expect(staff.getByTestId('chart-month')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a visitor sees the board but is sent to sign in for 交易服务', async ({ page }) => {
    await page.goto('/stats');
    await expect(page.getByTestId('stats-total')).toBeVisible();
    await expect(page.getByTestId('stats-csv')).toHaveCount(0);
    await page.goto('/deals');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fdeals/);
  });
});
