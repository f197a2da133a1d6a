import { Browser, expect, Page, test } from '@playwright/test';
import { creditCode, PASSWORD, STAFF } from './accounts';
import { collectConsoleErrors } from './console-errors';

async function newPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext(viewport ? { viewport } : {})).newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
}

test.describe('organizations', () => {
  test('an enterprise signs up and waits for verification; staff verify it; its admin invites a colleague, who joins with the code', async ({ browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const orgName = `瓯海智能装备有限公司 ${stamp}`;
    const adminEmail = `e2e-org-admin-${stamp}@example.com`;

    // 1. The admin signs up, creating the organization, and sees it waiting for verification.
    const admin = await newPage(browser);
    const errors = collectConsoleErrors(admin);
    await admin.goto('/register');
    await admin.getByTestId('role-enterprise').click();
    await admin.getByTestId('mode-create').click();
    await admin.getByTestId('email').fill(adminEmail);
    await admin.getByTestId('password').fill(PASSWORD);
    await admin.getByTestId('name').fill('钱管理');
    await admin.getByTestId('organization-name').fill(orgName);
    await admin.getByTestId('credit-code').fill(creditCode());
    await admin.getByTestId('submit').click();
    await expect(admin.getByTestId('user-name')).toHaveText('钱管理');
    await admin.getByTestId('user-menu').click();
    await admin.getByTestId('menu-organization').click();
    await expect(admin.getByTestId('organization-name')).toHaveText(orgName);
    await expect(admin.getByTestId('organization-verification')).toHaveText('待认证');

    // 2. Staff verify it from the queue.
    const staff = await newPage(browser);
    const staffErrors = collectConsoleErrors(staff);
    await signIn(staff, STAFF.email, STAFF.password);
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-verification').click();
    // the queue is paged oldest first; staff find the newcomer by its name
    await staff.getByTestId('verification-search').fill(orgName);
    await staff.getByTestId('verification-search-submit').click();
    const item = staff.locator(`[data-testid="verification-item"][data-name="${orgName}"]`);
    await expect(item).toContainText('校验位正确');
    await expect(item).toContainText(adminEmail);
    await item.getByTestId('verification-approve').click();
    await item.getByTestId('verification-comment').fill('营业执照与信用代码核对无误');
    await item.getByTestId('verification-confirm-approve').click();
    await expect(item).toHaveCount(0);

    // 3. The admin sees the organization verified and creates an invitation code.
    await admin.reload();
    await expect(admin.getByTestId('organization-verification')).toHaveText('已认证');
    await admin.getByTestId('invite-create').click();
    await expect(admin.getByTestId('invite-code')).toHaveText(/^([A-Z2-9]{4}-){6}[A-Z2-9]{2}$/);
    const code = String(await admin.getByTestId('invite-code').textContent());

    // 4. A colleague joins with the code, on a phone.
    const colleague = await newPage(browser, { width: 390, height: 844 });
    const colleagueErrors = collectConsoleErrors(colleague);
    await colleague.goto('/register');
    await colleague.getByTestId('role-enterprise').click();
    await colleague.getByTestId('mode-join').click();
    await expect(colleague.getByTestId('organization-name')).toHaveCount(0);
    await colleague.getByTestId('email').fill(`e2e-org-member-${stamp}@example.com`);
    await colleague.getByTestId('password').fill(PASSWORD);
    await colleague.getByTestId('name').fill('孙同事');
    await colleague.getByTestId('invitation-code').fill(code);
    await colleague.getByTestId('submit').click();
    await expect(colleague.getByTestId('user-name')).toHaveText('孙同事');
    await colleague.goto('/organization');
    await expect(colleague.getByTestId('organization-name')).toHaveText(orgName);
    await expect(colleague.getByTestId('organization-verification')).toHaveText('已认证');
    await expect(colleague.getByTestId('member')).toHaveCount(2);
    // members see the members; only the admin invites
    await expect(colleague.getByTestId('invite-create')).toHaveCount(0);
    expect(await colleague.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // the single-use code is spent
    await admin.reload();
    await expect(admin.getByTestId('invitations')).toContainText('1/1');
    await expect(admin.getByTestId('member')).toHaveCount(2);

    expect([...errors, ...staffErrors, ...colleagueErrors]).toEqual([]);
  });
});
