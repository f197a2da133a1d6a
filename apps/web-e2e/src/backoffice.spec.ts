import { APIRequestContext, expect, test } from '@playwright/test';
import { PASSWORD, registerByApi, STAFF } from './accounts';
import { collectConsoleErrors } from './console-errors';

async function submitAchievement(request: APIRequestContext, token: string, title: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post('/api/achievements', {
    headers,
    data: {
      title,
      summary: '面向鞋服产业的绿色制造技术成果，已完成中试验证，可提供技术许可。',
      field: 'advanced_manufacturing',
      keywords: ['绿色制造'],
      maturity: 'pilot',
      transferModes: ['license'],
      askingPrice: 200_000,
      patents: [],
      region: '鹿城区',
      inventors: ['王工'],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/achievements/${id}/submit`, { headers, data: {} })).status()).toBe(200);
  return id;
}

test.describe('back office', () => {
  test('staff find three submissions in the review table, approve them in one batch with a comment, and the owner hears of each', async ({ browser, request }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const researcher = await registerByApi(request, 'researcher', '王研究', { name: `批量审核测试学院 ${stamp}`, kind: 'university' });
    const titles = ['甲', '乙', '丙'].map((n) => `批量审核${stamp}：鞋材工艺${n}`);
    for (const title of titles) await submitAchievement(request, researcher.token, title);

    const staff = await (await browser.newContext()).newPage();
    const errors = collectConsoleErrors(staff);
    await staff.goto('/login?returnUrl=%2Freview');
    await staff.getByTestId('email').fill(STAFF.email);
    await staff.getByTestId('password').fill(STAFF.password);
    await staff.getByTestId('submit').click();
    await expect(staff).toHaveURL(/\/review$/);

    // the server filters by title words: exactly the three rows remain
    const queue = staff.getByTestId('queue-achievements');
    await queue.getByTestId('review-search').fill(`批量审核${stamp}`);
    await queue.getByTestId('review-search-submit').click();
    await expect(queue.getByTestId('review-row')).toHaveCount(3);
    // oldest first by default; the header flips it
    await expect(queue.getByTestId('review-title').first()).toHaveText(titles[0]);
    await queue.getByTestId('sort-submitted').click();
    await expect(queue.getByTestId('review-title').first()).toHaveText(titles[2]);

    await queue.getByTestId('select-all').locator('input[type="checkbox"]').check();
    await expect(queue.getByTestId('batch-count')).toHaveText('已选 3 项');
    await queue.getByTestId('batch-approve').click();
    await queue.getByTestId('batch-comment').fill('材料齐全，批量通过');
    await queue.getByTestId('batch-confirm').click();
    await expect(queue.getByTestId('review-row')).toHaveCount(0);
    await expect(queue.getByTestId('batch-bar')).toBeHidden();

    // each owner's item is published with the comment, and the owner's bell has the three results
    for (const title of titles) {
      const found = await request.get(`/api/achievements/mine?pageSize=10`, { headers: { authorization: `Bearer ${researcher.token}` } });
      const item = (await found.json()).items.find((i: { title: string }) => i.title === title);
      expect(item).toMatchObject({ status: 'published', reviewComment: '材料齐全，批量通过' });
    }
    const lab = await (await browser.newContext()).newPage();
    await lab.goto('/login');
    await lab.getByTestId('email').fill(researcher.email);
    await lab.getByTestId('password').fill(PASSWORD);
    await lab.getByTestId('submit').click();
    await expect(lab).toHaveURL(/\/workbench$/);
    await lab.getByTestId('notification-bell').click();
    // three review results (the organization's verification is the fourth notification)
    await expect(lab.getByTestId('notification').filter({ hasText: `批量审核${stamp}` }).filter({ hasText: '成果审核通过' })).toHaveCount(3);
    await expect(lab.getByTestId('notification-count')).toHaveText('4');

    // the table fits a phone: rows become cards, the page does not scroll sideways
    await staff.setViewportSize({ width: 390, height: 844 });
    await queue.getByTestId('review-search').fill('');
    await queue.getByTestId('review-search-submit').click();
    await expect(queue.getByTestId('review-table')).toBeVisible();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
