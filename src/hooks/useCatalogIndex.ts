import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {ApiCode} from '@site/src/catalog/api';

let index: Promise<Map<string, ApiCode>> | null = null;
let checklists: Promise<Record<string, string[]>> | null = null;

/**
 * The catalog's summaries (/api/codes.json), fetched once and independently of anything
 * the reader types, so the request reveals nothing about a pasted text.
 */
export function useCatalogIndex(): Map<string, ApiCode> | null {
  const url = useBaseUrl('/api/codes.json');
  const [value, setValue] = useState<Map<string, ApiCode> | null>(null);
  useEffect(() => {
    index ??= fetch(url)
      .then((response) => response.json() as Promise<{codes: ApiCode[]}>)
      .then(({codes}) => new Map(codes.map((entry) => [entry.code, entry])))
      .catch((error: unknown) => {
        index = null;
        throw error;
      });
    let live = true;
    index.then((map) => live && setValue(map)).catch(() => live && setValue(new Map()));
    return () => {
      live = false;
    };
  }, [url]);
  return value;
}

/** Every article's "What to include in a support ticket" list, fetched once like the index. */
export function useTicketChecklists(): Record<string, string[]> | null {
  const url = useBaseUrl('/api/ticket-checklists.json');
  const [value, setValue] = useState<Record<string, string[]> | null>(null);
  useEffect(() => {
    checklists ??= fetch(url)
      .then((response) => response.json() as Promise<Record<string, string[]>>)
      .catch((error: unknown) => {
        checklists = null;
        throw error;
      });
    let live = true;
    checklists.then((map) => live && setValue(map)).catch(() => live && setValue({}));
    return () => {
      live = false;
    };
  }, [url]);
  return value;
}
