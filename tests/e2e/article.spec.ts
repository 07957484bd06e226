import {expect, test} from '@playwright/test';
import {gotoHydrated} from './helpers';

const ARTICLE = '/errors/AADSTS50070';
/** An article with a PowerShell block. */
const CODE_ARTICLE = '/errors/AADSTS50144';

test.describe('article page', () => {
  test('renders the header, the checklist and the numbered steps', async ({page}) => {
    await gotoHydrated(page, ARTICLE);
    await expect(page.locator('h1')).toHaveText('AADSTS50070: SignoutUnknownSessionIdentifier');
    const header = page.locator('header', {has: page.locator('h1')});
    await expect(header).toContainText('SignoutUnknownSessionIdentifier');
    await expect(header.getByRole('link', {name: 'Developer'})).toHaveAttribute('href', '/audiences/developer');
    await expect(header.getByRole('link', {name: 'Sign-out'})).toHaveAttribute('href', '/categories/sign-out');
    await expect(page.getByRole('button', {name: 'Copy ticket snippet'})).toBeVisible();
    expect(await page.getByRole('checkbox').count()).toBeGreaterThanOrEqual(2);
    const steps = page.locator('details');
    const total = await steps.count();
    expect(total).toBeGreaterThanOrEqual(2);
    await expect(steps.nth(1).locator('summary')).toContainText(`Step 2 of ${total}`);
    await expect(steps.nth(0)).toHaveAttribute('open', '');
    await expect(steps.nth(1)).not.toHaveAttribute('open');
  });

  test('a step opens and closes from the keyboard', async ({page}) => {
    await gotoHydrated(page, ARTICLE);
    const step = page.locator('details').nth(1);
    await step.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(step).not.toHaveAttribute('open');
  });

  test('a URL hash naming a step opens it, on load and on in-page navigation', async ({page}) => {
    await gotoHydrated(page, ARTICLE);
    const ids = await page.locator('details summary h3').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);

    await gotoHydrated(page, `${ARTICLE}#${ids[2]}`);
    const third = page.locator('details').nth(2);
    await expect(third).toHaveAttribute('open', '');
    await expect(third.locator('summary h3')).toBeInViewport();

    // The table of contents links to the step headings: client-side navigation.
    await page.locator('.table-of-contents').getByRole('link', {name: (await page.locator(`#${ids[1]}`).innerText()).replace(/#$/, '').trim(), exact: true}).click();
    await expect(page.locator('details').nth(1)).toHaveAttribute('open', '');
    expect(new URL(page.url()).hash).toBe(`#${ids[1]}`);
  });

  test('expand all and collapse all', async ({page}) => {
    await gotoHydrated(page, ARTICLE);
    await page.getByRole('button', {name: 'Expand all'}).click();
    await expect(page.locator('details:not([open])')).toHaveCount(0);
    await page.getByRole('button', {name: 'Collapse all'}).click();
    await expect(page.locator('details[open]')).toHaveCount(0);
  });

  test('checklist ticks survive a reload, are copied for the ticket, and reset', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, ARTICLE);
    const boxes = page.getByRole('checkbox');
    await boxes.nth(1).check();
    await page.reload();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(boxes.nth(0)).not.toBeChecked();

    await page.getByRole('button', {name: 'Copy for ticket'}).click();
    await expect(page.getByRole('status').filter({hasText: 'Copied'})).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const total = await boxes.count();
    expect(copied).toContain(`Causes checked for AADSTS50070 (http://localhost:3000/errors/AADSTS50070): 1 of ${total}`);
    expect(copied.match(/^- \[x\] /gm)).toHaveLength(1);
    expect(copied.match(/^- \[ \] /gm)).toHaveLength(total - 1);

    await page.getByRole('button', {name: 'Reset'}).click();
    await page.reload();
    await expect(page.locator('input[type=checkbox]:checked')).toHaveCount(0);
  });

  test('copy ticket snippet and copy link give the documented text', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, ARTICLE);
    const summary = (await page.locator('header p').nth(1).innerText()).trim();
    await page.getByRole('button', {name: 'Copy ticket snippet'}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[AADSTS50070 — SignoutUnknownSessionIdentifier](http://localhost:3000/errors/AADSTS50070)\n\n${summary}\n`,
    );
    await page.getByRole('button', {name: 'Copy link'}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:3000/errors/AADSTS50070');
  });

  test('prints with every step\'s content shown and the navigation hidden', async ({page}) => {
    await gotoHydrated(page, ARTICLE);
    const bodies = page.locator('details > div');
    await expect(bodies.nth(1)).toBeHidden();
    await page.emulateMedia({media: 'print'});
    const count = await bodies.count();
    for (let index = 0; index < count; index += 1) await expect(bodies.nth(index).locator('p').first()).toBeVisible();
    await expect(page.locator('nav.navbar')).toBeHidden();
    await expect(page.getByRole('button', {name: 'Copy ticket snippet'})).toBeHidden();
    // Outbound links print their address after the text.
    const outbound = page.locator('.markdown a[href^="https://"]').first();
    const href = await outbound.getAttribute('href');
    expect(await outbound.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
  });

  test('a code block copies its text as shown', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, CODE_ARTICLE);
    await page.getByRole('button', {name: 'Expand all'}).click();
    const block = page.locator('pre[data-language="powershell"]').first();
    await expect(block).toBeVisible();
    const shown = await block.innerText();
    await block.locator('xpath=..').getByRole('button', {name: 'Copy code'}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toContain('Get-ADUser');
  });

  test('links are not prefetched as they scroll into view; pointing at one preloads its page', async ({page}) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('link[rel=prefetch]').count()).toBe(0);
    const before = scripts.length;
    // A related article not yet loaded: pointing at its link fetches its chunks before any click.
    const related = page.locator('.markdown a[href^="/errors/AADSTS"]').first();
    await related.hover();
    await expect.poll(() => scripts.length).toBeGreaterThan(before);
    const target = (await related.getAttribute('href'))!;
    await related.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator('h1')).toContainText(target.slice('/errors/'.length));
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the article text is visible and its steps open', async ({page}) => {
    await page.goto(ARTICLE);
    await expect(page.locator('h1')).toHaveText('AADSTS50070: SignoutUnknownSessionIdentifier');
    await expect(page.getByRole('heading', {name: 'Common causes'})).toBeVisible();
    await expect(page.locator('details').nth(0).locator('p').first()).toBeVisible();
    const step = page.locator('details').nth(1);
    await expect(step.locator('.markdown p, p').first()).toBeHidden();
    await step.locator('summary').click();
    await expect(step).toHaveAttribute('open', '');
    await expect(step.locator('p').first()).toBeVisible();
  });

  test('code blocks arrive highlighted: no highlighter runs in the browser', async ({page}) => {
    await page.goto(CODE_ARTICLE);
    const block = page.locator('pre[data-language="powershell"]').first();
    await expect(block.locator('.token.function').first()).toHaveText('Get-ADUser');
    // The token colour comes from the stylesheet, not from a script.
    const colour = await block.locator('.token.function').first().evaluate((token) => getComputedStyle(token).color);
    expect(colour).not.toBe(await block.evaluate((pre) => getComputedStyle(pre).color));
  });

});
