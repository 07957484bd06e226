import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {expect, test} from '@playwright/test';
import {gotoHydrated} from './helpers';

const ROOT = path.join(__dirname, '..', '..');
const BUILD = path.join(ROOT, 'build');
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
const articleCount = readdirSync(path.join(ROOT, 'docs', 'errors')).filter((name) => name.endsWith('.mdx')).length;

test.describe('JSON API', () => {
  test('codes.json and every codes/<code>.json validate against schema.json', async ({request}) => {
    const schema = (await (await request.get('/api/schema.json')).json()) as {$defs: Record<string, object>};
    const ajv = new Ajv2020({strict: false, allErrors: true});
    const validateIndex = ajv.compile(schema.$defs.index!);
    const validateCode = ajv.compile(schema.$defs.code!);

    const index = (await (await request.get('/api/codes.json')).json()) as {count: number; codes: {code: string; url: string}[]};
    expect(validateIndex(index), JSON.stringify(validateIndex.errors?.slice(0, 3))).toBe(true);
    expect(index.count).toBe(articleCount);
    expect(index.codes).toHaveLength(articleCount);
    expect(index.codes.find((entry) => entry.code === '50070')?.url).toBe(`${SITE_URL}/errors/AADSTS50070`);

    const files = readdirSync(path.join(BUILD, 'api', 'codes'));
    expect(files).toHaveLength(articleCount);
    for (const file of files) {
      const detail = JSON.parse(readFileSync(path.join(BUILD, 'api', 'codes', file), 'utf8')) as {code: string; causes: string[]; steps: string[]};
      expect(validateCode(detail), `${file}: ${JSON.stringify(validateCode.errors?.slice(0, 3))}`).toBe(true);
      expect(file).toBe(`${detail.code}.json`);
    }
    const served = (await (await request.get('/api/codes/50070.json')).json()) as {causes: string[]; steps: string[]};
    expect(served.causes.length).toBeGreaterThanOrEqual(2);
    expect(served.steps[0]).toBe('Capture the LogoutRequest the app sent');
  });

  test('a document that breaks the schema is rejected by it', async ({request}) => {
    const schema = (await (await request.get('/api/schema.json')).json()) as {$defs: Record<string, object>};
    const validateCode = new Ajv2020({strict: false}).compile(schema.$defs.code!);
    const detail = (await (await request.get('/api/codes/50070.json')).json()) as Record<string, unknown>;
    expect(validateCode({...detail, category: 'nope'})).toBe(false);
    expect(validateCode({...detail, extra: 1})).toBe(false);
  });
});

test.describe('browser search integration and web search', () => {
  test('opensearch.xml is linked from every page and searches /search', async ({page, request}) => {
    const xml = await (await request.get('/opensearch.xml')).text();
    expect(xml).toContain(`template="${SITE_URL}/search?q={searchTerms}"`);
    for (const pathname of ['/', '/errors/AADSTS50011', '/errors/', '/categories/mfa', '/search']) {
      await page.goto(pathname);
      await expect(page.locator('link[rel=search][type="application/opensearchdescription+xml"]')).toHaveAttribute('href', '/opensearch.xml');
    }
  });

  for (const code of ['50070', '7000215', '90002', '9002341']) {
    test(`AADSTS${code}: title, description, canonical and JSON-LD`, async ({page}) => {
      await page.goto(`/errors/AADSTS${code}`);
      const detail = JSON.parse(readFileSync(path.join(BUILD, 'api', 'codes', `${code}.json`), 'utf8')) as {summary: string; title: string};
      await expect(page).toHaveTitle(new RegExp(`^AADSTS${code}: `));
      await expect(page.locator('meta[name=description]')).toHaveAttribute('content', detail.summary);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE_URL}/errors/AADSTS${code}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.flatMap((block) => JSON.parse(block) as {'@type': string; headline?: string; itemListElement?: unknown[]}[]);
      expect(data.find((item) => item['@type'] === 'TechArticle')?.headline).toBe(detail.title);
      expect(data.find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement).toHaveLength(3);
    });
  }

  test('the sitemap lists absolute URLs of every article', async ({request}) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(urls.every((url) => url.startsWith(`${SITE_URL}/`))).toBe(true);
    expect(urls.filter((url) => /\/errors\/AADSTS\d+$/.test(url))).toHaveLength(articleCount);
  });
});

test.describe('security headers', () => {
  test('pages carry a strict CSP and the other headers', async ({request}) => {
    const response = await request.get('/errors/AADSTS50070');
    const headers = response.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'|https?:\/\//);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
  });

  test('components, search and the code box work under the CSP with no violation', async ({page}) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await gotoHydrated(page, '/errors/AADSTS50070');
    await page.getByRole('button', {name: 'Expand all'}).click();
    await page.getByRole('checkbox').first().check();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('redirect uri mismatch');
    await expect(page.locator('li[data-kind=text]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await gotoHydrated(page, '/');
    await page.getByLabel('Error code').fill('AADSTS50011');
    await page.getByLabel('Error code').press('Enter');
    await page.waitForURL(/AADSTS50011$/);
    await page.goto('/50070#capture-the-logoutrequest-the-app-sent');
    await page.waitForURL(/\/errors\/AADSTS50070#capture-the-logoutrequest-the-app-sent$/);
    expect(violations).toEqual([]);
  });
});
