import {useCallback, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {mergeByTerms, significantTerms, withDepthPrior, withPhraseBonus, withSummaryCoverage, type ScoredResult} from '@site/src/lib/search';

/** The part of Pagefind's browser API we use (pagefind.js, written by the build). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: {title?: string; code?: string; summary?: string};
  filters: Record<string, string[]>;
  word_count?: number;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: {filters?: Record<string, string>}): Promise<{results: ScoredResult<PagefindResultData>[]} | null>;
}

export type IndexState = 'idle' | 'loading' | 'ready' | 'error';

let loading: Promise<PagefindApi> | null = null;

function load(bundleUrl: string, baseUrl: string): Promise<PagefindApi> {
  loading ??= (import(/* webpackIgnore: true */ /* @vite-ignore */ bundleUrl) as Promise<PagefindApi>)
    .then(async (api) => {
      // No penalty for long pages: the common codes have the longest articles.
      await api.options({baseUrl, excerptLength: 22, ranking: {pageLength: 0}});
      await api.init();
      return api;
    })
    .catch((error: unknown) => {
      loading = null; // let a later search try again
      throw error;
    });
  return loading;
}

/**
 * Lazy full-text search: the index (build/pagefind/) is fetched on first use only,
 * so pages and the code lookup never pay for it.
 */
export function usePagefind(): {
  state: IndexState;
  error: string | null;
  search: (query: string, filters: Record<string, string>, limit: number) => Promise<PagefindResultData[]>;
} {
  const baseUrl = useBaseUrl('/');
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const [state, setState] = useState<IndexState>(loading ? 'ready' : 'idle');
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    async (query: string, filters: Record<string, string>, limit: number) => {
      setState((current) => (current === 'ready' ? current : 'loading'));
      let api: PagefindApi;
      try {
        api = await load(bundleUrl, baseUrl);
      } catch {
        setState('error');
        setError(
          process.env.NODE_ENV === 'development'
            ? 'The full-text index is built by "npm run build"; the dev server has none. Code lookup still works. Run npm run build && npm run serve for full-text search.'
            : 'The full-text index could not be loaded. Code lookup still works; reload the page to try again.',
        );
        return [];
      }
      setState('ready');
      const options = Object.keys(filters).length ? {filters} : undefined;
      const all = (await api.search(query, options))?.results ?? [];
      const terms = significantTerms(query);
      const perTerm = terms.length > 1 ? await Promise.all(terms.map(async (term) => (await api.search(term, options))?.results ?? [])) : [all];
      // Each candidate costs one fragment download (its data and word count): few spares.
      const candidates = mergeByTerms(all, perTerm, limit + 2);
      const data = await Promise.all(candidates.map((candidate) => candidate.result.data()));
      const answers = data.map((entry) => [entry.meta?.title ?? '', entry.meta?.summary ?? '']);
      const withData = candidates.map((candidate, index) => ({...candidate, result: data[index]!}));
      const ranked = withDepthPrior(
        withSummaryCoverage(withPhraseBonus(withData, answers, query), answers, query),
        data.map((entry) => entry.word_count ?? 0),
      );
      return ranked.slice(0, limit).map((entry) => entry.result);
    },
    [baseUrl, bundleUrl],
  );
  return {state, error, search};
}
