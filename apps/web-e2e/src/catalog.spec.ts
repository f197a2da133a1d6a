import { Browser, expect, Page, test } from '@playwright/test';
import { creditCode, staffToken } from './accounts';
import { collectConsoleErrors } from './console-errors';

/** The e2e server creates this staff account (tools/test/e2e-server.mjs); override to run elsewhere. */
const STAFF = {
  email: process.env['E2E_STAFF_EMAIL'] ?? 'staff@e2e.test',
  password: process.env['E2E_STAFF_PASSWORD'] ?? 'staff-password-e2e',
};
const PASSWORD = 'e2e-password-123';

async function register(browser: Browser, role: 'researcher' | 'enterprise', name: string, organization: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/register');
  await page.getByTestId(`role-${role}`).click();
  await page.getByTestId('email').fill(`e2e-${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`);
  await page.getByTestId('password').fill(PASSWORD);
  await page.getByTestId('name').fill(name);
  await page.getByTestId('organization-name').fill(organization);
  if (role === 'enterprise') await page.getByTestId('credit-code').fill(creditCode());
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toHaveText(name);
  // the new organization waits for the bureau's verification (机构认证); staff verify it here
  const token = await page.evaluate(() => localStorage.getItem('market.accessToken'));
  const me = await (await page.request.get('/api/auth/me', { headers: { authorization: `Bearer ${token}` } })).json();
  const verified = await page.request.post(`/api/organizations/${me.organization.id}/verify`, { headers: { authorization: `Bearer ${await staffToken(page.request)}` }, data: { decision: 'approve' } });
  expect(verified.status()).toBe(200);
  return page;
}

/** Picks `label` in the ng-zorro select marked `testId`. */
async function choose(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
}

/** Types entries into an ng-zorro tags select, Enter after each. */
async function addTags(page: Page, testId: string, values: string[]) {
  await page.getByTestId(testId).click();
  for (const value of values) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}

