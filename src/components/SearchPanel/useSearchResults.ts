import {useEffect, useMemo, useState} from 'react';
import {codeHits, isCodeOnly, type CodeHit} from '@site/src/lib/search';
import {nearestCodes} from '@site/src/lib/codes';
import {useCodeLabels, useKnownCodes} from '@site/src/hooks/useKnownCodes';
import {usePagefind, type IndexState, type PagefindResultData} from '@site/src/hooks/usePagefind';

export interface SearchResults {
  /** Codes found in the query, answered from the compact code list (no index download). */
  codes: CodeHit[];
  /** For the first unknown code: the nearest documented codes. */
  nearest: CodeHit[];
  text: PagefindResultData[];
  /** Full-text search ran for this query and filters. */
  textDone: boolean;
  state: IndexState;
  error: string | null;
}

// Short: coalesces fast typing without making the answer wait.
const TEXT_DELAY_MS = 30;

export function useSearchResults(query: string, filters: Record<string, string>, limit: number): SearchResults {
  const codes = useKnownCodes();
  const labels = useCodeLabels();
  const {state, error, search} = usePagefind();
  const [text, setText] = useState<{key: string; results: PagefindResultData[]}>({key: '', results: []});

  const hits = useMemo(() => codeHits(query, codes, labels), [query, codes, labels]);
  const nearest = useMemo(() => {
    const unknown = hits.find((hit) => hit.kind === 'unknown');
    return unknown ? nearestCodes(unknown.code, codes).map((code) => ({code, label: labels[codes.indexOf(code)] ?? '', kind: 'documented' as const})) : [];
  }, [hits, codes, labels]);

  const trimmed = query.trim().slice(0, 500);
  const key = `${trimmed}\u0000${JSON.stringify(filters)}`;
  // A query that is only a documented code is answered by its article: no index download.
  const codeOnly = isCodeOnly(trimmed) && hits.length > 0 && hits.every((hit) => hit.kind === 'documented');
  useEffect(() => {
    if (trimmed.length < 2 || codeOnly) return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      void search(trimmed, filters, limit).then((results) => {
        if (!cancelled) setText({key, results});
      });
    }, TEXT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `filters` is part of `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, search, limit, codeOnly]);

  const fresh = text.key === key || codeOnly;
  const hitCodes = new Set(hits.map((hit) => hit.code));
  return {
    codes: hits,
    nearest,
    // A code already offered first is not repeated by the full-text results.
    text: fresh && !codeOnly ? text.results.filter((result) => !hitCodes.has(result.meta.code ?? '')) : [],
    textDone: fresh,
    state,
    error,
  };
}
