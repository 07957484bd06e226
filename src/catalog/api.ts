/**
 * The machine-readable catalog (/api/codes.json, /api/codes/<code>.json): its shape as
 * zod schemas (from which /api/schema.json is generated) and the pure functions that
 * build it from catalog entries.
 */
import * as z from 'zod';
import {articleFrontMatterSchema} from './schema';
import type {CatalogEntry} from './catalog';

const frontMatter = articleFrontMatterSchema.shape;

export const apiCodeSchema = z
  .strictObject({
    code: frontMatter.code.describe('Digits of the code: 50070 for AADSTS50070'),
    name: frontMatter.name.describe("Microsoft's identifier for the code; empty when it has none"),
    title: frontMatter.title,
    summary: frontMatter.summary.describe('One plain sentence: what happened'),
    category: frontMatter.category,
    audience: frontMatter.audience.describe('Who can fix it, primary first'),
    transient: frontMatter.transient.describe('A retry later can succeed with no change'),
    interrupt: frontMatter.interrupt.describe('A normal sign-in step the user completes, not a failure'),
    status: frontMatter.status,
    last_reviewed: frontMatter.last_reviewed,
    url: z.url().describe('Canonical URL of the article'),
    related: frontMatter.related,
  })
  .describe('One AADSTS error code');

export const apiCodeDetailSchema = apiCodeSchema
  .extend({
    protocols: frontMatter.protocols,
    oauth_error: frontMatter.oauth_error,
    causes: z.array(z.string().min(1)).min(2).describe('The common causes, as listed in the article'),
    steps: z.array(z.string().min(1)).min(2).describe('Titles of the diagnostic steps, in order'),
    ticket: z.array(z.string().min(1)).describe('What to include in a support ticket for this code'),
  })
  .describe('One AADSTS error code with its causes and diagnostic steps');

export const apiIndexSchema = z
  .strictObject({
    generated: z.string().describe('When the site was built (ISO 8601)'),
    count: z.int().nonnegative(),
    codes: z.array(apiCodeSchema),
  })
  .describe('Every documented AADSTS error code');

export type ApiCode = z.infer<typeof apiCodeSchema>;
export type ApiCodeDetail = z.infer<typeof apiCodeDetailSchema>;

/** `siteUrl` is the origin and base path, e.g. https://help.example.com/aadsts/ */
export function toApiCode(entry: CatalogEntry, siteUrl: string): ApiCode {
  const {code, name, title, summary, category, audience, transient, interrupt, status, last_reviewed, related} = entry;
  return {code, name, title, summary, category, audience, transient, interrupt, status, last_reviewed, url: new URL(entry.path.slice(1), siteUrl).href, related};
}

export function toApiCodeDetail(entry: CatalogEntry, siteUrl: string): ApiCodeDetail {
  return {
    ...toApiCode(entry, siteUrl),
    ...(entry.protocols ? {protocols: entry.protocols} : {}),
    ...(entry.oauth_error ? {oauth_error: entry.oauth_error} : {}),
    causes: entry.causes,
    steps: entry.steps,
    ticket: entry.ticket,
  };
}

/** JSON Schema (draft 2020-12) for both documents, generated from the zod schemas. */
export function apiJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('api/schema.json', siteUrl).href,
    title: 'AADSTS Help catalog',
    $defs: {
      index: z.toJSONSchema(apiIndexSchema, {target: 'draft-2020-12'}),
      code: z.toJSONSchema(apiCodeDetailSchema, {target: 'draft-2020-12'}),
    },
    oneOf: [{$ref: '#/$defs/index'}, {$ref: '#/$defs/code'}],
  };
}
