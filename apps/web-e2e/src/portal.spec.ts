import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { PASSWORD, registerByApi, STAFF, staffToken } from './accounts';
import { collectConsoleErrors } from './console-errors';

/** Creates, submits and (as staff) approves an achievement; answers its id. */
async function publishAchievement(request: APIRequestContext, token: string, title: string): Promise<string> {
  const created = await request.post('/api/achievements', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      title,
      summary: '以废旧渔网为原料，经清洗、熔融造粒制成再生尼龙粒子，可用于注塑件和纺丝，已在洞头完成中试。',
      field: 'new_materials',
      keywords: ['再生尼龙', '废旧渔网'],
      maturity: 'pilot',
      transferModes: ['license'],
      askingPrice: 300_000,
      patents: [],
      region: '洞头区',
      inventors: ['林海'],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/achievements/${id}/submit`, { headers: { authorization: `Bearer ${token}` }, data: {} })).status()).toBe(200);
  const review = await request.post(`/api/achievements/${id}/review`, { headers: { authorization: `Bearer ${await staffToken(request)}` }, data: { decision: 'approve' } });
  expect(review.status()).toBe(200);
  return id;
}

async function signInAsStaff(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByTestId('email').fill(STAFF.email);
  await page.getByTestId('password').fill(STAFF.password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
  return page;
}

test.describe('portal', () => {
  test('a visitor sees the live figures and the latest listing, and finds it from the home search', async ({ page, request }) => {
    const stamp = Date.now();
    const title = `废旧渔网再生尼龙造粒技术（${stamp}）`;
    const researcher = await registerByApi(request, 'researcher', '林海', { name: `东海海洋研究院 ${stamp}`, kind: 'institute' });
    const before = (await (await request.get('/api/portal')).json()).figures.achievements as number;
    const id = await publishAchievement(request, researcher.token, title);
    // the index follows the approval through the outbox: wait until search finds it
    const query = `废旧渔网再生尼龙 ${stamp}`;
    await expect
      .poll(async () => ((await (await request.get(`/api/achievements?q=${encodeURIComponent(query)}`)).json()).items as Array<{ id: string }>).some((a) => a.id === id), { timeout: 15_000 })
      .toBe(true);
    const errors = collectConsoleErrors(page);

    await page.goto('/');
    // the figure counts the new publication at once: the approval dropped the cached front page
    await expect(page.getByTestId('figure-achievements')).toHaveText(String(before + 1));
    await expect(page.getByTestId('portal-latest-achievements').getByRole('link', { name: title })).toBeVisible();

    await page.getByTestId('portal-search-input').fill(query);
    await page.getByTestId('portal-search-submit').click();
    await expect(page).toHaveURL(/\/achievements\?q=/);
    await page.getByTestId('hit-title').filter({ hasText: title }).click();
    await expect(page.getByTestId('detail-title')).toHaveText(title);
    expect(errors).toEqual([]);
  });

  test('staff write an announcement in the editor; a script in it never runs; it shows on the home page and in its list', async ({ browser, page }) => {
    const stamp = Date.now();
    const title = `关于开展技术合同认定登记培训的通知（${stamp}）`;
    const staff = await signInAsStaff(browser);
    await staff.goto('/announcements/new');
    await staff.getByTestId('announcement-save').click();
    await expect(staff.getByText('请填写标题')).toBeVisible();
    await expect(staff.getByText('请填写正文')).toBeVisible();
    await staff.getByTestId('announcement-title-input').fill(title);
    await staff.getByTestId('announcement-pinned').click();
    const editor = staff.locator('.ql-editor');
    await editor.click();
    await staff.keyboard.type('培训将于下周三在科技局三楼举行，欢迎各技术经纪人报名。<script>window.hacked=1</script>');
    await staff.getByTestId('announcement-save').click();
    await expect(staff).toHaveURL(/\/announcements\/[0-9a-f-]{36}$/);
    await expect(staff.getByTestId('announcement-title')).toHaveText(title);
    // typed markup is text, never markup: it shows as written and runs nothing
    await expect(staff.getByTestId('announcement-body')).toContainText('<script>window.hacked=1</script>');
    expect(await staff.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    const errors = collectConsoleErrors(page);
    await page.goto('/');
    await expect(page.getByTestId('portal-announcements').getByRole('link', { name: title })).toBeVisible();
    await page.goto('/announcements?kind=notice');
    await expect(page.getByTestId('announcement-item').first()).toContainText(title);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByTestId('announcement-body')).toContainText('培训将于下周三');
    expect(errors).toEqual([]);
  });

  test('staff land on 工作台, and a listing submitted meanwhile raises their count and badge without a reload', async ({ browser, request }) => {
    const staff = await signInAsStaff(browser);
    const errors = collectConsoleErrors(staff);
    await expect(staff).toHaveURL(/\/workbench$/);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('我的工作台');
    const review = staff.getByTestId('todo-item').filter({ has: staff.getByRole('heading', { name: '待审核发布' }) });
    await expect(review).toBeVisible();
    const before = Number(await review.getByTestId('todo-item-count').textContent());
    const badge = staff.getByTestId('work-badge');
    const badgeBefore = Number((await badge.getByTestId('todo-count').textContent({ timeout: 1000 }).catch(() => '0')) ?? '0');

    const stamp = Date.now();
    const researcher = await registerByApi(request, 'researcher', '陈研究', { name: `工作台测试研究院 ${stamp}`, kind: 'institute' });
    const headers = { authorization: `Bearer ${researcher.token}` };
    const title = `工作台实时测试：海水淡化膜组件（${stamp}）`;
    const created = await request.post('/api/achievements', {
      headers,
      data: { title, summary: '反渗透膜组件国产化，脱盐率99.7%，已在洞头海岛完成示范运行。', field: 'energy_saving', keywords: ['海水淡化', '反渗透'], maturity: 'pilot', transferModes: ['license'], askingPrice: 800_000, patents: [], region: '洞头区', inventors: ['陈海'] },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    expect((await request.post(`/api/achievements/${id}/submit`, { headers, data: {} })).status()).toBe(200);

    // no reload: the /me socket's nudge makes the page and the header read the list again
    await expect(review.getByTestId('todo-item-count')).toHaveText(String(before + 1));
    await expect(badge.getByTestId('todo-count')).toHaveText(String(badgeBefore + 1));
    await review.getByTestId('todo-item-link').click();
    await expect(staff).toHaveURL(/\/review$/);
    expect(errors).toEqual([]);
  });

  test('the home page and the announcements fit a phone without sideways scrolling', async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const errors = collectConsoleErrors(page);
    for (const [path, content] of [['/', 'portal-figures'], ['/announcements', 'announcement-list']]) {
      await page.goto(path);
      await expect(page.getByTestId(content)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([path, overflow]).toEqual([path, 0]);
    }
    expect(errors).toEqual([]);
  });

  test('工作台, 消息设置 and the review table fit a phone without sideways scrolling or console errors', async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const errors = collectConsoleErrors(page);
    await page.goto('/login');
    await page.getByTestId('email').fill(STAFF.email);
    await page.getByTestId('password').fill(STAFF.password);
    await page.getByTestId('submit').click();
    await expect(page).toHaveURL(/\/workbench$/);
    for (const [path, content] of [['/workbench', 'todo-items'], ['/me/notifications', 'notification-settings'], ['/review', 'review-table']]) {
      await page.goto(path);
      await expect(page.getByTestId(content).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([path, overflow]).toEqual([path, 0]);
    }
    // the side menu is for wide screens: on a phone the account menu and the drawer reach the same pages
    await expect(page.getByTestId('back-office-menu')).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a researcher goes from 工作台\'s 草稿 card to 我的成果 filtered to drafts, and changes the filter', async ({ browser, request }) => {
    const stamp = Date.now();
    const researcher = await registerByApi(request, 'researcher', '郑研究', { name: `工作台草稿测试研究院 ${stamp}`, kind: 'institute' });
    const headers = { authorization: `Bearer ${researcher.token}` };
    const data = (title: string) => ({ title, summary: '用于测试的成果草稿，说明工作台的草稿卡片。', field: 'new_materials', keywords: ['测试'], maturity: 'lab', transferModes: ['license'], askingPrice: 100_000, patents: [], region: '鹿城区', inventors: ['郑工'] });
    expect((await request.post('/api/achievements', { headers, data: data(`草稿一（${stamp}）`) })).status()).toBe(201);
    const other = await (await request.post('/api/achievements', { headers, data: data(`已提交（${stamp}）`) })).json();
    expect((await request.post(`/api/achievements/${other.id}/submit`, { headers, data: {} })).status()).toBe(200);

    const page = await (await browser.newContext()).newPage();
    const errors = collectConsoleErrors(page);
    await page.goto('/login');
    await page.getByTestId('email').fill(researcher.email);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('submit').click();
    const drafts = page.getByTestId('todo-item').filter({ has: page.getByRole('heading', { name: '草稿' }) });
    await expect(drafts.getByTestId('todo-item-count')).toHaveText('1');
    await drafts.getByTestId('todo-item-link').click();
    await expect(page).toHaveURL(/\/me\/achievements\?status=draft$/);
    await expect(page.getByTestId('mine-row')).toHaveCount(1);
    await expect(page.getByTestId('mine-row')).toContainText(`草稿一（${stamp}）`);
    await page.getByTestId('mine-status').click();
    await page.locator('nz-option-item').filter({ hasText: '待审核' }).click();
    await expect(page).toHaveURL(/status=pending_review/);
    await expect(page.getByTestId('mine-row')).toHaveCount(1);
    await expect(page.getByTestId('mine-row')).toContainText(`已提交（${stamp}）`);
    expect(errors).toEqual([]);
  });
});
