import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {countDialogs, gotoHydrated} from './helpers';

interface Query {
  q: string;
  expect: string;
  /** Other codes Microsoft documents for the very same symptom. */
  accept?: string[];
  kind: 'code' | 'text';
}
const {queries} = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'search-queries.json'), 'utf8')) as {queries: Query[]};

/** Runs a query on /search and returns the codes of the results, in order. */
async function resultCodes(page: Page, query: string): Promise<string[]> {
  const input = page.getByLabel('Search codes and articles');
  await input.fill(query);
  // Wait until the results on screen are those of this query, full text included.
  await page.waitForFunction(
    (expected) => {
      const panel = document.querySelector<HTMLElement>('[data-query]');
      return panel?.dataset.query === expected && panel.dataset.settled === 'true';
    },
    query,
    {timeout: 10_000},
  );
  return page.locator('ul[aria-label="Search results"] > li a').evaluateAll((links) =>
    links.map((link) => /AADSTS(\d+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? /error\?code=(\d+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? ''),
  );
}

test.describe('search relevance', () => {
  test(`${queries.length} realistic queries find their article`, async ({page}) => {
    test.setTimeout(180_000);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    await gotoHydrated(page, '/search');
    const misses: string[] = [];
    let codeFirst = 0;
    let textTop3 = 0;
    for (const query of queries) {
      const codes = await resultCodes(page, query.q);
      const wanted = [query.expect, ...(query.accept ?? [])];
      const hit = query.kind === 'code' ? codes[0] === query.expect : codes.slice(0, 3).some((code) => wanted.includes(code));
      if (hit) query.kind === 'code' ? (codeFirst += 1) : (textTop3 += 1);
      else misses.push(`${JSON.stringify(query.q)} → expected ${query.expect}, got ${codes.slice(0, 3).join(', ') || 'nothing'}`);
    }
    const codeQueries = queries.filter((query) => query.kind === 'code').length;
    const found = codeFirst + textTop3;
    console.log(`search relevance: ${found}/${queries.length} (${((found / queries.length) * 100).toFixed(1)}%); code queries first: ${codeFirst}/${codeQueries}`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(codeFirst, misses.join('\n')).toBe(codeQueries);
    expect(found / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

test.describe('search box', () => {
  test('opens with Ctrl+K and with /, is a combobox, and Enter opens the code', async ({page}) => {
    await gotoHydrated(page, '/errors/AADSTS50011');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', {name: 'Search codes and articles'});
    await expect(box).toBeFocused();
    await box.fill('aadsts 50070');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toContainText('AADSTS50070');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/errors\/AADSTS50070$/);
    await page.keyboard.press('Escape');
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(page.getByRole('combobox', {name: 'Search codes and articles'})).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('arrow keys move through results; several codes are each offered', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByRole('button', {name: /Search/}).click();
    await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('AADSTS50011 then AADSTS65001');
    await expect(page.getByRole('listbox').getByRole('option').nth(1)).toContainText('AADSTS65001');
    await expect(page.getByText('This text holds 2 codes')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox').getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/errors\/AADSTS65001$/);
  });

  test('an unknown code says so, with nearest codes and Microsoft lookup', async ({page}) => {
    await gotoHydrated(page, '/search?q=AADSTS50072999');
    await gotoHydrated(page, '/search?q=AADSTS5007299');
    await expect(page.getByTestId('search-unknown')).toContainText('AADSTS5007299 is not documented here');
    await expect(page.getByRole('link', {name: 'https://login.microsoftonline.com/error?code=5007299'})).toBeVisible();
    expect(await page.locator('ul[aria-label="Search results"] a[href^="/errors/AADSTS"]').count()).toBeGreaterThanOrEqual(3);
  });

  test('full text shows code, title, summary and a highlighted excerpt, and filters narrow it', async ({page}) => {
    await gotoHydrated(page, '/search?q=redirect%20uri');
    const results = page.locator('ul[aria-label="Search results"] > li');
    await expect(results.first()).toContainText(/AADSTS\d+/);
    await expect(results.first().locator('mark').first()).toBeVisible();
    const unfiltered = await results.count();
    await page.getByLabel('Category').selectOption({label: 'Sign-out'});
    await expect.poll(async () => results.count()).toBeLessThan(unfiltered);
    for (const text of await results.allInnerTexts()) expect(text).toMatch(/AADSTS/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('redirect uri');
  });

  test('a code answer needs no full-text index, and a missing index says so', async ({page}) => {
    // With the index unreachable, codes are still answered from the compact code list.
    await page.route('**/pagefind/**', (route) => route.abort());
    await gotoHydrated(page, '/errors/AADSTS50011');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', {name: 'Search codes and articles'});
    await box.pressSequentially('5007');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('AADSTS5007');
    await box.fill('AADSTS7000215');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('AADSTS7000215');
    await box.fill('redirect uri');
    await expect(page.getByRole('status').filter({hasText: 'could not be loaded'})).toBeVisible();
  });

  test('the built index exists and finds known codes', async ({page, request}) => {
    const response = await request.get('/pagefind/pagefind.js');
    expect(response.ok()).toBe(true);
    await gotoHydrated(page, '/search');
    for (const code of ['50070', '7000215', '9002341']) {
      const codes = await resultCodes(page, `AADSTS${code} ${'x'.repeat(0)}`.trim() + ' error');
      expect(codes).toContain(code);
    }
  });

  test('the results URL follows typing without ever overwriting it', async ({page}) => {
    await gotoHydrated(page, '/search?q=consent');
    const input = page.getByLabel('Search codes and articles');
    await expect(input).toHaveValue('consent');
    await input.fill('aadsts53003');
    await page.waitForURL(/q=aadsts53003/);
    await input.fill(' AADSTS90072 ');
    await page.waitForURL(/q=AADSTS90072/);
    await page.waitForTimeout(400);
    await expect(input).toHaveValue(' AADSTS90072 ');
  });

  test('a hostile query is shown as text only', async ({page}) => {
    const dialogs = countDialogs(page);
    await gotoHydrated(page, '/search');
    await page.getByLabel('Search codes and articles').fill('<img src=x onerror=alert(1)> <script>alert(2)</script> AADSTS99999');
    await expect(page.getByTestId('search-unknown')).toBeVisible();
    expect(dialogs()).toBe(0);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });
});
