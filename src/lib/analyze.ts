/**
 * The error-text parser behind /analyze: finds the AADSTS codes, OAuth `error` values,
 * support IDs and look-alike codes in whatever people paste (a token response, a
 * redirect URL, an exception with its stack trace, a CLI message, a log, a sign-in log
 * export). Pure functions only: no React, no Docusaurus, no IO.
 *
 * Every regular expression here is linear: repetitions are bounded, and no repeated
 * group can match the same text in two ways, so a hostile paste cannot make one
 * backtrack. Whole-text passes run a fixed number of times, so the cost grows with
 * the length of the text and nothing else.
 */
import {normalizeCode} from './codes';

export type IdKind = 'traceId' | 'correlationId' | 'timestamp' | 'clientId' | 'tenant' | 'requestId';
export type LookAlikeKind = 'aadb2c' | 'msis' | 'idx' | 'msa' | 'http';

export interface FoundCode {
  code: string;
  /** offset in the normalised text */
  index: number;
  /** the spelling as found, e.g. "AADSTS50011" or "70011" */
  raw: string;
}

export interface FoundId {
  kind: IdKind;
  value: string;
}

export interface LookAlike {
  kind: LookAlikeKind;
  value: string;
  /** one plain sentence: what it is and where it belongs */
  explanation: string;
  /** where to look instead */
  pointer: {label: string; url: string};
}

export interface Analysis {
  codes: FoundCode[];
  oauthErrors: string[];
  ids: FoundId[];
  lookAlikes: LookAlike[];
  truncated: boolean;
}

/** Longest paste we read; the rest is cut and `truncated` says so. */
export const MAX_ANALYZE_INPUT = 2_000_000;

// ---------------------------------------------------------------------------
// Normalising: encoded forms become plain text, so one set of patterns finds them.
// Every step only shortens the text, so the normalised text is never longer than the paste.
// ---------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' '};
const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|amp|lt|gt|apos|nbsp));/gi;

/** Error pages and form_post responses arrive as HTML: `&quot;`, `&#39;`, `&#13;&#10;`. */
function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(HTML_ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const point = decimal ? Number(decimal) : parseInt(hex!, 16);
    return point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : entity;
  });
}

/**
 * A token response logged inside another JSON string arrives escaped once or more:
 * `\"error_codes\":[50076]`, `\\u0022`, `\\r\\n`, `https:\/\/login…`. A run of up to
 * eight backslashes counts as one escape, which covers three levels of nesting.
 */
