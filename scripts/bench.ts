/**
 * npm run bench [-- --runs 3 --skip-webpack]
 * Build and page budgets from DESIGN.md, measured on this machine and printed as a table
 * (also written to bench/results.json):
 * - cold production build time with @docusaurus/faster and with the default webpack
 *   bundler, same pages, same run (median of N each, peak memory too);
 * - an article page: DOM elements, compressed HTML, JavaScript and total bytes, served by
 *   the site's own server, at 1× the articles and at 3× (above the 869 known codes), and
 *   the same article on a stock Docusaurus classic site built in the same run (a scratch
 *   site in a temporary folder) and served by the same server;
 * - build time and output size at 1×, 3× and 10× synthetic articles;
 * - the search figures (bench:search, its scaled part on the 10× build) and the analyzer
 *   figure (bench:analyze), run as they are and added to the table.
 * Timings are never asserted in tests.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createScaledSite, createStockSite, kb, launch, median, ROOT, serve, settle, table, benchFile, writeBenchResults} from './bench-lib';

const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}, 'skip-webpack': {type: 'boolean'}, port: {type: 'string', default: '3511'}}});
const RUNS = Number(values.runs);

/** One cold build (bundler cache and generated files cleared): seconds and peak memory (MB). */
function coldBuild(siteDir: string, env: Record<string, string> = {}): {seconds: number; peakMb: number} {
  rmSync(path.join(siteDir, 'node_modules', '.cache'), {recursive: true, force: true});
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  rmSync(path.join(siteDir, 'build'), {recursive: true, force: true});
  const started = process.hrtime.bigint();
  // GNU time reports the peak resident memory of the whole process tree's largest process.
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'docusaurus', 'build'], {cwd: siteDir, env: {...process.env, ...env}, encoding: 'utf8'});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`build failed in ${siteDir}:\n${result.stderr.slice(-2000)}`);
  const peakKb = Number(result.stderr.trim().split('\n').pop());
  return {seconds, peakMb: peakKb / 1024};
}

