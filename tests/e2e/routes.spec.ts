import {expect, test} from '@playwright/test';
import {countDialogs, gotoHydrated} from './helpers';

const CANONICAL = /\/errors\/AADSTS50070$/;

test.describe('alias routes', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({javaScriptEnabled});
      for (const alias of ['/50070', '/AADSTS50070', '/aadsts50070']) {
        test(`${alias} redirects to the article`, async ({page}) => {
          await page.goto(alias);
          await page.waitForURL(CANONICAL);
          await expect(page.locator('h1')).toHaveText('AADSTS50070: SignoutUnknownSessionIdentifier');
        });
      }
    });
  }
});

test.describe('home page code box', () => {
  for (const spelling of ['50070', 'AADSTS50070', ' aadsts50070 ', 'AADSTS50070: Sign out has failed. The sign out request specified a name identifier.']) {
    test(`goes to the article for ${JSON.stringify(spelling)}`, async ({page}) => {
      await gotoHydrated(page, '/');
      await page.getByLabel('Error code').fill(spelling);
      await page.getByLabel('Error code').press('Enter');
      await page.waitForURL(CANONICAL);
      await expect(page.locator('h1')).toHaveText('AADSTS50070: SignoutUnknownSessionIdentifier');
    });
  }

  test('answers an unknown code on the page', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByLabel('Error code').fill('AADSTS5007199');
    await page.getByRole('button', {name: 'Go'}).click();
    const panel = page.getByTestId('unknown-code');
    await expect(panel).toContainText('AADSTS5007199 is not documented here');
    await expect(panel.getByRole('link', {name: 'https://login.microsoftonline.com/error?code=5007199'})).toBeVisible();
    await expect(panel.getByRole('link', {name: /^AADSTS\d+$/}).first()).toBeVisible();
    await expect(panel).toContainText('Correlation ID');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('says so when the text holds no code', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByLabel('Error code').fill('my sign-in is broken');
    await page.getByLabel('Error code').press('Enter');
    await expect(page.getByTestId('not-a-code')).toBeVisible();
  });

  test('renders a hostile paste as text', async ({page}) => {
    const dialogs = countDialogs(page);
    await gotoHydrated(page, '/');
    await page.getByLabel('Error code').fill('AADSTS99999 <img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.getByLabel('Error code').press('Enter');
    await expect(page.getByTestId('unknown-code')).toContainText('AADSTS99999 is not documented here');
    expect(dialogs()).toBe(0);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });
});

test.describe('lookup and not-found', () => {
  test('/lookup?code= accepts any spelling', async ({page}) => {
    await page.goto('/lookup?code=aadsts%2050070');
    await page.waitForURL(CANONICAL);
  });

  test('/lookup with an unknown code gives guidance', async ({page}) => {
    await page.goto('/lookup?code=12345');
    await expect(page.getByTestId('unknown-code')).toContainText('AADSTS12345 is not documented here');
  });

  test('a missing code-shaped path answers for that code and offers the box', async ({page}) => {
    const response = await page.goto('/errors/AADSTS99998');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('unknown-code')).toContainText('AADSTS99998 is not documented here');
    await page.getByLabel('Look up an error code').fill('50070');
    await page.getByLabel('Look up an error code').press('Enter');
    await page.waitForURL(CANONICAL);
  });
});

test.describe('all-codes table', () => {
  test('filters as you type and sorts by column', async ({page}) => {
    await gotoHydrated(page, '/errors/');
    await page.getByRole('button', {name: /^Show all \d+ codes$/}).click();
    const rows = page.locator('tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(300);
    await page.getByLabel('Filter').fill('aadsts 50070');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-code', '50070');
    await page.getByLabel('Filter').fill('');
    await expect(rows).toHaveCount(total);

    const codeHeader = page.getByRole('columnheader', {name: /Code/});
    await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
    const first = await rows.first().getAttribute('data-code');
    await codeHeader.getByRole('button').click();
    await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
    const codes = await rows.evaluateAll((elements) => elements.map((row) => Number(row.getAttribute('data-code'))));
    expect(codes).toEqual([...codes].sort((a, b) => b - a));
    expect(String(codes.at(-1))).toBe(first);
  });

  test('shows the first rows until asked for all; a filter searches every code', async ({page}) => {
    await gotoHydrated(page, '/errors/');
    const rows = page.locator('tbody tr');
    const showAll = page.getByRole('button', {name: /^Show all \d+ codes$/});
    const total = Number(/\d+/.exec((await showAll.textContent()) ?? '')![0]);
    await expect(rows).toHaveCount(150);
    expect(total).toBeGreaterThan(150);
    // The largest code sorts last: a filter finds it although it is not among the first rows.
    await page.getByLabel('Filter').fill('aadsts9002326');
    await expect(rows).toHaveCount(1);
    await page.getByLabel('Filter').fill('');
    await expect(rows).toHaveCount(150);
    await showAll.click();
    await expect(rows).toHaveCount(total);
    await expect(showAll).toHaveCount(0);
  });

  test('a code link in the table navigates inside the app, without a page load', async ({page}) => {
    await gotoHydrated(page, '/errors/');
    await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));
    await page.locator('tbody tr[data-code="50070"] a').first().click();
    await page.waitForURL(CANONICAL);
    await expect(page.locator('h1')).toContainText('AADSTS50070');
    expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);
  });

  test('a strict code hash redirects to the article; anything else stays', async ({page}) => {
    await page.goto('/errors/#AADSTS50070');
    await page.waitForURL(CANONICAL);
    await page.goto('/errors/#50070');
    await page.waitForURL(CANONICAL);
    await page.goto('/errors/#//evil.example');
    await expect(page.locator('h1')).toHaveText('All AADSTS error codes');
    expect(new URL(page.url()).pathname).toBe('/errors/');
  });

  test('category and audience pages list their articles', async ({page}) => {
    await page.goto('/categories/sign-out');
    await expect(page.locator('h1')).toHaveText('Sign-out errors');
    await expect(page.getByRole('link', {name: 'AADSTS50070'})).toBeVisible();
    await page.goto('/audiences/developer');
    await expect(page.getByRole('link', {name: 'AADSTS50011', exact: true})).toBeVisible();
  });
});
