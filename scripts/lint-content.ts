/**
 * npm run lint:content [-- files...]
 * The same checks the build runs (front matter, catalog cross-checks, content rules),
 * all problems at once, one line each. With file arguments, prints only their problems
 * (the catalog is still checked whole, so related codes resolve).
 */
import path from 'node:path';
import {loadCatalog} from '../src/catalog/load';
import {formatProblem} from '../src/catalog/schema';

const siteDir = path.resolve(__dirname, '..');
const only = process.argv.slice(2).map((file) => path.relative(siteDir, path.resolve(file)));
const {entries, problems} = loadCatalog(siteDir);
const shown = only.length ? problems.filter((problem) => only.includes(problem.file)) : problems;

for (const problem of shown) console.error(formatProblem(problem));
if (shown.length) {
  console.error(`\n${shown.length} problem(s) in ${new Set(shown.map((problem) => problem.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content checks passed: ${only.length ? `${only.length} file(s)` : `${entries.length} article(s)`}.`);
