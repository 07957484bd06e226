/**
 * client-weight: keeps two costs of the stock client out of every page load, measured
 * as the largest blocking tasks on an article page (see README.md here):
 * - the classic theme's `prism-include-languages` client module, which evaluates the whole
 *   Prism highlighter in the main bundle on every page; our code blocks are highlighted at
 *   build time (src/plugins/rehype-code-highlight), so the browser needs no Prism;
 * - prefetching the chunks of every link as it scrolls into view, which scans the whole
 *   route table once per link and appends one <link rel=prefetch> per chunk; a page is
 *   still preloaded when the reader shows intent (pointer over or touch on a link).
 * Both are module replacements at bundling time, each behind an option.
 */
import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {Joi} from '@docusaurus/utils-validation';

export type PluginOptions = {
  /** Keep the theme's client-side Prism (only if code blocks are highlighted in the browser). */
  prismInBrowser: boolean;
  /** Keep Docusaurus' prefetch of every link that scrolls into view. */
  prefetchInViewport: boolean;
};

export type Options = Partial<PluginOptions>;

const DEFAULT_OPTIONS: PluginOptions = {prismInBrowser: false, prefetchInViewport: false};

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(
    Joi.object<PluginOptions>({
      prismInBrowser: Joi.boolean().default(DEFAULT_OPTIONS.prismInBrowser),
      prefetchInViewport: Joi.boolean().default(DEFAULT_OPTIONS.prefetchInViewport),
    }),
    options,
  );
}

/** The module each replaced file becomes; paths match on both separators. */
export const REPLACEMENTS = {
  prism: {pattern: /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/, with: 'noPrism.js'},
  prefetch: {pattern: /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/, with: 'intentPrefetch.js'},
} as const;

export default function pluginClientWeight(_context: LoadContext, options: PluginOptions): Plugin {
  return {
    name: 'client-weight',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const chosen = [
        ...(options.prismInBrowser ? [] : [REPLACEMENTS.prism]),
        ...(options.prefetchInViewport ? [] : [REPLACEMENTS.prefetch]),
      ];
      return {
        plugins: chosen.map(
          ({pattern, with: file}) => new currentBundler.instance.NormalModuleReplacementPlugin(pattern, path.join(__dirname, 'client', file)),
        ),
      };
    },
  };
}
