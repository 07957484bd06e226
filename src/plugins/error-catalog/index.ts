/**
 * error-catalog: reads every article's front matter once per build (and per dev
 * reload), validates it with the content checks, and derives from it the global code
 * list, the all-codes table, the category and audience pages.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {mkdir, writeFile} from 'node:fs/promises';
import {loadCatalog} from '../../catalog/load';
import {apiJsonSchema, toApiCode, toApiCodeDetail} from '../../catalog/api';
import {aliasPaths} from '../../lib/codes';
import type {CatalogEntry} from '../../catalog/catalog';
import {formatProblem} from '../../catalog/schema';
import {AUDIENCES, CATEGORIES, audiencePath, categoryPath} from '../../catalog/taxonomy';
import {articleLabel} from '../../lib/ticket';
import type {PluginOptions} from './options';
import {escapeHtml} from '../../lib/html';

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

/**
 * One row of the index pages: only what a table or list shows. Every page linking to an
 * index prefetches its rows, so each byte here is paid by many pages.
 */
export interface CatalogRow {
  code: string;
  /** The name, or the title's meaning when the code has none. */
  label: string;
  summary: string;
  category: CatalogEntry['category'];
  audience: CatalogEntry['audience'];
}

export interface CatalogContent {
  entries: CatalogEntry[];
}

export function toRow(entry: CatalogEntry): CatalogRow {
  return {code: entry.code, label: articleLabel(entry), summary: entry.summary, category: entry.category, audience: entry.audience};
}


/**
 * A redirect page that works without JavaScript (meta refresh) and, with it, keeps
 * the query and #anchor (static/redirect.js; external, so the CSP needs no inline script).
 */
export function aliasPage(entry: Pick<CatalogEntry, 'code' | 'title' | 'path'>, baseUrl: string, siteUrl: string): string {
  const target = `${baseUrl}${entry.path.slice(1)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(entry.title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
<link rel="canonical" href="${escapeHtml(new URL(entry.path.slice(1), siteUrl).href)}" data-path="${escapeHtml(target)}">
<script src="${escapeHtml(baseUrl)}redirect.js"></script>
</head>
<body><p>This page has moved to <a href="${escapeHtml(target)}">${escapeHtml(entry.title)}</a>.</p></body>
</html>
`;
}

/** OpenSearch description: lets a browser add the site as a search engine. */
export function openSearchDescription(title: string, siteUrl: string): string {
  const escape = escapeHtml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escape(title)}</ShortName>
  <Description>Look up Microsoft Entra ID AADSTS error codes by code, name or symptom.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escape(new URL('img/favicon.svg', siteUrl).href)}</Image>
  <Url type="text/html" method="get" template="${escape(new URL('search', siteUrl).href)}?q={searchTerms}"/>
  <moz:SearchForm>${escape(new URL('search', siteUrl).href)}</moz:SearchForm>
</OpenSearchDescription>
`;
}

export default function pluginErrorCatalog(context: LoadContext, options: PluginOptions): Plugin<CatalogContent> {
  const {siteDir, baseUrl} = context;
  /** Routes are registered with the base URL; links inside the site get it from <Link>. */
  const route = (routePath: string) => `${baseUrl}${routePath.replace(/^\//, '')}`;
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

    // The machine-readable catalog and the browser's search description, written
    // into the build once the pages exist.
    async postBuild({content, outDir, siteConfig}) {
      const siteUrl = new URL(siteConfig.baseUrl, siteConfig.url).href;
      const apiDir = path.join(outDir, 'api');
      await mkdir(path.join(apiDir, 'codes'), {recursive: true});
      const codes = content.entries.map((entry) => toApiCode(entry, siteUrl));
      await writeFile(path.join(apiDir, 'codes.json'), `${JSON.stringify({generated: new Date().toISOString(), count: codes.length, codes}, null, 1)}\n`);
      await Promise.all(
        content.entries.map((entry) => writeFile(path.join(apiDir, 'codes', `${entry.code}.json`), `${JSON.stringify(toApiCodeDetail(entry, siteUrl), null, 1)}\n`)),
      );
      // For the analyzer: every article's ticket checklist in one file, fetched whatever the
      // pasted text, so no request ever depends on what the reader pasted.
      await writeFile(
        path.join(apiDir, 'ticket-checklists.json'),
        `${JSON.stringify(Object.fromEntries(content.entries.map((entry) => [entry.code, entry.ticket])))}\n`,
      );
      await writeFile(path.join(apiDir, 'schema.json'), `${JSON.stringify(apiJsonSchema(siteUrl), null, 1)}\n`);
      await writeFile(path.join(outDir, 'opensearch.xml'), openSearchDescription(siteConfig.title, siteUrl));
      // Static alias pages: /50070, /AADSTS50070, /aadsts50070 → the article.
      await Promise.all(
        content.entries.flatMap((entry) =>
          aliasPaths(entry.code).map(async (alias) => {
            await mkdir(path.join(outDir, alias), {recursive: true});
            await writeFile(path.join(outDir, alias, 'index.html'), aliasPage(entry, siteConfig.baseUrl, siteUrl));
          }),
        ),
      );
    },

    async contentLoaded({content, actions}) {
      const {createData, addRoute, setGlobalData} = actions;
      const rows = content.entries.map(toRow);
      setGlobalData({codes: rows.map((row) => row.code), labels: rows.map((row) => row.label)} satisfies CatalogGlobalData);

      addRoute({
        path: route(options.indexPath),
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
          path: route(term.path),
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
