import { APIRequestContext, expect, test } from '@playwright/test';
import { PASSWORD, registerByApi, staffToken } from './accounts';
import { collectConsoleErrors } from './console-errors';

/** The catcher `npm test` starts beside the e2e server (tools/test/run.mjs). */
const MAIL_URL = process.env['E2E_MAIL_URL'] ?? '';

interface CaughtMail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
  headers: Record<string, string>;
}

async function mailTo(request: APIRequestContext, address: string): Promise<CaughtMail[]> {
  const all: CaughtMail[] = await (await request.get(`${MAIL_URL}/email`)).json();
  return all.filter((m) => m.to.some((t) => t.address === address));
}

async function publish(request: APIRequestContext, token: string, kind: 'achievements' | 'needs', data: object): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post(`/api/${kind}`, { headers, data });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/${kind}/${id}/submit`, { headers, data: {} })).status()).toBe(200);
  expect((await request.post(`/api/${kind}/${id}/review`, { headers: { authorization: `Bearer ${await staffToken(request)}` }, data: { decision: 'approve' } })).status()).toBe(200);
  return id;
}

test.describe('e-mail', () => {
  test('a researcher turns on the daily digest; it arrives with the new match, its link opens the need, and its unsubscribe link works', async ({ page, request }) => {
    test.setTimeout(120_000);
    expect(MAIL_URL, 'E2E_MAIL_URL: run through npm test, which starts the mail catcher').not.toBe('');
    const stamp = Date.now();
    const researcher = await registerByApi(request, 'researcher', '程研究', { name: `摘要测试研究院 ${stamp}`, kind: 'institute' });
    const enterprise = await registerByApi(request, 'enterprise', '邓企业', { name: `摘要测试水产有限公司 ${stamp}`, kind: 'enterprise' });
    await publish(request, researcher.token, 'achievements', {
      title: `养殖尾水生物膜净化装置（${stamp}）`,
      summary: '移动床生物膜反应器处理海水养殖尾水，氨氮去除率90%以上，已在苍南养殖场示范运行。',
      field: 'energy_saving',
      keywords: ['养殖尾水', '生物膜', '氨氮'],
      maturity: 'pilot',
      transferModes: ['license'],
      askingPrice: 400_000,
      patents: [],
      region: '苍南县',
      inventors: ['程海'],
    });
    const needTitle = `养殖尾水氨氮超标，寻求生物膜净化方案（${stamp}）`;
    const needId = await publish(request, enterprise.token, 'needs', {
      title: needTitle,
      description: '养殖场尾水氨氮超标，寻求移动床生物膜等尾水净化装置，处理后达标排放。',
      field: 'energy_saving',
      keywords: ['养殖尾水', '氨氮'],
      budgetMin: 200_000,
      budgetMax: 600_000,
      deadline: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
      region: '苍南县',
      cooperationModes: ['license'],
    });
    // the new match is in the researcher's inbox before the digest is turned on
    await expect
      .poll(async () => {
        const inbox = await (await request.get('/api/notifications', { headers: { authorization: `Bearer ${researcher.token}` } })).json();
        return inbox.items.some((n: { kind: string; link: string }) => n.kind === 'new_match' && n.link === `/needs/${needId}`);
      }, { timeout: 20_000 })
      .toBe(true);

    const errors = collectConsoleErrors(page);
    await page.goto('/login?returnUrl=%2Fme%2Fnotifications');
    await page.getByTestId('email').fill(researcher.email);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('submit').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('消息设置');
    await page.getByTestId('digest-daily').click();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();

    await expect.poll(async () => (await mailTo(request, researcher.email)).length, { timeout: 30_000 }).toBe(1);
    const [digest] = await mailTo(request, researcher.email);
    expect(digest.subject).toMatch(/^每日匹配摘要：\d+ 条新的匹配$/);
    expect(digest.text).toContain(needTitle.slice(0, 10));
    const needLink = new RegExp(`https?://[^\\s]+/needs/${needId}`).exec(digest.text)?.[0] ?? '';
    expect(needLink).not.toBe('');
    await page.goto(needLink);
    await expect(page.getByTestId('detail-title')).toHaveText(needTitle);

    // the footer's unsubscribe link: a page that asks, then stops every e-mail
    const unsubscribe = /<([^>]+)>/.exec(digest.headers['list-unsubscribe'])?.[1] ?? '';
    await page.goto(unsubscribe);
    await page.getByRole('button', { name: /确认退订/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('已退订');
    const settings = await (await request.get('/api/me/notification-settings', { headers: { authorization: `Bearer ${researcher.token}` } })).json();
    expect(settings).toMatchObject({ email: false, digest: 'off' });
    expect(errors).toEqual([]);
  });
});
