/** Reads the articles and the reference from disk; the only IO of the catalog. */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {buildCatalog, type ArticleSource, type CatalogResult} from './catalog';
import {parseCodeColumn, parseReferenceTsv, type ReferenceRow} from './reference';

export const REFERENCE_DIR = path.join(__dirname, 'reference');

export function readReference(file = path.join(REFERENCE_DIR, 'aadsts-reference.tsv')): Map<string, ReferenceRow> {
  return parseReferenceTsv(readFileSync(file, 'utf8'));
}

export function readSigninLogCodes(file = path.join(REFERENCE_DIR, 'signin-log-codes.tsv')): string[] {
  return parseCodeColumn(readFileSync(file, 'utf8'));
}

/** Every `.md`/`.mdx` file in the articles folder: a stray name is reported, not skipped. */
export function readArticles(siteDir: string, articlesDir: string, only?: readonly string[]): ArticleSource[] {
  const dir = path.resolve(siteDir, articlesDir);
  const wanted = only?.map((file) => path.resolve(file));
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => !wanted || wanted.includes(file))
    .map((file) => ({file: path.relative(siteDir, file), source: readFileSync(file, 'utf8')}));
}

export function loadCatalog(siteDir: string, articlesDir = 'docs/errors'): CatalogResult {
  return buildCatalog(readArticles(siteDir, articlesDir), readReference());
}
