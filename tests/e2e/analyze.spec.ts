import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {countDialogs, gotoHydrated} from './helpers';

const PASTE = `Sorry, but we're having trouble signing you in.
AADSTS50140: This error occurred due to 'Keep me signed in' interrupt when the user was signing in.
Request Id: 0b5d2b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b
Correlation Id: 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a
Timestamp: 2026-11-27T10:15:30Z
{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\\r\\nTrace ID: 11111111-2222-4333-8444-555555555555\\r\\nCorrelation ID: 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\\r\\nTimestamp: 2026-11-27 10:15:31Z","error_codes":[50126]}
user: alice.smith@contoso.com
IDX10223: Lifetime validation failed.`;

test.describe('error analyzer', () => {
  test('extracts codes in order, the IDs, the code to start with and look-alikes', async ({page}) => {
    await gotoHydrated(page, '/analyze');
    await page.getByLabel('Error text').fill(PASTE);
    const codes = page.locator('li[data-code]');
    await expect(codes).toHaveCount(2);
    expect(await codes.evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual(['50140', '50126']);
    await expect(codes.first()).toContainText('AADSTS50140: KmsiInterrupt');
    await expect(codes.nth(1)).toContainText('Who can fix it');
    await expect(page.getByTestId('start-with')).toContainText('Start with AADSTS50126');
    await expect(page.getByTestId('start-with')).toContainText('AADSTS50140 is a normal sign-in step');
    const ids = page.locator('table tbody tr');
    await expect(ids.filter({hasText: 'Correlation ID'})).toContainText('9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
    await expect(ids.filter({hasText: 'Trace ID'})).toContainText('11111111-2222-4333-8444-555555555555');
    await expect(page.locator('li[data-kind=idx]')).toContainText('IDX10223');
    await expect(page.getByText('invalid_grant', {exact: true})).toBeVisible();
  });

  test('copies a ticket summary with links, IDs and the checklist; personal data hidden by default', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/analyze');
    await page.getByLabel('Error text').fill(`${PASTE}\nobjectId: 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`);
    await expect(page.getByTestId('ticket-summary')).toContainText('What to include for AADSTS50126');
    await page.getByRole('button', {name: 'Copy ticket summary'}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('[AADSTS50126 — InvalidUserNameOrPassword](http://localhost:3000/errors/AADSTS50126) — start here');
    expect(copied).toContain('Correlation ID: `9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`');
    expect(copied).toMatch(/What to include for AADSTS50126:\n- \[ \] /);
    expect(copied).not.toContain('alice.smith@contoso.com');
    await page.getByLabel(/Hide personal data/).uncheck();
    await expect(page.getByTestId('ticket-summary')).not.toContainText('[email]');
  });

  test('the text never leaves the page: no request carries it, none leaves the site, the URL stays clean', async ({page}) => {
    await gotoHydrated(page, '/analyze');
    const requests: {url: string; body: string | null}[] = [];
    page.on('request', (request) => requests.push({url: request.url(), body: request.postData()}));
    const marker = 'UNIQUE-MARKER-7c1f';
    await page.getByLabel('Error text').fill(`${PASTE}\n${marker} AADSTS99999 AADSTS50011`);
    await expect(page.locator('li[data-code="99999"]')).toContainText('not documented here');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => new URL(request.url).hostname !== '127.0.0.1')).toEqual([]);
    expect(requests.filter((request) => request.url.includes(marker) || request.body?.includes(marker) || request.url.includes('50126'))).toEqual([]);
    expect(page.url()).not.toContain(marker);
    expect(new URL(page.url()).search).toBe('');
  });

  test('hostile pastes are shown as text and never run', async ({page}) => {
    const dialogs = countDialogs(page);
    await gotoHydrated(page, '/analyze');
    await page.getByLabel('Error text').fill('<img src=x onerror=alert(1)> <script>alert(2)</script> "><svg onload=alert(3)> AADSTS50011 javascript:alert(4) IDX10223 <b>bold</b>');
    await expect(page.locator('li[data-code="50011"]')).toBeVisible();
    await expect(page.getByTestId('ticket-summary')).toContainText('AADSTS50011');
    expect(dialogs()).toBe(0);
    await expect(page.locator('img[src=x], svg[onload]')).toHaveCount(0);
  });

  test('a dropped text file is read', async ({page}) => {
    await gotoHydrated(page, '/analyze');
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Error: AADSTS700016: Application not found.'], 'error.log', {type: 'text/plain'}));
      return data;
    });
    await page.getByLabel('Error text').dispatchEvent('drop', {dataTransfer: transfer});
    await expect(page.locator('li[data-code="700016"]')).toBeVisible();
    await expect(page.getByText('Read error.log')).toBeVisible();
  });

  test('a text with several codes goes from the home box and the search box to the analyzer', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByLabel('Error code').fill('AADSTS50011 and then AADSTS65001');
    await page.getByLabel('Error code').press('Enter');
    await page.waitForURL(/\/analyze$/);
    await expect(page.getByLabel('Error text')).toHaveValue('AADSTS50011 and then AADSTS65001');
    await expect(page.locator('li[data-code]')).toHaveCount(2);

    await gotoHydrated(page, '/errors/AADSTS50070');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('AADSTS50058 then AADSTS50076');
    await page.getByRole('button', {name: 'Analyze the whole text'}).click();
    await page.waitForURL(/\/analyze$/);
    await expect(page.getByLabel('Error text')).toHaveValue('AADSTS50058 then AADSTS50076');
  });

  test('has no accessibility violations with results shown', async ({page}) => {
    await gotoHydrated(page, '/analyze');
    await page.getByLabel('Error text').fill(PASTE);
    await expect(page.getByTestId('ticket-summary')).toContainText('AADSTS50126');
    const results = await new AxeBuilder({page}).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('analyzer without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the form is in the static page, with a note that it needs JavaScript', async ({page}) => {
    // Rendered at build time, so the page does not jump when the script takes over.
    await page.goto('/analyze');
    await expect(page.locator('textarea')).toBeVisible();
    // (Playwright's switch stops scripts but leaves the parser treating <noscript> as raw text.)
    expect(await page.locator('noscript').first().textContent()).toContain('The analyzer runs in your browser and needs JavaScript.');
  });
});