const JSON_ESCAPE = /\\{1,8}(?:u([0-9a-fA-F]{4})|(["'/rnt]))/g;
const ESCAPED_CHARACTER: Record<string, string> = {r: '\r', n: '\n', t: '\t'};

function decodeJsonEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(JSON_ESCAPE, (_, hex?: string, character?: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : (ESCAPED_CHARACTER[character!] ?? character!),
  );
}

const PERCENT_RUN = /(?:%[0-9a-fA-F]{2}){1,4096}/g;
const PERCENT_BYTE = /%([0-9a-fA-F]{2})/g;
const utf8 = new TextDecoder('utf-8');

/** `%3a`, `%0d%0a`, `%E2%80%99`; bytes that are not UTF-8 become U+FFFD instead of an exception. */
function decodePercentRuns(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(PERCENT_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    let at = 0;
    for (const match of run.matchAll(PERCENT_BYTE)) bytes[at++] = parseInt(match[1]!, 16);
    return utf8.decode(bytes);
  });
}

/**
 * `key=value` pairs of a query string or fragment (`?error=…&error_description=…`).
 * In a value that is URL-encoded (it holds a `%XX`), `+` stands for a space; elsewhere
 * a `+` is left alone, so `+01:00` in a timestamp or `C++` in a log stays as it is.
 */
const QUERY_PAIR = /(^|[?#&;\s"'(])([A-Za-z_][\w.-]{0,63})=([^\s&#"'<>]{1,16384})/g;
const HAS_PERCENT_ESCAPE = /%[0-9a-fA-F]{2}/;

function decodeQueryValues(text: string): string {
  if (!text.includes('=')) return text;
  return text.replace(QUERY_PAIR, (pair, lead: string, key: string, value: string) =>
    HAS_PERCENT_ESCAPE.test(value) ? `${lead}${key}=${decodePercentRuns(value.replace(/\+/g, ' '))}` : pair,
  );
}

/**
 * The text the parser reads, and the one `FoundCode.index` points into: HTML entities,
 * JSON escapes and URL encoding decoded. Never throws, whatever the input.
 */
export function normalizeErrorText(text: string): string {
  let out = decodeHtmlEntities(text);
  out = decodeJsonEscapes(out);
  out = decodeQueryValues(out);
  out = decodePercentRuns(out);
  // URL-encoded JSON (`%7B%22error%22…%5C%22`) only shows its escapes after URL decoding.
  return decodeJsonEscapes(out);
}

// ---------------------------------------------------------------------------
// Shared pieces.
// ---------------------------------------------------------------------------

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const IS_GUID = new RegExp(`^${GUID}$`);
const GUID_ANYWHERE = new RegExp(`${GUID}(?![0-9a-fA-F-])`, 'g');
/** `contoso.onmicrosoft.com`, `contoso.com`: a host name of at least two labels. */
const DOMAIN = '[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\\.[A-Za-z0-9-]{1,63}){1,6}';
const IS_DOMAIN = new RegExp(`^${DOMAIN}$`);
/** `2016-01-09 02:02:12Z`, `2024-01-01T10:00:00.0000000Z`, and the US form the portal shows: `5/2/2024, 8:15:01 AM`. */
const TIMESTAMP =
  '(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,7})?)?)?(?: ?(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?' +
  '|\\d{1,2}/\\d{1,2}/\\d{4},? \\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,7})?)?(?: ?[AP]M)?)';
const IS_TIMESTAMP = new RegExp(`^${TIMESTAMP}$`);
/**
 * Between a label and its value: a closing quote, padding (PowerShell lists pad to 40),
 * `:`, `=`, `==` or "is", then an opening quote or bracket. Each piece is optional and
 * bounded, and the padding before the separator cannot also be taken after it.
 */
const SEPARATOR = `["']?[ \\t]{0,40}(?:(?:[:=]{1,2}|\\bis\\b)[ \\t]{0,3})?["'({\\[<]?[ \\t]{0,2}`;

/** Authority path segments that name an endpoint, not a tenant. */
const NOT_A_TENANT = new Set(['common', 'organizations', 'consumers']);

interface Positioned<T> {
  index: number;
  item: T;
}

/** Lower-cased before `from`: a short look back to tell `client-request-id` from `request-id`. */
function before(text: string, from: number, length: number): string {
  return text.slice(Math.max(0, from - length), from).toLowerCase();
}

// ---------------------------------------------------------------------------
// Codes.
// ---------------------------------------------------------------------------

const PREFIX = /aadsts/gi;
const PREFIXED_SPELLING = /^aadsts[\s_:#-]{0,40}\d{1,9}/i;
/** How far after `AADSTS` a spelling may reach (separators, then up to eight digits). */
const PREFIXED_WINDOW = 64;

/** Every `AADSTS…` in any spelling; codes.ts decides what counts as a code. */
function prefixedCodes(text: string): Positioned<FoundCode>[] {
  const found: Positioned<FoundCode>[] = [];
  for (const match of text.matchAll(PREFIX)) {
    let span = text.slice(match.index, match.index + PREFIXED_WINDOW);
    // A code never continues on the next line (`AADSTS` then a date on the next one is not a code).
    const lineEnd = span.search(/[\r\n]/);
    if (lineEnd >= 0) span = span.slice(0, lineEnd);
    const code = normalizeCode(span);
    if (!code) continue;
    found.push({index: match.index, item: {code, index: match.index, raw: PREFIXED_SPELLING.exec(span)![0]}});
  }
  return found;
}

/** A bare number is a code only where the text says so. */
const ERROR_CODES_LIST = /error_?codes["']?[ \t]{0,8}[:=][ \t]{0,8}\[([\d,\s"']{1,400})/gi;
const LOOKUP_URL = /error\?code=(\d{1,9})/gi;
const LABELLED_CODE = /(?:error[ _-]?code|result[ _-]?type)["']?[ \t]{0,20}(?:(?:[:=]{1,2}|\bis\b)[ \t]{0,3})?["']?(\d{1,9})/gi;
const DIGITS = /\d{1,9}/g;

function bareCode(text: string, index: number): Positioned<FoundCode> | null {
  // normalizeCode looks at what follows the digits too (`70011abc` is not a code).
  const span = text.slice(index, index + 12);
  const code = normalizeCode(span);
  return code ? {index, item: {code, index, raw: /^\d+/.exec(span)![0]}} : null;
}

function contextualCodes(text: string): Positioned<FoundCode>[] {
  const found: Positioned<FoundCode>[] = [];
  const add = (hit: Positioned<FoundCode> | null) => hit && found.push(hit);
  // "error_codes": [70011, 50126] in a token response, a Python dict, an MSAL.js object.
  for (const match of text.matchAll(ERROR_CODES_LIST)) {
    const listStart = match.index + match[0].length - match[1]!.length;
    for (const number of match[1]!.matchAll(DIGITS)) add(bareCode(text, listStart + number.index));
  }
  // error_uri: https://login.microsoftonline.com/error?code=70011, Microsoft's lookup page.
  for (const match of text.matchAll(LOOKUP_URL)) add(bareCode(text, match.index + match[0].length - match[1]!.length));
  // "Sign-in error code: 50126", "Error Code: 53003", "errorCode": 50126 (Graph signIn), ResultType == "50126" (KQL).
  for (const match of text.matchAll(LABELLED_CODE)) add(bareCode(text, match.index + match[0].length - match[1]!.length));
  return found;
}

// ---------------------------------------------------------------------------
// Tables: a sign-in log exported as CSV, or rows copied from Log Analytics (tabs).
// ---------------------------------------------------------------------------

/** `user` columns are read only to mask them. */
type Column = IdKind | 'code' | 'user';

/** Header cells we read, in the portal's export and in the SigninLogs table. */
function columnOf(header: string): Column | null {
  const name = header
    .toLowerCase()
    .replace(/\s*[[(]utc[\])]\s*$/, '')
    .replace(/[\s_-]/g, '');
  if (['signinerrorcode', 'errorcode', 'resulttype', 'status.errorcode'].includes(name)) return 'code';
  if (['correlationid'].includes(name)) return 'correlationId';
  if (['requestid', 'originalrequestid'].includes(name)) return 'requestId';
  if (['traceid'].includes(name)) return 'traceId';
  if (['applicationid', 'appid', 'clientid'].includes(name)) return 'clientId';
  if (['tenantid', 'resourcetenantid', 'hometenantid', 'aadtenantid'].includes(name)) return 'tenant';
  if (['date', 'timegenerated', 'createddatetime', 'timestamp'].includes(name)) return 'timestamp';
  if (['userid', 'userobjectid', 'objectid', 'oid'].includes(name)) return 'user';
  return null;
}

/** A header names one of the columns above; its line is only parsed then. */
const TABLE_HINT = /error ?code|result ?type|correlation ?id|request ?id/gi;
const MAX_TABLE_LINE = 20_000;
const MAX_TABLE_ROWS = 10_000;

/** Cells of one delimited line with their offsets; `"…"` quoting as in CSV. Linear. */
function splitCells(line: string, delimiter: string): {text: string; offset: number}[] {
  const cells: {text: string; offset: number}[] = [];
  let start = 0;
  while (start <= line.length) {
    let end: number;
    if (line[start] === '"') {
      let text = '';
      end = start + 1;
      for (;;) {
        const quote = line.indexOf('"', end);
        if (quote < 0) {
          text += line.slice(end);
          end = line.length;
          break;
        }
        text += line.slice(end, quote);
        end = quote + 1;
        if (line[end] !== '"') break;
        text += '"';
        end += 1;
      }
      cells.push({text, offset: start + 1});
    } else {
      const next = line.indexOf(delimiter, start);
      end = next < 0 ? line.length : next;
      cells.push({text: line.slice(start, end), offset: start});
    }
    const next = line.indexOf(delimiter, end);
    if (next < 0) break;
    start = next + 1;
  }
  return cells;
}

/** Offsets where lines start, and a binary search over them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineOf(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lineAt(text: string, starts: readonly number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
  return text.slice(starts[line], end).replace(/\r$/, '');
}

interface TableFinds {
  codes: Positioned<FoundCode>[];
  ids: Positioned<FoundId>[];
  /** User object IDs, lower-cased. */
  users: string[];
}

/** Values under the columns we know, in the rows below a header, until a blank line. */
function tableValues(text: string): TableFinds {
  const finds: TableFinds = {codes: [], ids: [], users: []};
  if (!text.includes('\t') && !text.includes(',')) return finds;
  let starts: number[] | null = null;
  let nextLine = 0;
  for (const hint of text.matchAll(TABLE_HINT)) {
    starts ??= lineStarts(text);
    const line = lineOf(starts, hint.index);
    if (line < nextLine) continue;
    nextLine = line + 1;
    const header = lineAt(text, starts, line);
    if (header.length > MAX_TABLE_LINE) continue;
    const delimiter = header.split('\t', 3).length >= 3 ? '\t' : ',';
    const columns = splitCells(header, delimiter).map((cell) => columnOf(cell.text.trim()));
    if (columns.length < 3 || !columns.some(Boolean)) continue;
    let row = line + 1;
    for (; row < starts.length && row <= line + MAX_TABLE_ROWS; row += 1) {
      const source = lineAt(text, starts, row);
      if (!source.trim() || source.length > MAX_TABLE_LINE) break;
      const cells = splitCells(source, delimiter);
      if (cells.length < 2) break;
      cells.forEach((cell, column) => {
        const kind = columns[column];
        const value = cell.text.trim();
        if (!kind || !value) return;
        const index = starts![row]! + cell.offset + cell.text.indexOf(value);
        if (kind === 'code') {
          const hit = /^\d{1,9}$/.test(value) ? bareCode(text, index) : null;
          if (hit) finds.codes.push(hit);
        } else if (kind === 'user') {
          if (IS_GUID.test(value)) finds.users.push(value.toLowerCase());
        } else {
          const id = idValue(kind, value);
          if (id) finds.ids.push({index, item: {kind, value: id}});
        }
      });
    }
    nextLine = row;
  }
  return finds;
}

// ---------------------------------------------------------------------------
// IDs.
// ---------------------------------------------------------------------------

/** The value as reported, or null when it does not fit the kind (a trace ID is always a GUID). */
function idValue(kind: IdKind, raw: string): string | null {
  const value = raw.trim();
  if (kind === 'timestamp') return IS_TIMESTAMP.test(value) ? value : null;
  if (IS_GUID.test(value)) return value.toLowerCase();
  if (kind !== 'tenant') return null;
  if (NOT_A_TENANT.has(value.toLowerCase())) return null;
  return IS_DOMAIN.test(value) ? value.toLowerCase() : null;
}

/**
 * Labels whose value is a GUID. `Request Id` on the sign-in page is the trace ID under
 * another name; it is reported as requestId, like the `x-ms-request-id` header.
 */
const LABELLED_GUID = new RegExp(
  '(trace[ _+-]?id|correlation[ _+-]?id|(?:x-ms-)?request[ _+-]?id|client[ _+-]?id|' +
    'app(?:lication)? with (?:id|identifier)|app(?:lication)?[ _+-]?id|app(?:lication)?|tenant(?:[ _+-]?id)?|directory)' +
    `(?![A-Za-z])${SEPARATOR}(${GUID})(?![0-9a-fA-F-])`,
  'gi',
);

function kindOfLabel(label: string): IdKind {
  const name = label.toLowerCase();
  if (name.startsWith('trace')) return 'traceId';
  if (name.startsWith('correlation')) return 'correlationId';
  if (name.includes('request')) return 'requestId';
  if (name.startsWith('tenant') || name === 'directory') return 'tenant';
  return 'clientId';
}

const LABELLED_TIMESTAMP = new RegExp(`(?:timestamp|timegenerated|createddatetime|date)(?![A-Za-z])${SEPARATOR}(${TIMESTAMP})`, 'gi');
/** `Tenant 'contoso.onmicrosoft.com' not found`, `in tenant 'Contoso'`, `the directory 'Contoso'`. */
const QUOTED_TENANT = /(tenant(?:[ _-]?id)?|directory)(?![A-Za-z])["']?[ \t]{0,20}(?:[:=][ \t]{0,3})?(['"])([^'"\r\n]{1,120})\2/gi;
const LABELLED_TENANT_DOMAIN = new RegExp(`tenant(?:[ _-]?id)?["']?[ \\t]{0,20}[:=][ \\t]{0,3}["']?(${DOMAIN})`, 'gi');
/** The tenant in an authority or issuer URL: `login.microsoftonline.com/<tenant>/…`, `sts.windows.net/<tenant>/`. */
const AUTHORITY_TENANT = new RegExp(
  `(?:login\\.microsoftonline\\.(?:com|us|de)|login\\.windows\\.net|sts\\.windows\\.net|login\\.partner\\.microsoftonline\\.cn|login\\.chinacloudapi\\.cn)/(${GUID}|${DOMAIN})(?=[/'"\\s?#]|$)`,
  'gi',
);
/** Any host then `/<tenant>/oauth2/`: B2C and custom domains too. */
const OAUTH2_TENANT = new RegExp(`/(${GUID}|${DOMAIN})/oauth2/`, 'gi');
/** A log line that starts with its time and holds an AADSTS code: `2024-05-02 08:15:01Z ERROR AADSTS700024: …`. */
const LINE_TIMESTAMP = new RegExp(`[ \\t]{0,8}\\[?(${TIMESTAMP})`, 'y');

function labelledIds(text: string): Positioned<FoundId>[] {
  const found: Positioned<FoundId>[] = [];
  const add = (index: number, kind: IdKind, raw: string) => {
    const value = idValue(kind, raw);
    if (value) found.push({index, item: {kind, value}});
  };
  for (const match of text.matchAll(LABELLED_GUID)) {
    const kind = kindOfLabel(match[1]!);
    // `client-request-id` is the caller's own ID, not the service's request ID;
    // `resourceAppId` names the API being called, not the client.
    if (kind === 'requestId' && /client[ _-]?$/.test(before(text, match.index, 7))) continue;
    if (kind === 'clientId' && before(text, match.index, 8).endsWith('resource')) continue;
    add(match.index + match[0].length - match[2]!.length, kind, match[2]!);
  }
  for (const match of text.matchAll(LABELLED_TIMESTAMP)) add(match.index + match[0].length - match[1]!.length, 'timestamp', match[1]!);
  for (const match of text.matchAll(QUOTED_TENANT)) {
    const value = match[3]!.trim();
    const index = match.index + match[0].length - match[3]!.length - 1;
    // `"error":"invalid_tenant","…"` is an error value, not a label followed by a name.
    if (/[A-Za-z0-9_]$/.test(before(text, match.index, 1)) || !/[A-Za-z0-9]/.test(value)) continue;
    if (IS_GUID.test(value) || IS_DOMAIN.test(value)) add(index, 'tenant', value);
    else if (value && !NOT_A_TENANT.has(value.toLowerCase())) found.push({index, item: {kind: 'tenant', value}});
  }
  for (const regex of [LABELLED_TENANT_DOMAIN, AUTHORITY_TENANT, OAUTH2_TENANT]) {
    for (const match of text.matchAll(regex)) {
      const value = match[1]!;
      // The host itself (`login.microsoftonline.com/oauth2/…`) is not a tenant.
      if (/^(?:login|sts)\./i.test(value)) continue;
      add(match.index + match[0].length - value.length - (regex === OAUTH2_TENANT ? '/oauth2/'.length : 0), 'tenant', value);
    }
  }
  return found;
}

/** Timestamps that lead the lines holding the AADSTS codes found. One pass over the line ends. */
function lineTimestamps(text: string, codes: readonly Positioned<FoundCode>[]): Positioned<FoundId>[] {
  const found: Positioned<FoundId>[] = [];
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let checked = -1;
  for (const {index} of codes) {
    while (nextBreak !== -1 && nextBreak < index) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    if (lineStart === checked) continue;
    checked = lineStart;
    LINE_TIMESTAMP.lastIndex = lineStart;
    const match = LINE_TIMESTAMP.exec(text);
    if (match && match.index + match[0].length <= index) found.push({index: lineStart, item: {kind: 'timestamp', value: match[1]!}});
  }
  return found;
}

// ---------------------------------------------------------------------------
// OAuth errors.
// ---------------------------------------------------------------------------

/** RFC 6749, RFC 8628 (device code), OpenID Connect and the values Entra ID adds. */
const OAUTH_ERROR_VALUES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
  'invalid_resource',
  'invalid_tenant',
  'invalid_token',
  'insufficient_scope',
  'authorization_pending',
  'authorization_declined',
  'bad_verification_code',
  'slow_down',
  'expired_token',
  'invalid_dpop_proof',
  'use_dpop_nonce',
]);

/**
 * `"error": "invalid_grant"`, `error=invalid_grant`, `Error: invalid_grant`, MSAL.NET
 * `ErrorCode: invalid_grant`, `Code: invalid_grant`, MSAL.js `ServerError: invalid_grant:`.
 * Only known values count, so `Error: something_else` is not taken for one.
 */
const OAUTH_LABELLED = /(?:error|code)(?:_?(?:code|type))?["']?[ \t]{0,20}[:=][ \t]{0,3}["']?([A-Za-z][A-Za-z_]{2,39})(?![A-Za-z_])/gi;
/** Azure Identity: `ClientSecretCredential.get_token failed: (invalid_client) AADSTS7000215: …`. */
const OAUTH_PARENTHESISED = /\(([A-Za-z][A-Za-z_]{2,39})\)[ \t]/g;
/** response_mode=form_post: `<input type="hidden" name="error" value="invalid_request" />`. */
const OAUTH_FORM_FIELD = /name=["']?error["']?[ \t]{1,20}value=["']?([A-Za-z][A-Za-z_]{2,39})/gi;

function oauthErrors(text: string): Positioned<string>[] {
  const found: Positioned<string>[] = [];
  for (const regex of [OAUTH_LABELLED, OAUTH_PARENTHESISED, OAUTH_FORM_FIELD]) {
    for (const match of text.matchAll(regex)) {
      const value = match[1]!.toLowerCase();
      if (!OAUTH_ERROR_VALUES.has(value)) continue;
      // `suberror: consent_required` qualifies the error; it is not the error itself.
      if (regex === OAUTH_LABELLED && /sub[_-]?$/.test(before(text, match.index, 4))) continue;
      found.push({index: match.index + match[0].length - match[1]!.length, item: value});
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Look-alikes: codes that are not AADSTS, and where they belong.
// ---------------------------------------------------------------------------

const LOOK_ALIKE_CODE = /\b(?:AADB2C\d{5,6}|MSIS\d{4,5}|IDX\d{5})(?!\d)/gi;
/** Microsoft account (consumer) HRESULTs: 0x80048xxx from the sign-in service, 0x80860xxx from Windows' online ID. */
const MSA_HRESULT = /\b0x8(?:0048[0-9a-fA-F]{3}|0860[0-9a-fA-F]{3})(?![0-9a-fA-F])/gi;
const MSA_HOST = /login\.live\.com/i;
/** Only a status that the text labels as one: `HTTP 401`, `HTTP/1.1 429`, `Status: 400 (Bad Request)`, `status code 429`. */
const HTTP_STATUS =
  /(?:\bHTTP(?:\/\d(?:\.\d)?)?(?:[ _-]?(?:status|error|response))?(?:[ _-]?code)?|\bstatus(?:[ _-]?code)?|does not indicate success)["']?[ \t]{0,3}(?:[:=][ \t]{0,3})?["']?([45]\d{2})(?![\d.])/gi;

const B2C_POINTER = {label: 'Azure AD B2C error codes', url: 'https://learn.microsoft.com/en-us/azure/active-directory-b2c/error-codes'};
const ADFS_POINTER = {label: 'Troubleshoot AD FS', url: 'https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/troubleshooting/ad-fs-tshoot-overview'};
const IDX_POINTER = {label: 'Microsoft.IdentityModel.Tokens reference', url: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens'};
const MSA_POINTER = {label: 'Web Account Manager (WAM) errors in MSAL.NET', url: 'https://learn.microsoft.com/en-us/entra/msal/dotnet/advanced/exceptions/wam-errors'};
const HTTP_POINTER = {label: 'Microsoft Graph error responses and HTTP status codes', url: 'https://learn.microsoft.com/en-us/graph/errors'};
const THROTTLING_POINTER = {label: 'Microsoft Graph throttling guidance', url: 'https://learn.microsoft.com/en-us/graph/throttling'};

const HTTP_MEANING: Record<string, string> = {
  '400': 'the request was malformed or invalid',
  '401': 'the caller was not authenticated or its token was rejected',
  '403': 'the caller was authenticated but is not allowed',
  '404': 'the address or the resource does not exist',
  '405': 'the HTTP method is not allowed there',
  '409': 'the request conflicts with the current state',
  '429': 'the caller sent too many requests and is being throttled',
  '500': 'the server failed while handling the request',
  '502': 'a gateway got no valid answer from the server behind it',
  '503': 'the service is temporarily unavailable',
  '504': 'a gateway timed out waiting for the server behind it',
};

function lookAlike(kind: LookAlikeKind, value: string): LookAlike {
  switch (kind) {
    case 'aadb2c':
      return {
        kind,
        value,
        explanation: `${value} comes from Azure AD B2C (a customer-identity tenant and its user flows or custom policies), not from Microsoft Entra ID sign-in, so it has no AADSTS article.`,
        pointer: B2C_POINTER,
      };
    case 'msis':
      return {
        kind,
        value,
        explanation: `${value} comes from Active Directory Federation Services (AD FS), the on-premises federation server, and is explained by the AD FS event logs rather than by Microsoft Entra ID.`,
        pointer: ADFS_POINTER,
      };
    case 'idx':
      return {
        kind,
        value,
        explanation: `${value} comes from the Microsoft.IdentityModel libraries that validate tokens inside your own app or API: the token was issued, then rejected by your code's validation, not by Microsoft Entra ID.`,
        pointer: IDX_POINTER,
      };
    case 'msa':
      return {
        kind,
        value,
        explanation:
          value === 'login.live.com'
            ? 'This error comes from login.live.com, the sign-in service for personal Microsoft accounts, which does not use AADSTS codes.'
            : `${value} is a Microsoft account (personal, consumer) sign-in error from Windows or login.live.com, not a Microsoft Entra work or school sign-in error.`,
        pointer: MSA_POINTER,
      };
    case 'http':
      return {
        kind,
        value,
        explanation: `HTTP ${value} is the status of an HTTP response (${HTTP_MEANING[value] ?? (value.startsWith('4') ? 'the request was refused' : 'the server failed')}), not an AADSTS code; when a sign-in request fails, the AADSTS code in the response body says why.`,
        pointer: value === '429' ? THROTTLING_POINTER : HTTP_POINTER,
      };
  }
}

function lookAlikes(text: string, hasCodes: boolean): Positioned<LookAlike>[] {
  const found: Positioned<LookAlike>[] = [];
  for (const match of text.matchAll(LOOK_ALIKE_CODE)) {
    const value = match[0].toUpperCase();
    const kind: LookAlikeKind = value.startsWith('AADB2C') ? 'aadb2c' : value.startsWith('MSIS') ? 'msis' : 'idx';
    found.push({index: match.index, item: lookAlike(kind, value)});
  }
  for (const match of text.matchAll(MSA_HRESULT)) found.push({index: match.index, item: lookAlike('msa', `0x${match[0].slice(2).toLowerCase()}`)});
  // A personal-account error carries no AADSTS code; with one, login.live.com is only a URL in passing.
  const live = hasCodes ? null : MSA_HOST.exec(text);
  if (live && /error/i.test(text)) found.push({index: live.index, item: lookAlike('msa', 'login.live.com')});
  for (const match of text.matchAll(HTTP_STATUS)) found.push({index: match.index + match[0].length - 3, item: lookAlike('http', match[1]!)});
  return found;
}

// ---------------------------------------------------------------------------
// The analysis.
// ---------------------------------------------------------------------------

/** In order of appearance, the first of each key. */
function ordered<T>(hits: Positioned<T>[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const items: T[] = [];
  for (const {item} of [...hits].sort((a, b) => a.index - b.index)) {
    const id = key(item);
    if (seen.has(id)) continue;
    seen.add(id);
    items.push(item);
  }
  return items;
}

/**
 * Everything useful in a pasted error text, each list in order of appearance without
 * duplicates. Input longer than MAX_ANALYZE_INPUT is cut (`truncated`). Never throws.
 */
export function analyzeErrorText(input: string): Analysis {
  const source = typeof input === 'string' ? input : '';
  const truncated = source.length > MAX_ANALYZE_INPUT;
  const text = normalizeErrorText(truncated ? source.slice(0, MAX_ANALYZE_INPUT) : source);
  const prefixed = prefixedCodes(text);
  const table = tableValues(text);
  const codes = ordered([...prefixed, ...contextualCodes(text), ...table.codes], (hit) => hit.code);
  const ids = ordered([...labelledIds(text), ...table.ids, ...lineTimestamps(text, prefixed)], (id) => `${id.kind}:${id.value}`);
  return {
    codes,
    oauthErrors: ordered(oauthErrors(text), (value) => value),
    ids,
    lookAlikes: ordered(lookAlikes(text, codes.length > 0), (item) => `${item.kind}:${item.value}`),
    truncated,
  };
}

// ---------------------------------------------------------------------------
// Masking before a paste is shared.
// ---------------------------------------------------------------------------

/**
 * `alice@contoso.com`, a guest UPN `alice_fabrikam.com#EXT#@contoso.onmicrosoft.com`,
 * `login_hint=alice%40contoso.com`. Found from each `@` outwards rather than by one
 * regex, so a long run of name characters is walked once, not once per position.
 */
const AT_SIGN = /@|%40/g;
const EMAIL_DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y;
const EMAIL_LOCAL_CHARACTER = /[A-Za-z0-9._%+#-]/;
const MAX_EMAIL_LOCAL = 256;

function maskEmails(text: string): string {
  let masked = '';
  let done = 0;
  for (const at of text.matchAll(AT_SIGN)) {
    if (at.index < done) continue;
    EMAIL_DOMAIN.lastIndex = at.index + at[0].length;
    if (!EMAIL_DOMAIN.exec(text)) continue;
    let start = at.index;
    while (start > done && at.index - start < MAX_EMAIL_LOCAL && EMAIL_LOCAL_CHARACTER.test(text[start - 1]!)) start -= 1;
    if (start === at.index) continue;
    masked += `${text.slice(done, start)}[email]`;
    done = EMAIL_DOMAIN.lastIndex;
  }
  return masked + text.slice(done);
}

/** GUIDs labelled as a user's object ID. */
const USER_GUID = new RegExp(`(oid|object[ _-]?id|user[ _-]?(?:object[ _-]?)?id)(?![A-Za-z])${SEPARATOR}(${GUID})(?![0-9a-fA-F-])`, 'gi');

/**
 * Masks what identifies a person: e-mail addresses and UPNs, and user object IDs (GUIDs
 * labelled `oid`, `objectId`, `object ID`, `userId`, `user_id`, or in a User ID column)
 * wherever the same GUID appears. Trace, correlation, request, client and tenant IDs are kept: support needs them.
 */
export function maskPersonalData(text: string): string {
  if (typeof text !== 'string') return '';
  const userIds = new Set<string>();
  for (const match of text.matchAll(USER_GUID)) {
    // `void`, `Android`: only a whole word is a label.
    if (/[A-Za-z]$/.test(text.slice(Math.max(0, match.index - 1), match.index)) && match[1]!.toLowerCase() === 'oid') continue;
    userIds.add(match[2]!.toLowerCase());
  }
  // The User ID column of a sign-in log export.
  for (const id of tableValues(text).users) userIds.add(id);
  // A GUID that the text also labels as a support ID is never masked.
  for (const {item} of labelledIds(text)) userIds.delete(item.value);
  const masked = userIds.size ? text.replace(GUID_ANYWHERE, (guid) => (userIds.has(guid.toLowerCase()) ? '[user-id]' : guid)) : text;
  return maskEmails(masked);
}
