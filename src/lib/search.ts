/**
 * Search helpers shared by the build (index keywords) and the browser (code-first
 * answers, result excerpts). Pure functions only.
 */
import {codesInQuery} from './codes';

/** `SignoutUnknownSessionIdentifier` → `Signout Unknown Session Identifier`; `MsaError_X` → `Msa Error X`. */
export function splitIdentifier(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Extra words each article indexes so prefix matching finds its number and name parts. */
export function searchKeywords(code: string, name: string): string {
  return [code, `AADSTS${code}`, name, name ? splitIdentifier(name) : ''].filter(Boolean).join(' ');
}

export interface CodeHit {
  code: string;
  label: string;
  /** `documented`: has an article; `unknown`: looks like a code but has none. */
  kind: 'documented' | 'unknown';
}

/** Every code in a pasted JSON/query string, including bare `error_codes` lists and `error?code=`. */
function codesIn(query: string): string[] {
  const codes = codesInQuery(query);
  const text = query.slice(0, 100_000);
  const bare = [
    ...[...text.matchAll(/"error_codes"\s*:\s*\[([\d,\s]{1,200})\]/g)].flatMap((match) => match[1]!.split(',')),
    ...[...text.matchAll(/[?&]code=(\d{4,8})\b/g)].map((match) => match[1]!),
  ];
  for (const raw of bare) {
    const code = raw.trim();
    if (/^\d{4,8}$/.test(code) && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * The code-first answer for a query, from the compact code list alone: codes in any
 * spelling (also inside a pasted line or JSON), then identifiers typed as such
 * (`SignoutUnknownSessionIdentifier`, or a prefix of one of at least 6 letters).
 */
export function codeHits(query: string, codes: readonly string[], labels: readonly string[], limit = 8): CodeHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const hits: CodeHit[] = [];
  const labelOf = (code: string) => labels[codes.indexOf(code)] ?? '';
  for (const code of codesIn(trimmed)) {
    hits.push({code, label: labelOf(code), kind: codes.includes(code) ? 'documented' : 'unknown'});
  }
  // A bare number prefix (`5007`) lists the documented codes that start with it.
  if (hits.length === 0 && /^\d{3,6}$/.test(trimmed)) {
    for (const code of codes) if (code.startsWith(trimmed) && hits.length < limit) hits.push({code, label: labelOf(code), kind: 'documented'});
  }
  const word = /^[A-Za-z][A-Za-z0-9_]{5,}$/.test(trimmed) ? trimmed.toLowerCase() : undefined;
  if (word) {
    codes.forEach((code, index) => {
      const label = labels[index] ?? '';
      if (hits.length < limit && /^[A-Za-z0-9_]+$/.test(label) && label.toLowerCase().startsWith(word) && !hits.some((hit) => hit.code === code)) {
        hits.push({code, label, kind: 'documented'});
      }
    });
  }
  return hits.slice(0, limit);
}

/** True when the query is only a code (so Enter should open it without full-text search). */
export function isCodeOnly(query: string): boolean {
  return /^\s*#?(?:aadsts)?[\s_:#-]*\d{4,8}[\s:.]*$/i.test(query);
}

export type ExcerptPart = {text: string; mark: boolean};

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' '};

/**
 * Pagefind returns excerpts as HTML with `<mark>` around matches. We render them as
 * text parts instead of injecting HTML: any other tag is dropped, entities decoded.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
      if (text) parts.push({text, mark});
    }
  }
  return parts;
}
