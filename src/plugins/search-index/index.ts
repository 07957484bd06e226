/**
 * search-index: after the build, indexes the built HTML with Pagefind (its binary
 * comes inside its npm package) into build/pagefind/. Only elements marked
 * `data-pagefind-body` (articles and guides) are indexed. The build fails when the
 * index is empty or misses an article, so an empty search can never ship.
 */
import path from 'node:path';
import {readdirSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

export type PluginOptions = {
  /** Output folder inside the build. */
  outputSubdir: string;
  /** Folder of the articles: the index must hold at least one page per file. */
  articlesDir: string;
};

export type Options = Partial<PluginOptions>;

const DEFAULT_OPTIONS: PluginOptions = {outputSubdir: 'pagefind', articlesDir: 'docs/errors'};

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(
    Joi.object<PluginOptions>({
      outputSubdir: Joi.string().default(DEFAULT_OPTIONS.outputSubdir),
      articlesDir: Joi.string().default(DEFAULT_OPTIONS.articlesDir),
    }),
    options,
  );
}

export default function pluginSearchIndex(context: LoadContext, options: PluginOptions): Plugin {
  return {
    name: 'search-index',
    async postBuild({outDir}) {
      const outputPath = path.join(outDir, options.outputSubdir);
      const run = spawnSync(process.execPath, [path.join(__dirname, 'pagefind-index.mjs'), outDir, outputPath], {encoding: 'utf8'});
      let summary: {pageCount?: number; errors?: string[]};
      try {
        summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as typeof summary;
      } catch {
        throw new Error(`Pagefind did not run: ${run.stderr || run.error?.message || 'no output'}`);
      }
      if (run.status !== 0 || summary.errors?.length) throw new Error(`Pagefind indexing failed: ${(summary.errors ?? [run.stderr]).join('; ')}`);
      const articles = readdirSync(path.join(context.siteDir, options.articlesDir)).filter((name) => name.endsWith('.mdx')).length;
      if (!summary.pageCount || summary.pageCount < articles) {
        throw new Error(`Pagefind indexed ${summary.pageCount ?? 0} pages but there are ${articles} articles: check data-pagefind-body on the article layout.`);
      }
      console.log(`[search-index] Pagefind indexed ${summary.pageCount} pages into ${options.outputSubdir}/.`);
    },
  };
}
