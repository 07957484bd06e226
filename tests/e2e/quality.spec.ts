import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';

const PAGES = ['/', '/errors/AADSTS50070', '/errors/AADSTS50144', '/errors/', '/categories/sign-in', '/audiences/admin', '/guides/reading-an-error-message', '/lookup?code=12345', '/search?q=redirect%20uri', '/analyze'];

test.describe('accessibility (axe-core)', () => {
  for (const path of PAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no violations (${colorScheme})`, async ({page}) => {
        await page.emulateMedia({colorScheme});
        await page.goto(path);
        await page.locator('h1').first().waitFor();
        // Closed steps are invisible to axe: open them so their content (code blocks too) is checked.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
        const results = await new AxeBuilder({page}).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});

test.describe('no third-party requests', () => {
  for (const path of PAGES) {
    test(`${path} only requests 127.0.0.1`, async ({page}) => {
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') outside.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(path, {waitUntil: 'networkidle'});
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test('the open search dialog has no accessibility violations', async ({page}) => {
  await page.goto('/errors/AADSTS50070');
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('redirect uri');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  const results = await new AxeBuilder({page}).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
