/**
 * Search helpers shared by the build (index keywords) and the browser (code-first
 * answers, result excerpts). Pure functions only.
 */
import {codesInQuery} from './codes';
import {analyzeErrorText} from './analyze';

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

/**
 * Every code a typed or pasted query holds: the code it starts with in any spelling,
 * then those the error-text parser finds (prefixed codes, `error_codes` lists,
 * `error?code=`, `Sign-in error code: …`), in order, once each.
 */
export function codesInText(query: string): string[] {
  const codes = codesInQuery(query);
  for (const {code} of analyzeErrorText(query.slice(0, 100_000)).codes) if (!codes.includes(code)) codes.push(code);
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
  for (const code of codesInText(trimmed)) {
    hits.push({code, label: labelOf(code), kind: codes.includes(code) ? 'documented' : 'unknown'});
  }
  // A bare number prefix (`5007`) lists the documented codes that start with it.
  if (hits.length === 0 && /^\d{3,6}$/.test(trimmed)) {
    for (const code of codes) if (code.startsWith(trimmed) && hits.length < limit) hits.push({code, label: labelOf(code), kind: 'documented'});
  }
  const word = /^[A-Za-z][A-Za-z0-9_]{5,}$/.test(trimmed) ? trimmed.toLowerCase() : undefined;
  if (word) {
    // The exact identifier first, then identifiers it begins.
    const matching = codes
      .map((code, index) => ({code, label: labels[index] ?? ''}))
      .filter(({label}) => /^[A-Za-z0-9_]+$/.test(label) && label.toLowerCase().startsWith(word))
      .sort((a, b) => Number(b.label.toLowerCase() === word) - Number(a.label.toLowerCase() === word));
    for (const {code, label} of matching) {
      if (hits.length < limit && !hits.some((hit) => hit.code === code)) hits.push({code, label, kind: 'documented'});
    }
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

/** Words that carry no meaning for ranking on their own. */
const STOP_WORDS = new Set(
  'a an and are as at be by can cannot cant could does doesnt dont error for from has have how i in is it its my no not of on or the this that to was were when why with'.split(' '),
);

/** Lower-case words, apostrophes dropped (doesn't → doesnt); `_` and `-` stay inside words. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}_-]+/u);
}

export function significantTerms(query: string): string[] {
  const words = wordsOf(query).filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return [...new Set(words)].slice(0, 8);
}

/** A full-text result as the index returns it: an id, a score, and its data on demand. */
export interface ScoredResult<Data = unknown> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

/**
 * Scores full-text candidates for a query of several words: each word's results are
 * normalised by that word's best score and summed, and pages holding every word get
 * a bonus (Pagefind alone returns only those, which is too strict for symptoms
 * described in the reader's own words). Returns the best `limit` candidates.
 */
export function mergeByTerms<T extends ScoredResult>(all: readonly T[], perTerm: readonly (readonly T[])[], limit = 20): {result: T; score: number}[] {
  const total = new Map<string, {result: T; score: number}>();
  const add = (results: readonly T[], weight: number, floor: number) => {
    const best = Math.max(...results.map((result) => result.score), Number.EPSILON);
    for (const result of results) {
      const entry = total.get(result.id) ?? {result, score: 0};
      entry.score += weight * (floor + (1 - floor) * (result.score / best));
      total.set(result.id, entry);
    }
  };
  for (const results of perTerm) add(results, 1, 0);
  add(all, ALL_WORDS_BONUS, 0.5);
  return [...total.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

const ALL_WORDS_BONUS = 1;
/**
 * Depth follows how often people meet a code (the article guide), so a longer
 * article is a prior for the likelier answer when the words fit several codes.
 */
const DEPTH_PRIOR = 3;

export function withDepthPrior<T>(candidates: readonly {result: T; score: number}[], wordCounts: readonly number[]): {result: T; score: number}[] {
  return candidates
    .map((candidate, index) => ({result: candidate.result, score: candidate.score + DEPTH_PRIOR * Math.log10(Math.max(wordCounts[index] ?? 10, 10))}))
    .sort((a, b) => b.score - a.score);
}

/** Lower case, apostrophes dropped, every run of other characters one space, padded. */
function phraseText(text: string): string {
  return ` ${text.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const PHRASE_BONUS = 2;

/**
 * A query of two or more words that appears as a phrase, stop words included, in a
 * candidate's title or summary ("tenant not found" in "Tenant not found: …") is the
 * reader quoting the error's own words; Pagefind scores words, not phrases.
 */
export function withPhraseBonus<T>(candidates: readonly {result: T; score: number}[], texts: readonly (readonly string[])[], query: string): {result: T; score: number}[] {
  const phrase = phraseText(query);
  if (phrase.trim().split(' ').length < 2) return [...candidates];
  return candidates.map((candidate, index) => ({
    result: candidate.result,
    score: candidate.score + ((texts[index] ?? []).some((text) => phraseText(text).includes(phrase)) ? PHRASE_BONUS : 0),
  }));
}

const COVERAGE_BONUS = 2;

/** A summary word and a query term match when one starts the other (user/users, app/application). */
function sameStem(word: string, term: string): boolean {
  const [short, long] = word.length <= term.length ? [word, term] : [term, word];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * How many of the query's significant words an article's title and summary hold: the
 * summary is the one-sentence answer, so a summary that says what the reader typed is
 * the likelier page when the body words tie (several articles mention guests, tenants
 * and accounts; the one whose summary is about an unredeemed invitation answers
 * "guest invitation not redeemed").
 */
export function withSummaryCoverage<T>(candidates: readonly {result: T; score: number}[], texts: readonly (readonly string[])[], query: string): {result: T; score: number}[] {
  const terms = significantTerms(query);
  if (terms.length < 2) return [...candidates];
  return candidates.map((candidate, index) => {
    const words = wordsOf((texts[index] ?? []).join(' '));
    const covered = terms.filter((term) => words.some((word) => sameStem(word, term))).length;
    return {result: candidate.result, score: candidate.score + (COVERAGE_BONUS * covered) / terms.length};
  });
}
