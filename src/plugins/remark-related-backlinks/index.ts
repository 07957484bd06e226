/**
 * Appends, under an article's "Related errors" list, the articles that name it in
 * their `related` field but that it does not name itself ("Also referred to by").
 * Related links are written by hand only in one direction; the way back is derived
 * from the catalog here, so it can never go stale.
 */
import path from 'node:path';
import type {Link, Paragraph, PhrasingContent, Root} from 'mdast';
import type {VFile} from 'vfile';
import {toString} from 'mdast-util-to-string';
import {loadCatalog} from '../../catalog/load';
import {articlePath, displayCode} from '../../lib/codes';
import {articleLabel} from '../../lib/ticket';
import type {CatalogEntry} from '../../catalog/catalog';

export interface Options {
  siteDir: string;
  articlesDir: string;
}

export interface Backlink {
  code: string;
  label: string;
}

/** Codes whose articles list `code` as related, minus those `code` already lists. Pure. */
export function backlinksFor(code: string, entries: readonly CatalogEntry[]): Backlink[] {
  const own = entries.find((entry) => entry.code === code);
  return entries
    .filter((entry) => entry.code !== code && entry.related.includes(code) && !own?.related.includes(entry.code))
    .map((entry) => ({code: entry.code, label: articleLabel(entry)}));
}

export function backlinksParagraph(backlinks: readonly Backlink[]): Paragraph {
  const children: PhrasingContent[] = [{type: 'text', value: 'Also referred to by: '}];
  backlinks.forEach((backlink, index) => {
    if (index > 0) children.push({type: 'text', value: ', '});
    const link: Link = {type: 'link', url: articlePath(backlink.code), children: [{type: 'text', value: displayCode(backlink.code)}]};
    children.push(link);
    if (backlink.label) children.push({type: 'text', value: ` (${backlink.label})`});
  });
  children.push({type: 'text', value: '.'});
  return {type: 'paragraph', data: {hProperties: {className: ['related-backlinks']}}, children};
}

const cache = new Map<string, {loadedAt: number; entries: CatalogEntry[]}>();

/** The catalog, read once per build; re-read at most every 2 s while the dev server runs. */
function catalogEntries(options: Options): CatalogEntry[] {
  const key = path.resolve(options.siteDir, options.articlesDir);
  const cached = cache.get(key);
  if (cached && (process.env.NODE_ENV === 'production' || Date.now() - cached.loadedAt < 2000)) return cached.entries;
  const {entries} = loadCatalog(options.siteDir, options.articlesDir);
  cache.set(key, {loadedAt: Date.now(), entries});
  return entries;
}

export default function remarkRelatedBacklinks(options: Options) {
  const articlesDir = path.resolve(options.siteDir, options.articlesDir);
  return (tree: Root, file: VFile): void => {
    if (!file.path || path.dirname(path.resolve(file.path)) !== articlesDir) return;
    const code = /^AADSTS(\d+)\.mdx$/.exec(path.basename(file.path))?.[1];
    if (!code) return;
    const backlinks = backlinksFor(code, catalogEntries(options));
    if (backlinks.length === 0) return;
    const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === 'Related errors');
    if (start < 0) return;
    let end = start + 1;
    while (end < tree.children.length && !(tree.children[end]!.type === 'heading' && (tree.children[end] as {depth: number}).depth <= 2)) end += 1;
    tree.children.splice(end, 0, backlinksParagraph(backlinks));
  };
}
