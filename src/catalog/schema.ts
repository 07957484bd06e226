/**
 * Front matter of an article (docs/errors/AADSTS<code>.mdx), validated with zod.
 * No defaults are invented: every field is written in the article.
 */
import * as z from 'zod';
import {AUDIENCE_SLUGS, CATEGORY_SLUGS, PROTOCOLS} from './taxonomy';

export const SUMMARY_MAX_LENGTH = 200;

const codeDigits = z.string().regex(/^\d{4,8}$/);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));

export const articleFrontMatterSchema = z.strictObject({
  code: codeDigits,
  name: z.string().regex(/^[A-Za-z0-9_]*$/),
  title: z.string().min(1),
  summary: z.string().trim().min(1).max(SUMMARY_MAX_LENGTH),
  category: z.enum(CATEGORY_SLUGS),
  audience: z
    .array(z.enum(AUDIENCE_SLUGS))
    .min(1)
    .refine((list) => new Set(list).size === list.length),
  transient: z.boolean(),
  interrupt: z.boolean(),
  related: z.array(codeDigits).refine((list) => new Set(list).size === list.length),
  protocols: z
    .array(z.enum(PROTOCOLS))
    .refine((list) => new Set(list).size === list.length)
    .optional(),
  oauth_error: z
    .string()
    .regex(/^[a-z][a-z_]*$/)
    .optional(),
  status: z.enum(['current', 'retired']),
  last_reviewed: isoDate,
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type FrontMatterField = keyof ArticleFrontMatter;

export const FRONT_MATTER_FIELDS = Object.keys(
  articleFrontMatterSchema.shape,
) as FrontMatterField[];

/** What a contributor should write, per field: used in every message about it. */
export const FIELD_FIXES: Record<FrontMatterField, string> = {
  code: 'write the digits as a quoted string, e.g. code: "50070"',
  name: 'copy the identifier from the reference TSV, e.g. name: SignoutUnknownSessionIdentifier (or name: "" when it has none)',
  title: 'write title: "AADSTS<code>: <name>"',
  summary: `write one plain sentence of at most ${SUMMARY_MAX_LENGTH} characters`,
  category: `use one of: ${CATEGORY_SLUGS.join(', ')}`,
  audience: `list who can fix it, primary first, from: ${AUDIENCE_SLUGS.join(', ')} (no repeats), e.g. audience: [admin, user]`,
  transient: 'write true or false (true only when a retry can succeed with no change)',
  interrupt: 'write true or false (true only for a prompt the user completes)',
  related: 'list quoted codes without repeats, e.g. related: ["50068", "50071"]; use [] for none',
  protocols: `list any of: ${PROTOCOLS.join(', ')} (no repeats), or leave the field out`,
  oauth_error: 'write the OAuth 2.0 error value in lower case, e.g. oauth_error: invalid_grant, or leave the field out',
  status: 'write status: current, or status: retired for a code Microsoft no longer lists',
  last_reviewed: 'write the date of the last check as YYYY-MM-DD, e.g. last_reviewed: 2026-11-27',
};

export interface Problem {
  /** Path of the article, relative to the site root. */
  file: string;
  /** Front matter field, or the body section, the problem is in. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** 1-based line, when known. */
  line?: number;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field}: ${problem.message}. Fix: ${problem.fix}.`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Validates one article's front matter; returns the value or the problems, one per field. */
export function validateFrontMatter(
  file: string,
  data: unknown,
): {value?: ArticleFrontMatter; problems: Problem[]} {
  const result = articleFrontMatterSchema.safeParse(data);
  if (result.success) return {value: result.data, problems: []};

  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          field: key,
          message: 'unknown field',
          fix: `remove it, or rename it to one of: ${FRONT_MATTER_FIELDS.join(', ')}`,
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? 'front matter') as FrontMatterField;
    // One line per field: the first issue says enough.
    if (seen.has(field)) continue;
    seen.add(field);
    const value = record[field];
    const message =
      value === undefined
        ? 'missing required field'
        : field === 'summary' && typeof value === 'string' && value.trim().length > SUMMARY_MAX_LENGTH
          ? `too long (${value.trim().length} characters, at most ${SUMMARY_MAX_LENGTH})`
          : typeof issue.path[1] === 'number' && Array.isArray(value)
            ? `invalid item ${describe(value[issue.path[1]])} (item ${issue.path[1] + 1} of the list)`
            : `invalid value ${describe(value)}`;
    problems.push({file, field, message, fix: FIELD_FIXES[field] ?? 'see the article model in DESIGN.md'});
  }
  return {problems};
}
