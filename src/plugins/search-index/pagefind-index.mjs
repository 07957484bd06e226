/**
 * Indexes a built site with Pagefind's Node API and prints a JSON summary.
 * Runs as its own Node process: Pagefind is ESM-only, and Docusaurus loads plugins
 * through a CommonJS transform that cannot import it.
 * Usage: node pagefind-index.mjs <siteDir> <outputDir>
 */
import * as pagefind from 'pagefind';

const [site, output] = process.argv.slice(2);
const {index, errors} = await pagefind.createIndex({forceLanguage: 'en'});
if (!index) {
  console.log(JSON.stringify({errors}));
  process.exit(1);
}
const added = await index.addDirectory({path: site});
const written = added.errors.length ? {errors: []} : await index.writeFiles({outputPath: output});
await pagefind.close();
console.log(JSON.stringify({pageCount: added.page_count, errors: [...added.errors, ...written.errors]}));
