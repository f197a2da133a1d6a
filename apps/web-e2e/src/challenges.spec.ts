import { Browser, expect, Locator, Page, test } from '@playwright/test';
import { PASSWORD, registerByApi, staffToken, STAFF } from './accounts';
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

/** A Beijing-time minute as the pickers take it, at least `seconds` from now (rounded up to the next whole minute). */
function beijingMinute(seconds: number): { text: string; at: number } {
  const at = Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000;
  return { text: new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '), at };
}

/** nz-date-picker: click its input to open it, type the time, Enter confirms it. */
async function pickTime(page: Page, picker: Locator, text: string): Promise<void> {
  const input = picker.locator('input');
  await input.click();
  await expect(page.locator('.ant-picker-dropdown')).toBeVisible();
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue(text);
}

test.describe('揭榜挂帅', () => {
  test('an enterprise publishes a challenge, staff approve, two teams apply, a reviewer scores, the enterprise awards, and the deal reaches the broker', async ({ browser, request }) => {
    test.setTimeout(360_000);
    const stamp = Date.now();
    const enterprise = await registerByApi(request, 'enterprise', '林海', { name: `瓯江口精细化工有限公司 ${stamp}`, kind: 'enterprise' });
    const labA = await registerByApi(request, 'researcher', '陈教授', { name: `温州膜分离实验室 ${stamp}`, kind: 'university' });
    const labB = await registerByApi(request, 'researcher', '王研究员', { name: `浙南环保研究院 ${stamp}`, kind: 'institute' });
    const broker = await registerByApi(request, 'broker', '周经纪', { name: `瓯越技术经纪事务所 ${stamp}`, kind: 'agency' });
    const title = `高盐废水零排放蒸发结晶技术攻关 ${stamp}`;

    // 1. The enterprise publishes the challenge from the hall, with a deadline a minute or two away.
    const publisher = await signIn(browser, enterprise.email, PASSWORD);
    const publisherErrors = collectConsoleErrors(publisher);
    await publisher.goto('/challenges');
    await publisher.getByTestId('challenge-publish').click();
    await expect(publisher).toHaveURL(/\/challenges\/new$/);
    await publisher.getByTestId('challenge-title-input').fill(title);
    await publisher.getByTestId('challenge-description').fill('化工园区高盐废水处理成本高、结晶盐难以资源化，征集低能耗的蒸发结晶工艺与装备，实现废水零排放。');
    await publisher.getByTestId('challenge-requirement').first().fill('吨水处理能耗不高于 35 kWh');
    await publisher.getByTestId('challenge-add-requirement').click();
    await publisher.getByTestId('challenge-requirement').nth(1).fill('结晶盐纯度不低于 98%');
    await publisher.getByTestId('challenge-field').click();
    await publisher.locator('nz-option-item').filter({ hasText: '节能环保' }).click();
    await publisher.getByTestId('challenge-region').click();
    await publisher.locator('nz-option-item').filter({ hasText: '龙湾区' }).click();
    await publisher.getByTestId('challenge-bounty-input').locator('input').fill('800000');
    await expect(publisher.getByTestId('challenge-form')).toContainText('80万元');
    // the weights must sum to 100: a wrong weight is caught before anything is sent
    await publisher.getByTestId('criterion-weight').first().locator('input').fill('50');
    await publisher.getByTestId('criterion-name').first().click();
    await expect(publisher.getByTestId('criteria-sum')).toContainText('110%');
    await publisher.getByTestId('criterion-weight').first().locator('input').fill('40');
    await publisher.getByTestId('criterion-name').first().click();
    await expect(publisher.getByTestId('criteria-sum')).toHaveText('权重合计 100%');
    const deadline = beijingMinute(75);
    await pickTime(publisher, publisher.getByTestId('challenge-deadline'), deadline.text);
    await publisher.getByTestId('challenge-save-submit').click();
    await expect(publisher).toHaveURL(/\/challenges\/[0-9a-f-]{36}$/);
    await expect(publisher.getByTestId('challenge-status')).toHaveText('待审核');
    const challengeUrl = new URL(publisher.url()).pathname;

    // 2. Staff approve it from their queue.
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const staffErrors = collectConsoleErrors(staff);
    await staff.goto('/challenges/review');
    await staff.getByTestId('challenge-review-row').filter({ hasText: title }).getByRole('link', { name: title }).click();
    await staff.getByTestId('challenge-review-comment').fill('技术指标明确，同意发布');
    await staff.getByTestId('challenge-approve').click();
    await expect(staff.getByTestId('challenge-status')).toHaveText('揭榜中');

    // 3. Two research teams apply, one from a phone-sized screen, before the deadline.
    const teamA = await signIn(browser, labA.email, PASSWORD, { width: 390, height: 844 });
    const teamAErrors = collectConsoleErrors(teamA);
    await teamA.goto('/challenges');
    await teamA.getByTestId('challenge-search').fill('蒸发结晶');
    await teamA.getByTestId('challenge-search-submit').click();
    const card = teamA.getByTestId('challenge-card').filter({ hasText: title });
    // the hall searches Meilisearch, which the approval reaches through the outbox a moment later
    await expect(async () => {
      await teamA.reload();
      await expect(card).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(card.getByTestId('challenge-bounty')).toHaveText('¥80万');
    expect(await teamA.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await card.getByRole('link', { name: title }).click();
    await expect(teamA.getByTestId('challenge-countdown')).toContainText('剩');
    await teamA.getByTestId('challenge-apply').click();
    await teamA.getByTestId('application-approach').fill('机械蒸汽再压缩（MVR）蒸发与分盐结晶耦合，先建中试线验证能耗与纯度指标。');
    await teamA.getByTestId('member-name').fill('陈立');
    await teamA.getByTestId('member-title').fill('教授，项目负责人');
    await teamA.getByTestId('milestone-title').fill('完成中试验证');
    await teamA.getByTestId('application-price').locator('input').fill('780000');
    expect(await teamA.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await teamA.getByTestId('application-submit').click();
    await expect(teamA.getByTestId('challenge-applied')).toBeVisible();

    const teamB = await signIn(browser, labB.email, PASSWORD);
    await teamB.goto(challengeUrl);
    await teamB.getByTestId('challenge-apply').click();
    await teamB.getByTestId('application-approach').fill('低温多效蒸发结合冷冻结晶分盐，利用园区余热降低能耗。');
    await teamB.getByTestId('member-name').fill('王敏');
    await teamB.getByTestId('member-title').fill('研究员');
    await teamB.getByTestId('milestone-title').fill('完成小试');
    await teamB.getByTestId('application-submit').click();
    await expect(teamB.getByTestId('challenge-applied')).toBeVisible();

    // 4. The deadline passes by itself; staff name the reviewer by e-mail.
    await expect(async () => {
      await staff.goto(challengeUrl);
      await expect(staff.getByTestId('challenge-status')).toHaveText('评审中', { timeout: 2_000 });
    }).toPass({ timeout: Math.max(30_000, deadline.at - Date.now() + 30_000) });
    await staff.getByTestId('challenge-ranking-link').click();
    await staff.getByTestId('reviewer-emails').fill(broker.email);
    await staff.getByTestId('reviewer-add').click();
    await expect(staff.getByTestId('reviewer-list')).toContainText('周经纪');

    // 5. The reviewer scores both applications, one row per criterion.
    const reviewer = await signIn(browser, broker.email, PASSWORD);
    const reviewerErrors = collectConsoleErrors(reviewer);
    await reviewer.goto(challengeUrl);
    await reviewer.getByTestId('challenge-scoring-link').click();
    const scores: Record<string, number[]> = { [`温州膜分离实验室 ${stamp}`]: [90, 85, 80, 70], [`浙南环保研究院 ${stamp}`]: [70, 75, 80, 90] };
    for (const [org, values] of Object.entries(scores)) {
      const application = reviewer.getByTestId('scoring-application').filter({ hasText: org });
      const inputs = application.getByTestId('scoring-input');
      await expect(inputs).toHaveCount(4);
      for (const [i, v] of values.entries()) await inputs.nth(i).locator('input').fill(String(v));
      await application.getByTestId('scoring-comment').click();
      await application.getByTestId('scoring-save').click();
      await expect(reviewer.locator('.ant-message')).toContainText('已保存');
    }
    // 0.4 × 90 + 0.3 × 85 + 0.2 × 80 + 0.1 × 70 = 84.5; 0.4 × 70 + 0.3 × 75 + 0.2 × 80 + 0.1 × 90 = 75.5
    await expect(reviewer.getByTestId('scoring-total').first()).toHaveText('加权得分 84.5');

    // 6. The enterprise sees the ranking and awards the best, with a short announcement.
    await publisher.goto(`${challengeUrl}/ranking`);
    const rows = publisher.getByTestId('ranking-row');
    await expect(rows.first()).toContainText(`温州膜分离实验室 ${stamp}`);
    await expect(rows.first().getByTestId('ranking-score')).toHaveText('84.5');
    await expect(rows.nth(1).getByTestId('ranking-score')).toHaveText('75.5');
    await rows.first().getByTestId('ranking-award').click();
    const ends = beijingMinute(45);
    await pickTime(publisher, publisher.getByTestId('award-ends'), ends.text);
    await publisher.getByTestId('award-confirm').click();
    await expect(publisher).toHaveURL(new RegExp(`${challengeUrl}/announcement$`));
    await expect(publisher.getByTestId('announcement-winner')).toHaveText(`温州膜分离实验室 ${stamp}`);
    await expect(publisher.getByTestId('announcement-status')).toHaveText('公示中');

    // 7. The announcement ends with no objection: awarded, and the deal opens at the bounty.
    await expect(async () => {
      await publisher.reload();
      await expect(publisher.getByTestId('announcement-status')).toHaveText('已揭榜', { timeout: 2_000 });
    }).toPass({ timeout: Math.max(30_000, ends.at - Date.now() + 30_000) });
    await expect(publisher.getByTestId('announcement-awarded')).toBeVisible();

    // 8. Staff hand the deal to the broker, whose board then shows it.
    const token = await staffToken(request);
    const deals = await (await request.get('/api/deals?pageSize=100', { headers: { authorization: `Bearer ${token}` } })).json();
    const deal = deals.items.find((d: { challenge: { id: string } | null }) => d.challenge?.id === challengeUrl.split('/').pop());
    expect(deal).toMatchObject({ source: 'challenge', amount: 800_000, title });
    await staff.goto(`/deals/${deal.id}`);
    await expect(staff.getByTestId('deal-heading')).toHaveText(title);
    await staff.getByTestId('assign-broker-select').click();
    await staff.locator('nz-option-item').filter({ hasText: '周经纪' }).click();
    await staff.getByTestId('assign-broker-submit').click();
    await expect(staff.getByTestId('assign-broker')).toBeHidden();
    await reviewer.goto('/deals');
    await expect(reviewer.getByTestId('deal-title').filter({ hasText: title })).toBeVisible();

    expect([...publisherErrors, ...staffErrors, ...teamAErrors, ...reviewerErrors]).toEqual([]);
  });
});
