import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { PASSWORD, registerByApi, STAFF } from './accounts';
import { collectConsoleErrors } from './console-errors';

/** Creates a listing and submits it for review; answers its id. */
interface Account {
  email: string;
  token: string;
}

async function listAndSubmit(request: APIRequestContext, account: Account, kind: 'achievements' | 'needs', body: object): Promise<string> {
  const headers = { authorization: `Bearer ${account.token}` };
  const created = await request.post(`/api/${kind}`, { headers, data: body });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const submitted = await request.post(`/api/${kind}/${id}/submit`, { headers, data: {} });
  expect(submitted.status()).toBe(200);
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

/** Approves the row titled `title` in the open tab of /review. */
async function approve(staff: Page, title: string) {
  const row = staff.getByTestId('review-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await row.getByTestId('approve').click();
  await row.getByTestId('confirm-approve').click();
  await expect(row).toBeHidden();
}

test.describe('matching', () => {
  test('a new need finds the fitting achievement, and the achievement’s owner hears of the need', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const stamp = Date.now();
    const achievementTitle = `一种海水养殖网箱防附着涂层（${stamp}）`;
    const needTitle = `海水网箱附着生物清理成本高，寻求防附着方案（${stamp}）`;

    // 1. A researcher lists an achievement and submits it.
    const researcher = await registerByApi(request, 'researcher', '林研究', { name: `温州海洋材料研究所 ${stamp}`, kind: 'institute' });
    const achievementId = await listAndSubmit(request, researcher, 'achievements', {
      title: achievementTitle,
      summary: '以有机硅低表面能树脂复配环保型防污剂，涂覆于海水养殖网箱网衣，抑制藤壶、贻贝等附着生物生长，挂网试验12个月附着量下降80%以上。',
      field: 'new_materials',
      keywords: ['防附着', '网箱', '海水养殖'],
      maturity: 'pilot',
      transferModes: ['license', 'co_development'],
      askingPrice: 500_000,
      patents: [],
      region: '瑞安市',
      inventors: ['林海'],
    });

    // 2. Staff approve it from the review queue.
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const staffErrors = collectConsoleErrors(staff);
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-review').click();
    await expect(staff).toHaveURL(/\/review$/);
    await approve(staff, achievementTitle);

    // 3. An enterprise posts a need this achievement fits; staff approve it too.
    const enterprise = await registerByApi(request, 'enterprise', '郑企业', { name: `瑞安海之源水产养殖有限公司 ${stamp}`, kind: 'enterprise' });
    const deadline = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const needId = await listAndSubmit(request, enterprise, 'needs', {
      title: needTitle,
      description: '公司深水网箱每季度需人工清理附着生物，成本高且损伤网衣，寻求长效防附着涂层或处理方案，可先小范围挂网试用。',
      field: 'new_materials',
      keywords: ['防附着', '网箱'],
      budgetMin: 300_000,
      budgetMax: 800_000,
      deadline,
      region: '瑞安市',
      cooperationModes: ['license'],
    });
    await staff.reload();
    await staff.getByTestId('tab-needs').click();
    await approve(staff, needTitle);

    // 4. The enterprise opens its need: 匹配成果 lists the achievement first, with a keyword reason.
    const company = await signIn(browser, enterprise.email, PASSWORD);
    const companyErrors = collectConsoleErrors(company);
    await company.goto(`/needs/${needId}`);
    await expect(company.getByTestId('detail-title')).toHaveText(needTitle);
    const matches = company.getByTestId('matches');
    await expect(matches.getByRole('heading', { level: 2 })).toHaveText('匹配成果');
    const first = matches.getByTestId('match').first();
    // Indexing is asynchronous: reload until the new achievement is recommended.
    await expect
      .poll(
        async () => {
          await matches.getByTestId('match').or(matches.getByTestId('matches-empty')).first().waitFor();
          const titles = await matches.getByTestId('match-title').allTextContents();
          if (titles[0]?.trim() === achievementTitle) return true;
          await company.reload();
          return false;
        },
        { timeout: 15_000, intervals: [500, 1000, 1000, 2000] },
      )
      .toBe(true);
    await expect(first.getByTestId('match-title')).toHaveAttribute('href', `/achievements/${achievementId}`);
    await expect(first.getByTestId('match-reason').filter({ hasText: '关键词' })).toHaveCount(1);
    await expect(first.getByTestId('match-reason').filter({ hasText: '关键词' })).toContainText('防附着');
    await expect(first.getByTestId('match-reason').filter({ hasText: '领域一致：新材料' })).toHaveCount(1);
    await expect(first).toContainText('¥50万');
    await expect(first.getByTestId('match-score')).toHaveText(/^\d{1,3}%$/);

    // English via the language switch, then back.
    await company.getByTestId('lang-en').click();
    await expect(matches.getByRole('heading', { level: 2 })).toHaveText('Matching results');
    await expect(first.getByTestId('match-reason').filter({ hasText: 'Same field: New materials' })).toHaveCount(1);
    await company.getByTestId('lang-zh').click();
    await expect(matches.getByRole('heading', { level: 2 })).toHaveText('匹配成果');

    // At 390 px the page does not scroll sideways.
    await company.setViewportSize({ width: 390, height: 844 });
    await expect(first.getByTestId('match-title')).toBeVisible();
    expect(await company.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await company.screenshot({ path: 'test-results/need-matches-390.png', fullPage: true });
    expect(companyErrors).toEqual([]);

    // 5. The researcher hears of the new potential buyer in the bell, and sees it under 潜在需求方.
    const lab = await signIn(browser, researcher.email, PASSWORD);
    const labErrors = collectConsoleErrors(lab);
    const notice = lab.getByTestId('notification').filter({ hasText: '新的潜在需求方' }).filter({ hasText: needTitle });
    await expect
      .poll(
        async () => {
          await lab.getByTestId('notification-bell').click();
          await lab.getByTestId('notification-panel').waitFor();
          if (await notice.isVisible()) return true;
          await lab.reload();
          await lab.getByTestId('user-name').waitFor();
          return false;
        },
        { timeout: 20_000, intervals: [500, 1000, 2000] },
      )
      .toBe(true);
    await notice.locator('.open').click();
    await expect(lab).toHaveURL(new RegExp(`/needs/${needId}$`));

    await lab.goto(`/achievements/${achievementId}`);
    const buyers = lab.getByTestId('matches');
    await expect(buyers.getByRole('heading', { level: 2 })).toHaveText('潜在需求方');
    await expect(buyers.getByTestId('match-title').filter({ hasText: needTitle })).toHaveAttribute('href', `/needs/${needId}`);
    expect(labErrors).toEqual([]);

    // 6. Staff find the pair in 撮合工作台, where each pair offers 发起交易 (deals.spec.ts follows it).
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-matchmaking').click();
    await expect(staff).toHaveURL(/\/matchmaking$/);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('撮合工作台');
    // The e2e server starts empty, so the new pair is among the strongest of the last 30 days.
    const pair = staff.getByTestId('pair').filter({ hasText: needTitle }).filter({ hasText: achievementTitle });
    await expect(pair).toBeVisible();
    await expect(pair.getByTestId('pair-need-title')).toHaveAttribute('href', `/needs/${needId}`);
    await expect(pair.getByTestId('pair-achievement-title')).toHaveAttribute('href', `/achievements/${achievementId}`);
    await expect(pair.getByTestId('match-reason').filter({ hasText: '关键词' })).toHaveCount(1);
    await expect(pair.getByTestId('open-deal')).toHaveText(/发起交易/);
    await staff.setViewportSize({ width: 390, height: 844 });
    await expect(pair).toBeVisible();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await staff.screenshot({ path: 'test-results/workbench-390.png', fullPage: true });
    expect(staffErrors).toEqual([]);
  });

  test('a visitor is sent to sign in before opening 撮合工作台', async ({ page }) => {
    await page.goto('/matchmaking');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmatchmaking/);
  });
});
