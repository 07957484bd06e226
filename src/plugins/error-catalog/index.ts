/**
 * error-catalog: reads every article's front matter once per build (and per dev
 * reload), validates it with the content checks, and derives from it the global code
 * list, the all-codes table, the category and audience pages.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadCatalog} from '../../catalog/load';
import type {CatalogEntry} from '../../catalog/catalog';
import {formatProblem} from '../../catalog/schema';
import {AUDIENCES, CATEGORIES, audiencePath, categoryPath} from '../../catalog/taxonomy';
import {articleLabel} from '../../lib/ticket';
import type {PluginOptions} from './options';

export {validateOptions} from './options';

/**
 * What the browser gets on every page, for the code box and the code-first search:
 * the documented codes, sorted, and each one's label (its name, or the title's
 * meaning). Parallel arrays keep it small (about 12 KB gzip for 869 codes).
 */
export interface CatalogGlobalData {
  codes: string[];
  labels: string[];
}

/** One row of the index pages: the fields a table or list shows. */
export type CatalogRow = Pick<CatalogEntry, 'code' | 'name' | 'title' | 'summary' | 'category' | 'audience' | 'transient' | 'interrupt' | 'status' | 'path'>;

export interface CatalogContent {
  entries: CatalogEntry[];
}

export function toRow(entry: CatalogEntry): CatalogRow {
  const {code, name, title, summary, category, audience, transient, interrupt, status, path: entryPath} = entry;
  return {code, name, title, summary, category, audience, transient, interrupt, status, path: entryPath};
}

export default function pluginErrorCatalog(context: LoadContext, options: PluginOptions): Plugin<CatalogContent> {
  const {siteDir} = context;
  return {
    name: 'error-catalog',

    getPathsToWatch() {
      return [path.join(siteDir, options.articlesDir, '*.{md,mdx}')];
    },

    async loadContent() {
      const {entries, problems} = loadCatalog(siteDir, options.articlesDir);
      if (problems.length > 0) {
        const report = `${problems.length} problem(s) in the error articles:\n${problems.map(formatProblem).join('\n')}`;
        if (options.failOnProblems) throw new Error(report);
        console.warn(report);
      }
      return {entries};
    },

    async contentLoaded({content, actions}) {
      const {createData, addRoute, setGlobalData} = actions;
      const rows = content.entries.map(toRow);
      setGlobalData({codes: rows.map((row) => row.code), labels: rows.map(articleLabel)} satisfies CatalogGlobalData);

      addRoute({
        path: options.indexPath,
        exact: true,
        component: '@site/src/components/CodeIndexPage',
        modules: {rows: await createData('code-index.json', rows)},
      });

      const terms = [
        ...CATEGORIES.map((term) => ({kind: 'category' as const, ...term, path: categoryPath(term.slug), rows: rows.filter((row) => row.category === term.slug)})),
        ...AUDIENCES.map((term) => ({
          kind: 'audience' as const,
          ...term,
          path: audiencePath(term.slug),
          // Primary audience first: those the audience fixes alone, then those it helps with.
          rows: rows
            .filter((row) => row.audience.includes(term.slug))
            .sort((a, b) => a.audience.indexOf(term.slug) - b.audience.indexOf(term.slug)),
        })),
      ];
      for (const {rows: termRows, ...term} of terms) {
        addRoute({
          path: term.path,
          exact: true,
          component: '@site/src/components/TermPage',
          modules: {
            term: await createData(`term-${term.kind}-${term.slug}.json`, term),
            rows: await createData(`term-${term.kind}-${term.slug}-rows.json`, termRows),
          },
        });
      }
    },
  };
}
