/**
 * npm run coverage [-- --from 16000 --to 50197] [--json]
 * Which known codes have an article, per reference list (optionally within a range of
 * codes). Prints a summary and the missing reference codes; writes nothing.
 */
import {parseArgs} from 'node:util';
import path from 'node:path';
import {readdirSync} from 'node:fs';
import {ARTICLE_FILE_PATTERN} from '../src/catalog/catalog';
import {readReference, readSigninLogCodes} from '../src/catalog/load';
import {compareCodes} from '../src/lib/codes';

const siteDir = path.resolve(__dirname, '..');
const documented = new Set(
  readdirSync(path.join(siteDir, 'docs', 'errors'))
    .map((name) => ARTICLE_FILE_PATTERN.exec(name)?.[1])
    .filter((code): code is string => Boolean(code)),
);
const {values: args} = parseArgs({options: {from: {type: 'string'}, to: {type: 'string'}, json: {type: 'boolean'}}});
const inRange = (code: string) => (!args.from || Number(code) >= Number(args.from)) && (!args.to || Number(code) <= Number(args.to));
const referenceCodes = [...readReference().keys()].filter(inRange).sort(compareCodes);
const logCodes = readSigninLogCodes().filter(inRange).sort(compareCodes);
const known = [...new Set([...referenceCodes, ...logCodes])].sort(compareCodes);

const lists = {reference: referenceCodes, 'sign-in logs': logCodes, 'all known': known};
const report = Object.fromEntries(
  Object.entries(lists).map(([label, codes]) => {
    const missing = codes.filter((code) => !documented.has(code));
    return [label, {total: codes.length, documented: codes.length - missing.length, missing}];
  }),
);
const everyKnown = new Set([...readReference().keys(), ...readSigninLogCodes()]);
const extra = [...documented].filter((code) => !everyKnown.has(code)).sort(compareCodes);

if (args.from || args.to) console.log(`codes from ${args.from ?? 'the first'} to ${args.to ?? 'the last'}`);
if (args.json) {
  console.log(JSON.stringify({...report, notInAnyList: extra}, null, 2));
} else {
  for (const [label, {total, documented: done, missing}] of Object.entries(report)) {
    const percent = ((done / total) * 100).toFixed(1);
    console.log(`${label.padEnd(13)} ${String(done).padStart(4)} of ${String(total).padStart(4)} documented (${percent}%)`);
    if (label === 'reference' && missing.length) console.log(`  missing: ${missing.map((code) => `AADSTS${code}`).join(' ')}`);
  }
  const logOnly = report['sign-in logs']!.missing.filter((code) => !referenceCodes.includes(code));
  console.log(`sign-in-log codes not in the reference and still missing: ${logOnly.length}`);
  if (extra.length) console.log(`documented but in no list: ${extra.join(' ')}`);
}
