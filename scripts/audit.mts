/**
 * npm run audit [-- --runs 3 --skip-lighthouse --skip-pages --dir build --port 3620]
 * Quality gates over the built site (`npm run build` first), served by the site's own
 * compressed server. Fails (exit 1) on any of:
 * - Lighthouse 12.2.3 with Debian's Chromium on the home page, an article, /errors/, a
 *   category page and /analyze: performance below 90 (mobile preset) or 98 (desktop
 *   preset), median of N runs; accessibility, best practices or SEO below 100;
 * - a broken internal link or #anchor in the built HTML, alias pages included (linkinator);
 * - on any page of the sitemap (and the 404 page): an axe-core violation with every
 *   diagnostic step opened, a request leaving the site, or a console error.
 * Prints a table and writes bench/audit.json. Scores are gates here, never in unit tests.
 */
import {readFileSync, existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launch as launchChrome} from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {LinkChecker} from 'linkinator';
import {chromium, type Browser} from 'playwright-core';
import {CHROMIUM, median, ROOT, serve, table, writeBenchResults} from './bench-lib';
import {aliasPaths} from '../src/lib/codes';

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    port: {type: 'string', default: '3620'},
    'skip-lighthouse': {type: 'boolean'},
    'skip-pages': {type: 'boolean'},
    dir: {type: 'string'},
  },
});
const RUNS = Number(values.runs);
const BUILD = path.resolve(values.dir ?? path.join(ROOT, 'build'));

type Row = Parameters<typeof table>[0][number];
const rows: Row[] = [];
const problems: string[] = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function gate(measure: string, value: string, budget: string, pass: boolean, detail: string[] = []) {
  rows.push({measure, value, budget, pass});
  if (!pass) problems.push(`${measure}: ${value} (budget ${budget})${detail.length ? `\n  ${detail.slice(0, 20).join('\n  ')}` : ''}`);
}

/** Paths of every page in the sitemap, plus the 404 page. */
function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(BUILD, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...new Set([...paths, '/404.html'])];
}

async function checkLinks(origin: string): Promise<void> {
  const codes = (JSON.parse(readFileSync(path.join(BUILD, 'api', 'codes.json'), 'utf8')) as {codes: {code: string}[]}).codes.map((entry) => entry.code);
  // Alias pages are linked from nowhere (they are typed or pasted), so each is a start point.
  const starts = [`${origin}/`, ...sitemapPaths().map((page) => origin + page), ...codes.flatMap((code) => aliasPaths(code).map((alias) => origin + alias))];
  const checker = new LinkChecker();
  const result = await checker.check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    // Outside links cannot be checked offline; canonical URLs name the public origin.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  const detail = broken.map((link) => `${link.url} (status ${link.status ?? '?'}) on ${link.parent ?? '?'}${link.failureDetails?.length ? `: ${String((link.failureDetails[0] as {message?: string})?.message ?? '')}` : ''}`);
  const checked = result.links.filter((link) => link.state === 'OK').length;
  gate('internal links and anchors (linkinator, aliases included)', `${broken.length} broken of ${checked + broken.length}`, '0 broken', broken.length === 0, detail);
}

