/**
 * npm run bench:search [-- --scale 10 | --scaled-build <dir of a scaled site's build>]
 * Search budgets from DESIGN.md, measured in Chromium against the built site served
 * compressed: bytes fetched before the first code answer, bytes for the first
 * full-text query, and the time from the last keystroke to the first result (median
 * of 20). With --scale N, repeats the full-text figures on a temporary copy of the
 * site with N× synthetic articles (or on a scaled build npm run bench already made).
 * Prints a table; writes bench/search.json.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, existsSync} from 'node:fs';
import os from 'node:os';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import {parseArgs} from 'node:util';
import type {Browser, Page} from 'playwright-core';
import {createScaledSite, kb, launch, median, ROOT, serve, settle, table, type Server, writeBenchResults} from './bench-lib';

const {values} = parseArgs({options: {scale: {type: 'string'}, 'scaled-build': {type: 'string'}, port: {type: 'string', default: '3411'}}});

const CODE_QUERIES = ['AADSTS50070', '50011', 'aadsts 700016', 'AADSTS-7000215', '53003', 'AADSTS65001', '50126', 'AADSTS50058', '700082', '90002'];
const TEXT_QUERIES = (JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {queries: {q: string; kind: string}[]}).queries
  .filter((query) => query.kind === 'text')
  .map((query) => query.q);

async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/errors/AADSTS50011`, {waitUntil: 'networkidle'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', {name: 'Search codes and articles'}).waitFor();
}

/** In the page: types a query as one input event, resolves with ms until a matching option shows. */
async function timeToResult(page: Page, query: string, kind: 'code' | 'text'): Promise<number> {
  await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('');
  // A string, not a function: the TypeScript runner would wrap a function's inner
  // functions in helpers that do not exist inside the page.
  return page.evaluate(`new Promise((resolve, reject) => {
    const text = ${JSON.stringify(query)};
    const wanted = ${JSON.stringify(kind)};
    const input = document.querySelector('input[role=combobox]');
    const list = document.getElementById(input.getAttribute('aria-controls'));
    const selector = wanted === 'code' ? 'li[data-kind=code], li[data-kind=unknown]' : 'li[data-kind=text]';
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (list.querySelector(selector)) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(list, {childList: true, subtree: true});
    setter.call(input, text);
    input.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => reject(new Error('no ' + wanted + ' result for ' + text)), 10000);
  })`);
}

async function measure(browser: Browser, server: Server) {
  const {url} = server;
  // Bytes for a code answer: a fresh visitor on an article opens search and types a code.
  let context = await browser.newContext();
  let page = await context.newPage();
  await openSearch(page, url);
  await settle();
  server.reset();
  await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('AADSTS50070');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await settle();
  const codeBytes = server.total();
  await context.close();

  // Bytes for the first full-text query, from a cold cache (the Pagefind worker's requests included).
  context = await browser.newContext();
  page = await context.newPage();
  await openSearch(page, url);
  await settle();
  server.reset();
  await page.getByRole('combobox', {name: 'Search codes and articles'}).fill('redirect uri mismatch');
  await page.locator('li[data-kind=text]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await settle();
  const textBytes = server.total();
  const textRequests = server.sent.map((entry) => `${entry.path} ${entry.bytes}`);

  // Latency, index warm: median of 20 each.
  const codeTimes: number[] = [];
  const textTimes: number[] = [];
  for (let run = 0; run < 20; run += 1) codeTimes.push(await timeToResult(page, CODE_QUERIES[run % CODE_QUERIES.length]!, 'code'));
  for (let run = 0; run < 20; run += 1) textTimes.push(await timeToResult(page, TEXT_QUERIES[run % TEXT_QUERIES.length]!, 'text'));
  await context.close();
  return {codeBytes, textBytes, textRequests, codeMs: median(codeTimes), textMs: median(textTimes)};
}

async function main() {
  const buildDir = path.join(ROOT, 'build');
  if (!existsSync(path.join(buildDir, 'pagefind', 'pagefind.js'))) throw new Error('No built site with a search index: run npm run build first.');
  const browser = await launch();
  const server = await serve(buildDir, Number(values.port));
  const base = await measure(browser, server).finally(server.stop);
  const articles = Number(execFileSync('sh', ['-c', `ls ${path.join(ROOT, 'docs', 'errors')}/*.mdx | wc -l`]).toString().trim());

  // The compact code list travels inside every page's JavaScript (Docusaurus global data):
  // for a visitor's first code lookup, that is what the answer costs.
  const globalData = JSON.parse(readFileSync(path.join(ROOT, '.docusaurus', 'globalData.json'), 'utf8')) as Record<string, unknown>;
  const listBytes = gzipSync(JSON.stringify(globalData['error-catalog'])).length;
  const rows = [
    {measure: `compact code list in the page JS, gzip (${articles} articles)`, value: kb(listBytes), budget: '≤ 20 KB', pass: listBytes + base.codeBytes <= 20 * 1024},
    {measure: 'bytes fetched between typing a code and its answer', value: kb(base.codeBytes), budget: '≤ 20 KB with the list', pass: listBytes + base.codeBytes <= 20 * 1024},
    {measure: 'bytes for the first full-text query', value: kb(base.textBytes), budget: '≤ 200 KB', pass: base.textBytes <= 200 * 1024},
    {measure: 'last keystroke → first code result (median of 20)', value: `${base.codeMs.toFixed(1)} ms`, budget: '≤ 50 ms', pass: base.codeMs <= 50},
    {measure: 'last keystroke → first full-text result (median of 20)', value: `${base.textMs.toFixed(1)} ms`, budget: '≤ 150 ms', pass: base.textMs <= 150},
  ];
  const results: Record<string, unknown> = {articles, listBytes, ...base};

  if (values.scale || values['scaled-build']) {
    let buildOfScaled = values['scaled-build'];
    let dir: string | undefined;
    if (!buildOfScaled) {
      dir = path.join(os.tmpdir(), `aadsts-bench-${values.scale}x`);
      const {articles: made} = createScaledSite(Number(values.scale), dir);
      console.log(`Building a copy with ${made} articles in ${dir}…`);
      execFileSync('npx', ['docusaurus', 'build'], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, NODE_ENV: 'production'}});
      buildOfScaled = path.join(dir, 'build');
    }
    const scaled = JSON.parse(readFileSync(path.join(buildOfScaled, 'api', 'codes.json'), 'utf8')).codes.length as number;
    const scaledServer = await serve(buildOfScaled, Number(values.port) + 1);
    const big = await measure(browser, scaledServer).finally(scaledServer.stop);
    rows.push(
      {measure: `bytes for the first full-text query (${scaled} articles)`, value: kb(big.textBytes), budget: '≤ 200 KB, flat', pass: big.textBytes <= 200 * 1024},
      {measure: `last keystroke → first full-text result (${scaled} articles)`, value: `${big.textMs.toFixed(1)} ms`, budget: '≤ 150 ms', pass: big.textMs <= 150},
    );
    results.scaled = {articles: scaled, ...big};
    if (dir) rmSync(dir, {recursive: true, force: true});
  }
  await browser.close();
  console.log(table(rows));
  writeBenchResults('search', rows, results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
