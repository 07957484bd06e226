/**
 * npm run new:article -- <code>
 * Writes docs/errors/AADSTS<code>.mdx from the reference row, with every section
 * marked "WRITE ME" (the content checks reject it until it is written).
 */
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {normalizeCode} from '../src/lib/codes';
import {readReference, readSigninLogCodes} from '../src/catalog/load';
import {scaffoldArticle} from '../src/catalog/scaffold';

const siteDir = path.resolve(__dirname, '..');
const input = process.argv[2] ?? '';
const code = normalizeCode(input);
if (!code) {
  console.error(`"${input}" is not an AADSTS code. Usage: npm run new:article -- 50070`);
  process.exit(2);
}
const reference = readReference();
const row = reference.get(code);
if (!row && !readSigninLogCodes().includes(code)) {
  console.error(`AADSTS${code} is in neither reference list (src/catalog/reference/). Check the code; add it to the reference only with a source.`);
  process.exit(2);
}
const file = path.join(siteDir, 'docs', 'errors', `AADSTS${code}.mdx`);
if (existsSync(file)) {
  console.error(`${path.relative(siteDir, file)} already exists. Edit it instead; articles are never replaced.`);
  process.exit(2);
}
writeFileSync(file, scaffoldArticle(code, row));
console.log(`Wrote ${path.relative(siteDir, file)}${row?.name ? ` (${row.name})` : ''}. Write every "WRITE ME" part, then run npm run lint:content -- ${path.relative(siteDir, file)}`);