test.describe('catalog', () => {
  test('a researcher lists an achievement, staff approve it, an enterprise finds it in 成果大厅', async ({ browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const title = `一种柔性钙钛矿光伏组件封装工艺（${stamp}）`;

    // 1. A researcher registers and lists the achievement.
    const researcher = await register(browser, 'researcher', '王研究', `温州光电研究院 ${stamp}`);
    const researcherErrors = collectConsoleErrors(researcher);
    await researcher.getByTestId('user-menu').click();
    await researcher.getByTestId('menu-new-achievement').click();
    await expect(researcher).toHaveURL(/\/achievements\/new$/);
    await expect(researcher.getByRole('heading', { level: 1 })).toHaveText('发布科技成果');

    // Nothing is sent while the form is incomplete; the messages are Chinese and under each field.
    await researcher.getByTestId('save-submit').click();
    await expect(researcher.getByTestId('form-error')).toContainText('请先修正标红的内容');
    await expect(researcher.getByText('请填写标题')).toBeVisible();
    await expect(researcher.getByText('请选择行业领域')).toBeVisible();

    await researcher.getByTestId('title').fill(title);
    await researcher
      .getByTestId('summary')
      .fill('采用原子层沉积阻隔膜与低温层压工艺封装柔性钙钛矿光伏组件，水汽透过率低于1×10⁻⁴ g/m²/天，湿热1000小时后效率保持90%以上。');
    await choose(researcher, 'field', '新能源');
    await choose(researcher, 'maturity', '中试');
    await addTags(researcher, 'keywords', ['钙钛矿', '光伏组件', '封装']);
    await researcher.getByTestId('transfer-modes').getByText('许可').click();
    await researcher.getByTestId('transfer-modes').getByText('合作开发').click();
    await researcher.getByTestId('asking-price').locator('input').fill('80');
    await researcher.getByTestId('add-patent').click();
    // A wrong check character is caught in the browser.
    await researcher.getByTestId('patent-number').fill('CN202310123456.7');
    await researcher.getByTestId('patent-number').blur();
    await expect(researcher.getByTestId('patent-error')).toContainText('专利号格式不正确或校验位有误');
    await researcher.getByTestId('patent-number').fill('CN202310123456.6');
    await expect(researcher.getByTestId('patent-error')).toBeHidden();
    await choose(researcher, 'region', '瑞安市');
    await addTags(researcher, 'inventors', ['王明', '陈静']);
    await researcher.getByTestId('save-submit').click();

    await expect(researcher).toHaveURL(/\/achievements\/[0-9a-f-]{36}$/);
    const achievementUrl = new URL(researcher.url()).pathname;
    await expect(researcher.getByTestId('detail-title')).toHaveText(title);
    await expect(researcher.getByTestId('status')).toHaveText('待审核');
    await expect(researcher.getByTestId('detail-price')).toHaveText('¥80万');
    await expect(researcher.getByTestId('detail-patents')).toContainText('CN202310123456.6');
    await expect(researcher.getByTestId('detail-patents')).toContainText('发明');

    await researcher.goto('/me/achievements');
    const mine = researcher.getByTestId('mine-row').filter({ hasText: title });
    await expect(mine.getByTestId('status')).toHaveText('待审核');
    expect(researcherErrors).toEqual([]);

    // 2. Staff approve it from the review queue.
    const staff = await (await browser.newContext()).newPage();
    await staff.goto('/login');
    await staff.getByTestId('email').fill(STAFF.email);
    await staff.getByTestId('password').fill(STAFF.password);
    await staff.getByTestId('submit').click();
    await expect(staff.getByTestId('user-name')).toBeVisible();
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-review').click();
    await expect(staff).toHaveURL(/\/review$/);
    const row = staff.getByTestId('review-row').filter({ hasText: title });
    await expect(row).toBeVisible();
    // every decision is confirmed, with a comment the owner reads (optional for an approval)
    await row.getByTestId('approve').click();
    await row.getByTestId('approve-comment').fill('材料齐全，同意发布');
    await row.getByTestId('confirm-approve').click();
    await expect(row).toBeHidden();

    // The owner now sees it published.
    await researcher.goto(achievementUrl);
    await expect(researcher.getByTestId('status')).toHaveText('已发布');

    // 3. An enterprise searches 成果大厅 with a Chinese sub-word and opens it.
    const enterprise = await register(browser, 'enterprise', '周企业', `温州新能源装备有限公司 ${stamp}`);
    const enterpriseErrors = collectConsoleErrors(enterprise);
    await enterprise.goto('/achievements');
    await enterprise.getByTestId('search-input').fill('钙钛矿');
    await enterprise.getByTestId('search-submit').click();
    await expect(enterprise).toHaveURL(/[?&]q=%E9%92%99%E9%92%9B%E7%9F%BF/);

    // Search is eventually consistent (within ~2 s of the approval): reload until the hit shows up.
    const hit = enterprise.getByTestId('hit').filter({ hasText: String(stamp) });
    await expect
      .poll(
        async () => {
          if (await hit.isVisible()) return true;
          await enterprise.reload();
          await enterprise.getByTestId('result-summary').or(enterprise.getByTestId('search-empty')).first().waitFor();
          return hit.isVisible();
        },
        { timeout: 20_000, intervals: [500, 1000, 1000, 2000] },
      )
      .toBe(true);
    await expect(hit.locator('mark').first()).toHaveText('钙钛矿');
    await expect(hit.getByTestId('hit-price')).toHaveText('¥80万');

    // The whole search is in the URL: a reload keeps it, and a filter narrows it.
    await enterprise.reload();
    await expect(enterprise.getByTestId('search-input')).toHaveValue('钙钛矿');
    await expect(hit).toBeVisible();

    await hit.getByTestId('hit-title').click();
    await expect(enterprise).toHaveURL(new RegExp(`${achievementUrl}$`));
    await expect(enterprise.getByTestId('detail-title')).toHaveText(title);
    await expect(enterprise.getByTestId('detail-keywords')).toContainText('钙钛矿');
    await expect(enterprise.getByTestId('detail-inventors')).toHaveText('王明、陈静');
    await expect(enterprise.getByTestId('detail-published')).not.toHaveText('尚未发布');
    // Not the owner: no status tag, no owner actions.
    await expect(enterprise.getByTestId('status')).toBeHidden();
    await expect(enterprise.getByTestId('owner-actions')).toBeHidden();

    // Back returns to the same search.
    await enterprise.goBack();
    await expect(enterprise).toHaveURL(/[?&]q=%E9%92%99%E9%92%9B%E7%9F%BF/);
    await expect(enterprise.getByTestId('search-input')).toHaveValue('钙钛矿');
    expect(enterpriseErrors).toEqual([]);
  });

  test('an unknown achievement answers with the 404 page', async ({ page }) => {
    await page.goto('/achievements/00000000-0000-4000-8000-000000000000');
    await expect(page.getByTestId('not-found')).toContainText('内容不存在或尚未公开');
  });

  test('a visitor is sent to sign in before listing an achievement', async ({ page }) => {
    await page.goto('/achievements/new');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fachievements%2Fnew/);
  });
});
