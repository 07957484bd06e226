/**
 * AADSTS code spelling, shared by the build (Node) and the browser.
 * Pure functions only: no React, no Docusaurus, no IO.
 */

/** Digits of a code as it is stored: `50070`, never `AADSTS50070`. */
export type CodeDigits = string;

export const CODE_PREFIX = 'AADSTS';

/**
 * Whole-input spellings: `50070`, `AADSTS50070`, ` aadsts 50070 `, `AADSTS-50070`,
 * `#50070`, and `AADSTS50070: The reply URL…` (a pasted error line).
 * With the prefix any 4–8 digits count (so a mistyped code gets an answer);
 * a bare number must be 5–7 digits, the length of every known code, so a
 * year or a port number is not taken for a code.
 */
const PREFIXED_AT_START = /^[#\s]*aadsts[\s_:#-]*(\d{4,8})(?!\d)/i;
const BARE_AT_START = /^[#\s]*(\d{5,7})(?![\d\w])/;
/** A prefixed code anywhere in a text, e.g. inside a JSON error response. */
const PREFIXED_ANYWHERE = /aadsts[\s_-]?(\d{4,8})(?!\d)/gi;

/** Longest input we look at: a pasted page of text is cut, never scanned whole. */
export const MAX_LOOKUP_INPUT = 10_000;

/**
 * Returns the code's digits when the input, as typed or pasted, starts with a code
 * in any spelling; `null` otherwise.
 */
export function normalizeCode(input: string): CodeDigits | null {
  if (typeof input !== 'string') return null;
  const text = input.slice(0, MAX_LOOKUP_INPUT);
  const match = PREFIXED_AT_START.exec(text) ?? BARE_AT_START.exec(text);
  return match ? stripLeadingZeros(match[1]!) : null;
}

/** Every prefixed code in a text, in order of appearance, without duplicates. */
export function findPrefixedCodes(text: string): CodeDigits[] {
  const found: CodeDigits[] = [];
  for (const match of text.slice(0, 1_000_000).matchAll(PREFIXED_ANYWHERE)) {
    const code = stripLeadingZeros(match[1]!);
    if (!found.includes(code)) found.push(code);
  }
  return found;
}

/**
 * The codes a lookup box should offer for its input: the code the input starts with,
 * then any other prefixed codes in it.
 */
export function codesInQuery(input: string): CodeDigits[] {
  const text = input.slice(0, MAX_LOOKUP_INPUT);
  const first = normalizeCode(text);
  const rest = findPrefixedCodes(text).filter((code) => code !== first);
  return first ? [first, ...rest] : rest;
}

function stripLeadingZeros(digits: string): CodeDigits {
  const stripped = digits.replace(/^0+(?=\d)/, '');
  return stripped;
}

export function displayCode(code: CodeDigits): string {
  return `${CODE_PREFIX}${code}`;
}

/** Canonical path of an article, without the site's base URL. */
export function articlePath(code: CodeDigits): string {
  return `/errors/${displayCode(code)}`;
}

/** Short paths that redirect to an article: `/50070`, `/AADSTS50070`, `/aadsts50070`. */
export function aliasPaths(code: CodeDigits): string[] {
  return [`/${code}`, `/${displayCode(code)}`, `/${displayCode(code).toLowerCase()}`];
}

/** Microsoft's own lookup page for any code. */
export function officialLookupUrl(code: CodeDigits): string {
  return `https://login.microsoftonline.com/error?code=${encodeURIComponent(code)}`;
}

/** Numeric sort for code digits (`9002341` after `900144`). */
export function compareCodes(a: CodeDigits, b: CodeDigits): number {
  return Number(a) - Number(b) || a.localeCompare(b);
}

/**
 * The documented codes closest to an unknown one: same length first (codes of one
 * family share their leading digits), then by numeric distance.
 */
export function nearestCodes(
  code: CodeDigits,
  known: readonly CodeDigits[],
  count = 3,
): CodeDigits[] {
  const target = Number(code);
  return [...known]
    .filter((candidate) => candidate !== code)
    .sort((a, b) => {
      const lengthA = a.length === code.length ? 0 : 1;
      const lengthB = b.length === code.length ? 0 : 1;
      return (
        lengthA - lengthB ||
        Math.abs(Number(a) - target) - Math.abs(Number(b) - target) ||
        compareCodes(a, b)
      );
    })
    .slice(0, count);
}

/** A strict hash such as `#50070` or `#AADSTS50070` (nothing else may redirect). */
const STRICT_CODE_HASH = /^#?(?:aadsts)?(\d{4,8})$/i;

export function codeFromHash(hash: string): CodeDigits | null {
  const match = STRICT_CODE_HASH.exec(hash);
  return match ? stripLeadingZeros(match[1]!) : null;
}
