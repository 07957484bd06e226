import {expect, test} from '@playwright/test';

// Runs only against build-subpath/ (npm run test:subpath): SITE_URL=https://help.example.com, BASE_URL=/help/.
const SITE = 'https://help.example.com/help/';

test.describe('deployed under /help/', () => {
  test('pages, links and assets resolve under the base path', async ({page}) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('errors/AADSTS50070');
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expect(page.locator('h1')).toHaveText('AADSTS50070: SignoutUnknownSessionIdentifier');
    const internal = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((href) => !href.startsWith('/help/'))).toEqual([]);
    await expect(page.locator('link[rel=search]')).toHaveAttribute('href', '/help/opensearch.xml');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}errors/AADSTS50070`);
    await page.getByRole('link', {name: 'All codes'}).first().click();
    await page.waitForURL(/\/help\/errors\/$/);
    expect(failed).toEqual([]);
  });

  for (const alias of ['50070', 'AADSTS50070', 'aadsts50070']) {
    test(`/help/${alias} redirects to the article`, async ({page}) => {
      await page.goto(alias);
      await page.waitForURL(/\/help\/errors\/AADSTS50070$/);
    });
  }

  test('the code box and the search box go to the article under /help/', async ({page}) => {
    await page.goto('./');
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await page.getByLabel('Error code').fill('aadsts 50011');
    await page.getByLabel('Error code').press('Enter');
    await page.waitForURL(/\/help\/errors\/AADSTS50011$/);
    // The new page (and its navbar) renders once its chunks arrive; open search after that.
    await expect(page.locator('h1')).toHaveText('AADSTS50011: InvalidReplyTo');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('redirect uri mismatch');
    const first = page.locator('li[data-kind=text]').first();
    await expect(first).toBeVisible();
    await first.click();
    await page.waitForURL(/\/help\/errors\/AADSTS\d+\/?$/);
  });

  test('the API gives absolute URLs under the base path', async ({request}) => {
    const index = (await (await request.get('api/codes.json')).json()) as {codes: {code: string; url: string}[]};
    expect(index.codes.every((entry) => entry.url === `${SITE}errors/AADSTS${entry.code}`)).toBe(true);
    expect((await request.get('api/codes/50070.json')).ok()).toBe(true);
    expect(await (await request.get('opensearch.xml')).text()).toContain(`template="${SITE}search?q={searchTerms}"`);
  });
});
