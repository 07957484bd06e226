/**
 * The catalog: every article's front matter, validated one by one and against each
 * other and Microsoft's reference. Pure: callers do the reading and the failing.
 */
import {toString} from 'mdast-util-to-string';
import type {RootContent} from 'mdast';
import {articlePath, compareCodes} from '../lib/codes';
import {ArticleSyntaxError, parseArticle} from './article';
import {isJsx, lintArticleBody, splitSections, taskItems} from './contentLint';
import type {ReferenceRow} from './reference';
import {type ArticleFrontMatter, type Problem, validateFrontMatter} from './schema';

export interface ArticleSource {
  /** Path relative to the site root, e.g. `docs/errors/AADSTS50070.mdx`. */
  file: string;
  source: string;
}

export interface CatalogEntry extends ArticleFrontMatter {
  file: string;
  /** Canonical path without the base URL: `/errors/AADSTS50070`. */
  path: string;
  /** The `<CauseChecklist>` items as plain text. */
  causes: string[];
  /** The `<DiagnosticSteps>` step titles. */
  steps: string[];
  /** The items of "What to include in a support ticket", as plain text. */
  ticket: string[];
}

export interface CatalogResult {
  entries: CatalogEntry[];
  problems: Problem[];
}

export const ARTICLE_FILE_PATTERN = /^AADSTS(\d{4,8})\.mdx$/;

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function extractOutline(tree: ReturnType<typeof parseArticle>['tree']): {causes: string[]; steps: string[]; ticket: string[]} {
  const sections = splitSections(tree.children.filter((node) => node.type !== 'yaml'), 2).sections;
  const body = (title: string) => sections.find((section) => section.title === title)?.body ?? [];
  const checklist = body('Common causes').find((node) => isJsx(node, 'CauseChecklist'));
  const steps = body('Diagnostic steps').find((node) => isJsx(node, 'DiagnosticSteps'));
  return {
    causes: checklist && checklist.type === 'mdxJsxFlowElement' ? taskItems(checklist).map((item) => toString(item).trim()) : [],
    steps:
      steps && steps.type === 'mdxJsxFlowElement'
        ? splitSections(steps.children as RootContent[], 3).sections.map((step) => step.title)
        : [],
    ticket: body('What to include in a support ticket')
      .flatMap((node) => (node.type === 'list' ? node.children : []))
      .map((item) => toString(item).replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  };
}

export function buildCatalog(articles: readonly ArticleSource[], reference: ReadonlyMap<string, ReferenceRow>): CatalogResult {
  const problems: Problem[] = [];
  const entries: CatalogEntry[] = [];
  const fileByCode = new Map<string, string>();

  for (const {file, source} of articles) {
    const fileMatch = ARTICLE_FILE_PATTERN.exec(baseName(file));
    if (!fileMatch) {
      problems.push({
        file,
        field: 'file name',
        message: `"${baseName(file)}" is not an article file name`,
        fix: 'name the file AADSTS<code>.mdx, e.g. docs/errors/AADSTS50070.mdx',
      });
    }
    let parsed: ReturnType<typeof parseArticle>;
    try {
      parsed = parseArticle(source);
    } catch (error) {
      const syntax = error as ArticleSyntaxError;
      problems.push({file, field: 'syntax', message: `the file does not parse as MDX: ${syntax.message}`, fix: 'put <, >, { and } inside backticks, and close every tag', line: syntax.line});
      continue;
    }
    if (!parsed.data) {
      problems.push({file, field: 'front matter', message: 'no front matter', fix: 'start the file with a --- block holding the fields of the article model (see npm run new:article)'});
    }
    const {value, problems: fieldProblems} = validateFrontMatter(file, parsed.data ?? {});
    problems.push(...fieldProblems);
    const row = value ? reference.get(value.code) : undefined;
    problems.push(
      ...lintArticleBody({
        file,
        tree: parsed.tree,
        code: value?.code,
        related: value?.related,
        // A misnamed file (AADSTS50070-generated.md) is still checked against its code's description.
        referenceDescription: (row ?? reference.get(/AADSTS(\d+)/i.exec(baseName(file))?.[1] ?? ''))?.description,
      }),
    );
    if (!value) continue;

    if (fileMatch && fileMatch[1] !== value.code) {
      problems.push({file, field: 'code', message: `"${value.code}" differs from the file name's code ${fileMatch[1]}`, fix: `write code: "${fileMatch[1]}", or rename the file to AADSTS${value.code}.mdx`});
    }
    const earlier = fileByCode.get(value.code);
    if (earlier) {
      problems.push({file, field: 'code', message: `duplicate code ${value.code}, also in ${earlier}`, fix: 'keep one article per code; merge the two files'});
      continue;
    }
    fileByCode.set(value.code, file);

    if (row && row.name !== value.name) {
      problems.push({
        file,
        field: 'name',
        message: `"${value.name}" differs from the reference name ${row.name ? `"${row.name}"` : '(none)'}`,
        fix: row.name ? `write name: ${row.name}` : 'write name: "" (the reference has no name for this code)',
      });
    }
    const titlePrefix = `AADSTS${value.code}: `;
    if (!value.title.startsWith(titlePrefix) || value.title.trim() === titlePrefix.trim()) {
      problems.push({file, field: 'title', message: `"${value.title}" is not of the form "${titlePrefix}…"`, fix: `write title: "${titlePrefix}${value.name || '<short meaning>'}"`});
    } else if (value.name && value.title !== `${titlePrefix}${value.name}`) {
      problems.push({file, field: 'title', message: `"${value.title}" does not end with the name`, fix: `write title: "${titlePrefix}${value.name}"`});
    }
    if (value.related.includes(value.code)) {
      problems.push({file, field: 'related', message: 'lists the article\'s own code', fix: `remove "${value.code}" from related`});
    }
    entries.push({...value, file, path: articlePath(value.code), ...extractOutline(parsed.tree)});
  }

  // An article with a defect is still an article: related codes resolve by file name too.
  const articleCodes = new Set([...fileByCode.keys(), ...articles.map(({file}) => ARTICLE_FILE_PATTERN.exec(baseName(file))?.[1])]);
  for (const entry of entries) {
    for (const code of entry.related) {
      if (code !== entry.code && !articleCodes.has(code)) {
        problems.push({file: entry.file, field: 'related', message: `AADSTS${code} has no article`, fix: `write docs/errors/AADSTS${code}.mdx first (npm run new:article -- ${code}), or remove "${code}" from related`});
      }
    }
  }

  entries.sort((a, b) => compareCodes(a.code, b.code));
  return {entries, problems};
}