function folderBytes(dir: string): number {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function articlePage(buildDir: string, port: number, articlePath = '/errors/AADSTS50011') {
  const server = await serve(buildDir, port);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    // Scripts loaded by <script> (HTML and webpack), as opposed to those Docusaurus fetches
    // with <link rel=prefetch|preload>: this route's data and the data of the pages it links to.
    const kinds = new Map<string, string>();
    page.on('request', (request) => kinds.set(new URL(request.url()).pathname, request.resourceType()));
    server.reset();
    await page.goto(`${server.url}${articlePath}`, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await settle();
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const sent = server.sent;
    const html = sent.filter((entry) => entry.path.startsWith(articlePath)).reduce((sum, entry) => sum + entry.bytes, 0);
    const scripts = sent.filter((entry) => entry.path.endsWith('.js'));
    const js = scripts.filter((entry) => kinds.get(entry.path) === 'script').reduce((sum, entry) => sum + entry.bytes, 0);
    const prefetched = scripts.filter((entry) => kinds.get(entry.path) !== 'script').reduce((sum, entry) => sum + entry.bytes, 0);
    return {elements, html, js, prefetched, total: server.total()};
  } finally {
    await browser.close();
    server.stop();
  }
}

async function main() {
  if (!existsSync('/usr/bin/time')) throw new Error('GNU time is needed for peak memory: sudo apt-get install -y time');
  const articles = readdirSync(path.join(ROOT, 'docs', 'errors')).filter((name) => name.endsWith('.mdx')).length;
  const rows: Parameters<typeof table>[0] = [];
  const results: Record<string, unknown> = {machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, articles};

  // Build time, faster vs webpack, interleaved so both see the same machine state.
  const faster: {seconds: number; peakMb: number}[] = [];
  const webpack: {seconds: number; peakMb: number}[] = [];
  const work = path.join(os.tmpdir(), 'aadsts-bench-1x');
  createScaledSite(1, work);
  for (let run = 0; run < RUNS; run += 1) {
    faster.push(coldBuild(work));
    if (!values['skip-webpack']) webpack.push(coldBuild(work, {BUILD_BUNDLER: 'webpack'}));
  }
  const fasterSeconds = median(faster.map((run) => run.seconds));
  rows.push({measure: `cold build, @docusaurus/faster (${articles} articles, median of ${RUNS})`, value: `${fasterSeconds.toFixed(1)} s, peak ${Math.round(Math.max(...faster.map((run) => run.peakMb)))} MB`, budget: '-', pass: null});
  if (webpack.length) {
    const webpackSeconds = median(webpack.map((run) => run.seconds));
    rows.push(
      {measure: `cold build, webpack (same pages, median of ${RUNS})`, value: `${webpackSeconds.toFixed(1)} s, peak ${Math.round(Math.max(...webpack.map((run) => run.peakMb)))} MB`, budget: '-', pass: null},
      {measure: 'build time ratio faster / webpack', value: (fasterSeconds / webpackSeconds).toFixed(2), budget: '≤ 0.4 × stock webpack', pass: fasterSeconds / webpackSeconds <= 0.4},
    );
  }
  results.build = {faster, webpack};

  // The article page, at 1× and at 3× the articles (3 × 304 = 912, above the 869 known codes).
  coldBuild(work);
  const page1 = await articlePage(path.join(work, 'build'), Number(values.port));
  const scale: Record<string, unknown> = {1: {seconds: fasterSeconds, bytes: folderBytes(path.join(work, 'build'))}};
  rmSync(work, {recursive: true, force: true});
  const work3 = path.join(os.tmpdir(), 'aadsts-bench-3x');
  const {articles: articles3} = createScaledSite(3, work3);
  const build3 = coldBuild(work3);
  const page3 = await articlePage(path.join(work3, 'build'), Number(values.port) + 1);
  scale[3] = {seconds: build3.seconds, bytes: folderBytes(path.join(work3, 'build'))};
  rmSync(work3, {recursive: true, force: true});
  // The same article on a stock classic site with the same number of docs, same server.
  const stockPage = async (factor: number, port: number) => {
    const dir = path.join(os.tmpdir(), `aadsts-bench-stock-${factor}x`);
    const {articles: docs} = createStockSite(dir, factor);
    const build = coldBuild(dir);
    const figures = await articlePage(path.join(dir, 'build'), port, '/docs/AADSTS50011');
    rmSync(dir, {recursive: true, force: true});
    rows.push(
      {measure: `stock classic site (${docs} docs, faster): cold build`, value: `${build.seconds.toFixed(1)} s`, budget: '-', pass: null},
      {measure: `stock article page (${docs} docs): DOM elements / HTML / JS / total, compressed`, value: `${figures.elements} / ${kb(figures.html)} / ${kb(figures.js + figures.prefetched)} / ${kb(figures.total)}`, budget: '-', pass: null},
    );
    return figures;
  };
  const stock1 = await stockPage(1, Number(values.port) + 2);
  const stock3 = await stockPage(3, Number(values.port) + 3);
  for (const [label, figures, stock] of [[`${articles}`, page1, stock1], [`${articles3}`, page3, stock3]] as const) {
    const js = figures.js + figures.prefetched;
    const stockJs = stock.js + stock.prefetched;
    rows.push(
      {measure: `article page DOM elements (${label} articles)`, value: String(figures.elements), budget: '≤ 1,200', pass: figures.elements <= 1200},
      {measure: `article page HTML, compressed (${label} articles)`, value: kb(figures.html), budget: '≤ 15 KB', pass: figures.html <= 15 * 1024},
      {measure: `article page JavaScript, all, compressed (${label} articles)`, value: kb(js), budget: `≤ stock + 10 KB (${kb(stockJs + 10 * 1024)})`, pass: js <= stockJs + 10 * 1024},
      {measure: `  of which <script> / link-prefetched (${label} articles)`, value: `${kb(figures.js)} / ${kb(figures.prefetched)}`, budget: '-', pass: null},
      {measure: `article page, all bytes transferred, compressed (${label} articles)`, value: kb(figures.total), budget: `stock: ${kb(stock.total)}`, pass: null},
    );
  }
  results.page = {[articles]: page1, [articles3]: page3, stock: {[articles]: stock1, [articles3]: stock3}};

  const work10 = path.join(os.tmpdir(), 'aadsts-bench-10x');
  createScaledSite(10, work10);
  const build10 = coldBuild(work10);
  scale[10] = {seconds: build10.seconds, bytes: folderBytes(path.join(work10, 'build'))};
  // Search and analyzer figures from their own scripts; search's scaled part on this 10× build.
  const npmRun = (script: string, ...args: string[]) => {
    const run = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', script), ...args], {cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit']});
    if (run.status !== 0) throw new Error(`${script} failed`);
    return (JSON.parse(readFileSync(benchFile(script.replace(/^bench-|\.ts$/g, '')), 'utf8')) as {rows: typeof rows}).rows;
  };
  if (!existsSync(path.join(ROOT, 'build', 'pagefind'))) spawnSync('npx', ['docusaurus', 'build'], {cwd: ROOT, stdio: 'inherit'});
  const searchRows = npmRun('bench-search.ts', '--scaled-build', path.join(work10, 'build'));
  rmSync(work10, {recursive: true, force: true});
  const analyzeRows = npmRun('bench-analyze.ts');
  for (const [factor, figures] of Object.entries(scale) as [string, {seconds: number; bytes: number}][]) {
    rows.push({measure: `scale ${factor}× (${articles * Number(factor)} articles): cold build, output size`, value: `${figures.seconds.toFixed(1)} s, ${(figures.bytes / 2 ** 20).toFixed(1)} MB`, budget: '-', pass: null});
  }
  results.scale = scale;
  rows.push(...searchRows.map((row) => ({...row, measure: `search: ${row.measure}`})), ...analyzeRows.map((row) => ({...row, measure: `analyzer: ${row.measure}`})));

  console.log(table(rows));
  writeBenchResults('results', rows, results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
