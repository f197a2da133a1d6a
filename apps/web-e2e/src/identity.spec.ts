import { expect, Page, test } from '@playwright/test';
import { creditCode } from './accounts';
import { collectConsoleErrors } from './console-errors';

async function signOut(page: Page) {
  await page.getByTestId('user-name').click();
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('user-name')).toBeHidden();
  await expect(page.getByTestId('login-link')).toBeVisible();
}

test.describe('identity', () => {
  test('an enterprise registers, signs out and signs in again', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const email = `e2e-enterprise-${Date.now()}@example.com`;
    const password = 'e2e-password-123';
    const name = '周企业';

    await page.goto('/register');
    await page.getByTestId('role-enterprise').click();
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill(password);
    await page.getByTestId('name').fill(name);
    await page.getByTestId('organization-name').fill(`温州测试机械有限公司 ${Date.now()}`);
    // A code with a wrong check character is refused before anything is sent.
    await page.getByTestId('credit-code').fill('91330300MA2867XJ9J');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('credit-code-error')).toHaveText('统一社会信用代码不正确，请核对后重新输入');
    await page.getByTestId('credit-code').fill(creditCode());
    await page.getByTestId('submit').click();

    // a new user lands on 工作台, which says first that the organization waits for verification
    await expect(page).toHaveURL(/\/workbench$/);
    await expect(page.getByTestId('user-name')).toHaveText(name);
    await expect(page.getByTestId('todo-unverified')).toBeVisible();
    await expect(page.getByTestId('todo-item')).toHaveCount(5);

    // The session survives a reload (token kept, user fetched from /api/auth/me).
    await page.reload();
    await expect(page.getByTestId('user-name')).toHaveText(name);

    await signOut(page);

    await page.getByTestId('login-link').click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill('not-the-password');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('form-error')).toBeVisible();

    await page.getByTestId('password').fill(password);
    await page.getByTestId('submit').click();
    await expect(page).toHaveURL(/\/workbench$/);
    await expect(page.getByTestId('user-name')).toHaveText(name);

    // The wrong password answers 401 on purpose; the browser logs that failed request, nothing else may appear.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  test('a registered email cannot register twice', async ({ page }) => {
    const email = `e2e-twice-${Date.now()}@example.com`;
    const register = async () => {
      await page.goto('/register');
      await page.getByTestId('role-researcher').click();
      await page.getByTestId('email').fill(email);
      await page.getByTestId('password').fill('e2e-password-123');
      await page.getByTestId('name').fill('吴研究');
      await page.getByTestId('organization-name').fill(`温州大学 ${email}`);
      await page.getByTestId('submit').click();
    };
    await register();
    await expect(page.getByTestId('user-name')).toHaveText('吴研究');
    await signOut(page);

    await register();
    await expect(page.getByTestId('form-error')).toContainText('该邮箱已注册');
  });
});
