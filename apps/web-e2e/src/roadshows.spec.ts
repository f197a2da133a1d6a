import { Browser, expect, Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { creditCode } from './accounts';
import { collectConsoleErrors } from './console-errors';

const STAFF = {
  email: process.env['E2E_STAFF_EMAIL'] ?? 'staff@e2e.test',
  password: process.env['E2E_STAFF_PASSWORD'] ?? 'staff-password-e2e',
};

/**
 * A moment in Beijing time, `days` from now at `hour`:00: as the form's date picker takes it
 * (`2026-12-10 14:00`, format yyyy-MM-dd HH:mm), its day, and the same moment in UTC as the .ics writes it.
 */
function beijing(days: number, hour: number): { picker: string; day: string; utc: string } {
  const d = new Date(Date.now() + days * 24 * 3600_000 + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const utc = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour - 8)).toISOString();
  return { picker: `${date} ${pad(hour)}:00`, day: date, utc: utc.replace(/[-:]/g, '').replace(/\.\d{3}/, '') };
}

/** Types a date and time into an nz-date-picker (its testid is on the picker): open it, type, Enter. */
async function pickDateTime(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
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

test.describe('roadshows', () => {
  test('staff create a roadshow; an enterprise on a phone registers and downloads the .ics', async ({ browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const title = `新能源成果专场路演（${stamp}）`;
    const start = beijing(20, 14);
    const end = beijing(20, 16);

    // 1. Staff create the event from the form (times typed in Beijing time).
    const staff = await signIn(browser, STAFF.email, STAFF.password);
    const staffErrors = collectConsoleErrors(staff);
    await staff.getByTestId('user-menu').click();
    await staff.getByTestId('menu-new-roadshow').click();
    await expect(staff).toHaveURL(/\/roadshows\/new$/);
    await staff.getByTestId('rs-title').fill(title);
    await pickDateTime(staff, 'rs-starts', start.picker);
    await pickDateTime(staff, 'rs-ends', end.picker);
    await staff.getByTestId('rs-venue').fill('温州市科技创新服务中心 3 楼路演厅');
    await staff.getByTestId('rs-capacity').locator('input').fill('30');
    await staff.getByTestId('rs-save').click();
    await expect(staff).toHaveURL(/\/roadshows\/[0-9a-f-]{36}$/);
    const eventPath = new URL(staff.url()).pathname;
    await expect(staff.getByTestId('roadshow-title')).toHaveText(title);
    await expect(staff.getByTestId('roadshow-when')).toHaveText(`${start.day} 14:00 – 16:00`);
    await expect(staff.getByTestId('roadshow-phase')).toHaveText('报名中');
    expect(staffErrors).toEqual([]);

    // 2. An enterprise registers on a 390 px phone screen.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
    const phone = await context.newPage();
    const phoneErrors = collectConsoleErrors(phone);
    await phone.goto('/register');
    await phone.getByTestId('role-enterprise').click();
    await phone.getByTestId('email').fill(`e2e-roadshow-${stamp}@example.com`);
    await phone.getByTestId('password').fill('e2e-password-123');
    await phone.getByTestId('name').fill('林企业');
    await phone.getByTestId('organization-name').fill(`瑞安电气有限公司 ${stamp}`);
    await phone.getByTestId('credit-code').fill(creditCode());
    await phone.getByTestId('submit').click();
    await expect(phone.getByTestId('user-name')).toHaveText('林企业');

    await phone.goto('/roadshows');
    const card = phone.getByTestId('roadshow-card').filter({ hasText: title });
    await expect(card).toBeVisible();
    await card.getByRole('link', { name: title }).click();
    await expect(phone).toHaveURL(new RegExp(`${eventPath}$`));
    await expect(phone.getByTestId('roadshow-registered')).toHaveText('0 / 30');
    await phone.getByTestId('register-button').click();
    await expect(phone.getByTestId('register-state')).toHaveText('您已报名');
    await expect(phone.getByTestId('roadshow-registered')).toHaveText('1 / 30');
    // Nothing on the page is wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // 3. The .ics: the Chinese title survives, times are UTC.
    const [download] = await Promise.all([phone.waitForEvent('download'), phone.getByTestId('ics-link').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(title);
    expect(ics).toContain(`DTSTART:${start.utc}`);
    expect(ics).toContain(`DTEND:${end.utc}`);

    // 4. 我的活动 lists it, with a personal calendar feed.
    await phone.goto('/me/roadshows');
    await expect(phone.getByTestId('roadshow-card').filter({ hasText: title })).toBeVisible();
    await phone.getByTestId('calendar-feed').click();
    await expect(phone.getByTestId('calendar-feed-url')).toContainText('/api/roadshows/calendar/');
    const feedUrl = await phone.getByTestId('calendar-feed-url').innerText();
    const feed = await phone.request.get(feedUrl.trim());
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(title);
    expect(phoneErrors).toEqual([]);

    // 5. Staff see the registration in the management panel; the month calendar shows the event.
    await staff.reload();
    await expect(staff.getByTestId('registrants')).toContainText('林企业');
    await staff.goto('/roadshows');
    await staff.getByTestId('view-calendar').click();
    await expect(staff.getByTestId('month-calendar')).toBeVisible();
    const calendarEvent = staff.getByTestId('calendar-event').filter({ hasText: title });
    await expect
      .poll(async () => {
        if (await calendarEvent.isVisible()) return true;
        await staff.getByTestId('month-next').click();
        return calendarEvent.isVisible();
      }, { timeout: 10_000 })
      .toBe(true);
  });
});
