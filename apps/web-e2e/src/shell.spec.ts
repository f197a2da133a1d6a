import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './console-errors';

const SECTIONS = ['首页', '成果大厅', '需求大厅', '揭榜挂帅', '竞价拍卖', '路演活动', '交易服务', '数据看板'];

test.describe('shell', () => {
  test('home page explains the market in Chinese and lists the eight sections', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');

    await expect(page).toHaveTitle('网上技术市场');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('home-title')).toHaveText('让科技成果走出实验室，走进企业');
    await expect(page.getByTestId('sections').getByRole('link')).toHaveText(SECTIONS);
    for (const term of ['科技成果', '技术需求', '竞价拍卖', '路演活动', '技术经纪人', '技术合同登记']) {
      await expect(page.getByTestId('concepts').getByRole('heading', { name: term, exact: true })).toBeVisible();
    }

    await page.screenshot({ path: 'test-results/home-desktop.png', fullPage: true });
  });

  test('the header opens every built section, e.g. 竞价拍卖, titled as in the menu', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('sections').getByRole('link', { name: '竞价拍卖' }).click();
    await expect(page).toHaveURL(/\/auctions$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('竞价拍卖');
    await expect(page.getByTestId('coming-soon')).toHaveCount(0);
    await expect(page).toHaveTitle('竞价拍卖 - 网上技术市场');
  });

  test('unknown paths answer with the 404 page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByTestId('not-found')).toContainText('页面不存在');
  });

  test('at 390 px the page does not scroll sideways and the menu button opens the sections', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByTestId('home-title')).toBeVisible();

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await expect(page.getByTestId('sections')).toBeHidden();
    await page.screenshot({ path: 'test-results/home-390.png', fullPage: true });

    await page.getByTestId('menu-button').click();
    const drawer = page.getByTestId('drawer-sections');
    await expect(drawer.getByRole('link')).toHaveText(SECTIONS);
    await page.screenshot({ path: 'test-results/menu-390.png' });

    await drawer.getByRole('link', { name: '需求大厅' }).click();
    await expect(page).toHaveURL(/\/needs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('需求大厅');
    // ng-zorro keeps a closed drawer in the DOM, slid out of view.
    await expect(drawer).not.toBeInViewport();
  });

  test('the language switch turns the page into English and back', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('sections').getByRole('link').nth(1)).toHaveText('Results');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Online Technology Market');

    await page.reload();
    await expect(page.getByTestId('home-title')).toHaveText('Research results, out of the lab and into industry');

    await page.getByTestId('lang-zh').click();
    await expect(page.getByTestId('home-title')).toHaveText('让科技成果走出实验室，走进企业');
  });

  for (const path of ['/achievements', '/needs']) {
    test(`at 390 px ${path} does not scroll sideways and its filters open in a drawer`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await expect(page.getByTestId('hits').or(page.getByTestId('search-empty'))).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      await page.getByTestId('filter-button').click();
      const drawer = page.locator('.ant-drawer-content').getByTestId('filters');
      await expect(drawer.getByTestId('facet-field')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `test-results/${path.slice(1)}-filters-390.png` });
    });
  }

  for (const path of ['/', '/login', '/register']) {
    test(`no console errors on ${path}`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(path);
      await page.waitForLoadState('load');
      await expect(page.locator('main h1')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('no console errors on /achievements', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/achievements');
    await expect(page.locator('main h1')).toHaveText('成果大厅');
    // Wait for the search to answer: a failing call would log an error.
    await expect(page.getByTestId('hits').or(page.getByTestId('search-empty'))).toBeVisible();
    expect(errors).toEqual([]);
  });
});
