import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

export type PluginOptions = {
  /** Folder of the articles, relative to the site: one `AADSTS<code>.mdx` per code. */
  articlesDir: string;
  /** Route of the all-codes table. */
  indexPath: string;
  /** Fail the build on any catalog or content problem (false only for experiments). */
  failOnProblems: boolean;
};

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {
  articlesDir: 'docs/errors',
  indexPath: '/errors/',
  failOnProblems: true,
};

const optionsSchema = Joi.object<PluginOptions>({
  articlesDir: Joi.string().default(DEFAULT_OPTIONS.articlesDir),
  indexPath: Joi.string()
    .pattern(/^\/.*\/$/, 'a path starting and ending with "/"')
    .default(DEFAULT_OPTIONS.indexPath),
  failOnProblems: Joi.boolean().default(DEFAULT_OPTIONS.failOnProblems),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(optionsSchema, options);
}
