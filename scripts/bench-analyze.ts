/**
 * npm run bench:analyze
 * Parse time of the /analyze error-text parser on about 1 MB of realistic mixed text:
 * every fixture in tests/fixtures/error-texts, interleaved with ordinary log lines,
 * repeated up to 1 MB. Parses it 20 times after a warm-up, prints the median and what
 * was found as a table, and writes bench/analyze.json.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {analyzeErrorText} from '../src/lib/analyze';
import {median, ROOT, table, writeBenchResults} from './bench-lib';

const TARGET_CHARS = 1_048_576;
const RUNS = 20;
const WARM_UP = 5;
const BUDGET_MS = 50;

const fixtureDir = path.join(ROOT, 'tests', 'fixtures', 'error-texts');
const names = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fixtures = names.map((name) => readFileSync(path.join(fixtureDir, name), 'utf8'));
const expectedCodes = new Set(
  names.flatMap((name) => (JSON.parse(readFileSync(path.join(fixtureDir, name.replace(/\.txt$/, '.json')), 'utf8')) as {codes: string[]}).codes),
);

/** What surrounds errors in a real log: requests, timings, retries, numbers that are not codes. */
const LOG_LINES = [
  '2025-03-01T08:15:04.518Z INFO  [web-7f9c] GET /api/orders?page=2&size=50 200 12ms',
  '2025-03-01T08:15:04.611Z DEBUG [web-7f9c] Token cache hit for scope https://graph.microsoft.com/.default (expires in 3187 s)',
  '2025-03-01T08:15:05.002Z INFO  [worker-2] Processed 1250 messages from queue orders-in in 480 ms',
  '2025-03-01T08:15:05.240Z WARN  [web-7f9c] Slow request POST /api/checkout took 2350 ms (threshold 2000 ms)',
  '2025-03-01T08:15:06.118Z INFO  [worker-2] Listening on port 50011, build 7000215, pid 48213',
  '2025-03-01T08:15:06.733Z DEBUG [web-1a2b] Retrying GET https://api.contoso.com/v1/items (attempt 2 of 5) after 400 ms',
  '2025-03-01T08:15:07.010Z INFO  [web-1a2b] User session refreshed; next refresh at 2025-03-01T09:15:07Z',
];

function buildInput(): string {
  const parts: string[] = [];
  let size = 0;
  for (let step = 0; size < TARGET_CHARS; step += 1) {
    // Blank lines between pieces, as between pasted blocks: a table never runs into the next piece.
    const piece = step % 4 === 0 ? fixtures[(step / 4) % fixtures.length]! : LOG_LINES.slice(step % 3, (step % 3) + 4).join('\n');
    parts.push(piece.trimEnd(), '');
    size += piece.length + 2;
  }
  return parts.join('\n').slice(0, TARGET_CHARS);
}

function main() {
  const input = buildInput();
  for (let run = 0; run < WARM_UP; run += 1) analyzeErrorText(input);
  const times: number[] = [];
  let analysis = analyzeErrorText(input);
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    analysis = analyzeErrorText(input);
    times.push(performance.now() - start);
  }
  const medianMs = median(times);
  const found = new Set(analysis.codes.map((code) => code.code));
  const sameCodes = found.size === expectedCodes.size && [...expectedCodes].every((code) => found.has(code));
  const rows = [
    {measure: 'input (fixtures and log lines)', value: `${(input.length / 1024).toFixed(0)} KB, ${input.split('\n').length} lines`, budget: '≈ 1 MB', pass: null},
    {measure: `median parse time (${RUNS} runs after ${WARM_UP} warm-up)`, value: `${medianMs.toFixed(1)} ms`, budget: `≤ ${BUDGET_MS} ms`, pass: medianMs <= BUDGET_MS},
    {measure: 'fastest / slowest run', value: `${Math.min(...times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms`, budget: '-', pass: null},
    {measure: 'distinct AADSTS codes found', value: String(found.size), budget: `${expectedCodes.size}, the fixtures' codes`, pass: sameCodes},
    {measure: 'IDs / OAuth errors / look-alikes found', value: `${analysis.ids.length} / ${analysis.oauthErrors.length} / ${analysis.lookAlikes.length}`, budget: '-', pass: null},
  ];
  console.log(table(rows));
  const results = {
    inputChars: input.length,
    fixtures: names.length,
    runs: RUNS,
    medianMs,
    timesMs: times,
    codes: found.size,
    ids: analysis.ids.length,
    oauthErrors: analysis.oauthErrors.length,
    lookAlikes: analysis.lookAlikes.length,
  };
  writeBenchResults('analyze', rows, results);
}

main();