async function walkPages(browser: Browser, origin: string): Promise<void> {
  const pages = sitemapPaths();
  const violations: string[] = [];
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  const queue = [...pages];
  const worker = async () => {
    const context = await browser.newContext();
    // axe-core loaded once per document by the browser (the init script is exempt from the
    // site's CSP), then run directly: several times faster than injecting it per call.
    await context.addInitScript({path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')});
    const page = await context.newPage();
    let current = '';
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) outside.push(`${current}: ${url}`);
    });
    page.on('console', (message) => {
      // The 404 page's own document answers 404; the browser logs that as an error.
      if (message.type() === 'error' && !(current === '/404.html' && /404/.test(message.text()))) consoleErrors.push(`${current}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${current}: ${error.message}`));
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      current = next;
      await page.goto(origin + next, {waitUntil: 'load'});
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
      const results = await page.evaluate(() => (window as unknown as {axe: typeof import('axe-core')}).axe.run(document, {resultTypes: ['violations']}));
      for (const violation of results.violations) violations.push(`${next}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    await context.close();
  };
  // Two pages at a time: the machine has two cores.
  await Promise.all([worker(), worker()]);
  gate(`axe-core, every sitemap page with its steps open (${pages.length} pages)`, `${violations.length} violations`, '0', violations.length === 0, violations);
  gate(`requests leaving the site (${pages.length} pages)`, String(outside.length), '0', outside.length === 0, outside);
  gate(`console errors (${pages.length} pages)`, String(consoleErrors.length), '0', consoleErrors.length === 0, consoleErrors);
}

interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  tbt: number;
  lcp: number;
}

/**
 * One Lighthouse run in a fresh Chromium launched as the Lighthouse CLI launches it
 * (chrome-launcher), so no compiled-script cache carries over between runs and the scores
 * match `npx lighthouse <url> --chrome-path=/usr/bin/chromium`.
 */
async function lighthouseRun(url: string, desktop: boolean): Promise<Scores> {
  const chrome = await launchChrome({chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox']});
  let result: Awaited<ReturnType<typeof lighthouse>>;
  try {
    result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']}, desktop ? desktopConfig : undefined);
  } finally {
    chrome.kill();
  }
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const {categories, audits} = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    tbt: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
  };
}

async function lighthouseGates(origin: string): Promise<Record<string, unknown>> {
  const category = sitemapPaths().find((page) => page.startsWith('/categories/'));
  const targets = ['/', '/errors/AADSTS50011', '/errors/', category!, '/analyze'];
  const figures: Record<string, unknown> = {};
  for (const target of targets) {
    for (const [preset, floor] of [['mobile', 90], ['desktop', 98]] as const) {
      const runs: Scores[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await lighthouseRun(origin + target, preset === 'desktop'));
      const mid = (key: keyof Scores) => median(runs.map((one) => one[key]));
      figures[`${target} ${preset}`] = runs;
      gate(
        `Lighthouse ${preset} ${target}: performance (median of ${RUNS}; TBT ${mid('tbt')} ms, LCP ${mid('lcp')} ms)`,
        `${mid('performance')} (runs ${runs.map((one) => one.performance).join(', ')})`,
        `≥ ${floor}`,
        mid('performance') >= floor,
      );
      const others = (['accessibility', 'best-practices', 'seo'] as const).map((key) => `${key} ${mid(key)}`);
      gate(`Lighthouse ${preset} ${target}: accessibility, best practices, SEO`, others.join(', '), '100 each', others.every((text) => text.endsWith(' 100')));
    }
    console.log(`  lighthouse ${target} done (${elapsed()})`);
  }
  return figures;
}

async function main() {
  if (!existsSync(path.join(BUILD, 'sitemap.xml'))) throw new Error('No build: run `npm run build` first (the audit checks build/).');
  const server = await serve(BUILD, Number(values.port));
  const results: Record<string, unknown> = {machine: `${os.cpus().length} cores`};
  try {
    await checkLinks(server.url);
    console.log(`  links done (${elapsed()})`);
    if (!values['skip-pages']) {
      const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu']});
      try {
        await walkPages(browser, server.url);
      } finally {
        await browser.close();
      }
      console.log(`  page walk done (${elapsed()})`);
    }
    if (!values['skip-lighthouse']) results.lighthouse = await lighthouseGates(server.url);
  } finally {
    server.stop();
  }
  console.log(table(rows));
  console.log(`audit took ${elapsed()}`);
  writeBenchResults('audit', rows, results);
  if (problems.length) {
    console.error(`\n${problems.length} gate(s) failed:\n${problems.join('\n')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
