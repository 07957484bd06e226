/** Parses an article's source into front matter and a Markdown syntax tree (mdast). */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {parse as parseYaml} from 'yaml';
import type {Root} from 'mdast';

export interface ParsedArticle {
  data: Record<string, unknown> | undefined;
  tree: Root;
}

export class ArticleSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Parses `.mdx` (and `.md`, which Docusaurus also compiles as MDX). */
export function parseArticle(source: string): ParsedArticle {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const cause = error as {reason?: string; message?: string; line?: number; place?: {line?: number}};
    throw new ArticleSyntaxError(
      (cause.reason ?? cause.message ?? String(error)).split('\n')[0]!,
      cause.line ?? cause.place?.line,
    );
  }
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  let data: Record<string, unknown> | undefined;
  if (yamlNode && 'value' in yamlNode) {
    try {
      const parsed: unknown = parseYaml(yamlNode.value);
      data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch (error) {
      throw new ArticleSyntaxError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 1);
    }
  }
  return {data, tree};
}
