/** Shared pieces of the benchmark scripts: serving a build, a browser, byte counting. */
import {spawn, type ChildProcess} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Server {
  url: string;
  stop: () => void;
  /** Responses sent since the last reset: path and body bytes as sent (compressed). */
  sent: {path: string; bytes: number}[];
  reset: () => void;
  total: () => number;
}

/** Serves a build with the site's own server, logging the bytes of every response. */
export async function serve(dir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), '--dir', dir, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {...process.env, SERVE_LOG_BYTES: '1'},
  });
  const server: Server = {
    url: `http://127.0.0.1:${port}`,
    stop: () => child.kill(),
    sent: [],
    reset: () => void server.sent.splice(0),
    total: () => server.sent.reduce((sum, entry) => sum + entry.bytes, 0),
  };
  let buffered = '';
  child.stdout!.on('data', (data: Buffer) => {
    buffered += data.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^bytes (\S+) (\d+)$/.exec(line);
      if (match) server.sent.push({path: match[1]!, bytes: Number(match[2])});
    }
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${server.url}/`)).ok) {
        server.reset();
        return server;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`The server for ${dir} did not start`);
}

/** Lets the server's log catch up with what the browser has received. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: sudo apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(rows: {measure: string; value: string; budget: string; pass: boolean | null}[]): string {
  const header = ['measure', 'value', 'budget', 'result'];
  const cells = rows.map((row) => [row.measure, row.value, row.budget, row.pass === null ? '-' : row.pass ? 'pass' : 'FAIL']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => `| ${cell.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/**
 * A copy of the site in a temporary folder with `factor` × the articles: each real
 * article plus synthetic copies under unused codes (8000000 and up), so cost can be
 * measured as the catalog grows. Never committed; the caller removes it.
 */
export function createScaledSite(factor: number, target: string): {articles: number} {
  rmSync(target, {recursive: true, force: true});
  mkdirSync(target, {recursive: true});
  for (const entry of readdirSync(ROOT)) {
    if (['node_modules', 'build', '.docusaurus', '.git', 'bench', 'test-results'].includes(entry)) continue;
    cpSync(path.join(ROOT, entry), path.join(target, entry), {recursive: true});
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(target, 'node_modules'));
  const articlesDir = path.join(target, 'docs', 'errors');
  const originals = readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'));
  let next = 8_000_000;
  for (let copy = 1; copy < factor; copy += 1) {
    for (const name of originals) {
      const code = String(next++);
      const source = readFileSync(path.join(articlesDir, name), 'utf8');
      const original = /code: "(\d+)"/.exec(source)![1]!;
      const text = source
        // Mentions of the original code in the body become the copy's (not other codes that start alike).
        .replace(new RegExp(`AADSTS${original}(?!\\d)`, 'g'), `AADSTS${code}`)
        .replace(/^code: ".*"$/m, `code: "${code}"`)
        .replace(/^name: .*$/m, 'name: ""')
        .replace(/^title: .*$/m, `title: "AADSTS${code}: Synthetic copy ${copy} of AADSTS${original}"`)
        .replace(/^related: .*$/m, 'related: []')
        .replace(/## Related errors[\s\S]*?(?=## References)/, `## Related errors\n\nA synthetic article for the scale benchmark; it relates to no other code.\n\n`);
      writeFileSync(path.join(articlesDir, `AADSTS${code}.mdx`), text);
    }
  }
  return {articles: originals.length * factor};
}

/**
 * A stock Docusaurus classic site in a temporary folder, for the page-weight comparison:
 * the preset's defaults (an autogenerated sidebar listing every doc, viewport prefetch,
 * client-side Prism), `future: {v4: true, faster: true}`, and one doc per article of this
 * site with the same Markdown text (our components' tags removed), `factor` times over
 * (copies under unused codes, as in createScaledSite). Never committed; the caller
 * removes it. Articles are at /docs/AADSTS<code>.
 */
export function createStockSite(target: string, factor = 1): {articles: number} {
  rmSync(target, {recursive: true, force: true});
  mkdirSync(path.join(target, 'docs'), {recursive: true});
  mkdirSync(path.join(target, 'src', 'pages'), {recursive: true});
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(target, 'node_modules'));
  writeFileSync(
    path.join(target, 'docusaurus.config.js'),
    `module.exports = ${JSON.stringify(
      {
        title: 'Stock',
        url: 'http://localhost',
        baseUrl: '/',
        future: {v4: true, faster: true},
        onBrokenLinks: 'ignore',
        onBrokenAnchors: 'ignore',
        markdown: {format: 'detect'},
        presets: [['classic', {docs: {}, blog: false}]],
        themeConfig: {navbar: {title: 'Stock', items: [{type: 'doc', docId: 'AADSTS50011', label: 'Docs'}]}, footer: {style: 'dark', copyright: 'Stock'}},
      },
      null,
      2,
    )};\n`,
  );
  writeFileSync(path.join(target, 'src', 'pages', 'index.md'), '# Stock\n\nA stock Docusaurus site for comparison.\n');
  const articlesDir = path.join(ROOT, 'docs', 'errors');
  const names = readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'));
  for (const name of names) {
    const source = readFileSync(path.join(articlesDir, name), 'utf8');
    const title = /^title: (.*)$/m.exec(source)![1]!;
    const summary = /^summary: (.*)$/m.exec(source)?.[1] ?? '""';
    const body = source
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((line) => !/^\s*<\/?[A-Z][A-Za-z]*\b[^>]*>\s*$/.test(line))
      .join('\n');
    writeFileSync(path.join(target, 'docs', name.replace(/\.mdx$/, '.md')), `---\ntitle: ${title}\ndescription: ${summary}\n---\n\n${body}`);
    for (let copy = 1; copy < factor; copy += 1) {
      const code = 8_000_000 + (copy - 1) * names.length + names.indexOf(name);
      writeFileSync(path.join(target, 'docs', `AADSTS${code}.md`), `---\ntitle: "AADSTS${code}: Synthetic copy ${copy}"\ndescription: ${summary}\n---\n\n${body}`);
    }
  }
  return {articles: names.length * factor};
}

/** The JSON file a benchmark or the audit writes its figures to: bench/<name>.json. */
export const benchFile = (name: string) => path.join(ROOT, 'bench', `${name}.json`);

/** Writes bench/<name>.json: when it was measured, the printed rows and the raw figures. */
export function writeBenchResults(name: string, rows: Parameters<typeof table>[0], results: unknown): void {
  mkdirSync(path.dirname(benchFile(name)), {recursive: true});
  writeFileSync(benchFile(name), `${JSON.stringify({measuredAt: new Date().toISOString(), rows, results}, null, 2)}\n`);
}
