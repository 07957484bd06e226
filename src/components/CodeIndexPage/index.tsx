import React, {useDeferredValue, useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {articlePath, codeFromHash, compareCodes, displayCode} from '@site/src/lib/codes';
import {audienceLabel, categoryLabel, categoryPath} from '@site/src/catalog/taxonomy';
import type {CatalogRow} from '@site/src/plugins/error-catalog';
import useDelegatedLinks from '@site/src/hooks/useDelegatedLinks';
import styles from './styles.module.css';

type SortKey = 'code' | 'name' | 'category';

/** Rows shown before the reader filters or asks for all of them. */
const INITIAL_ROWS = 150;

const SORTERS: Record<SortKey, (a: CatalogRow, b: CatalogRow) => number> = {
  code: (a, b) => compareCodes(a.code, b.code),
  name: (a, b) => a.label.localeCompare(b.label) || compareCodes(a.code, b.code),
  category: (a, b) => categoryLabel(a.category).localeCompare(categoryLabel(b.category)) || compareCodes(a.code, b.code),
};

function matches(row: CatalogRow, words: string[]): boolean {
  const haystack = `aadsts${row.code} ${row.code} ${row.label} ${row.summary} ${row.category} ${row.audience.join(' ')}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** /errors/: every code in a table that filters as you type and sorts by column. */
export default function CodeIndexPage({rows}: {rows: CatalogRow[]}): ReactNode {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{key: SortKey; descending: boolean}>({key: 'code', descending: false});
  const deferredFilter = useDeferredValue(filter);
  const {hash} = useLocation();
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const links = useDelegatedLinks();

  // Old links such as /errors/#50070 or /errors/#AADSTS50070 go to the article. Only a
  // hash that is strictly a code redirects, and only to a documented code.
  useEffect(() => {
    const code = codeFromHash(hash);
    if (code && rows.some((row) => row.code === code)) history.replace(withBaseUrl(articlePath(code)));
  }, [hash, rows, history, withBaseUrl]);

  const shown = useMemo(() => {
    const words = deferredFilter.toLowerCase().replace(/aadsts\s*-?\s*(?=\d)/g, 'aadsts').split(/\s+/).filter(Boolean);
    const filtered = words.length ? rows.filter((row) => matches(row, words)) : rows;
    const sorted = [...filtered].sort(SORTERS[sort.key]);
    return sort.descending ? sorted.reverse() : sorted;
  }, [rows, deferredFilter, sort]);

  // The first rows only, until the reader filters or asks for all: a table of every code
  // (hundreds of rows) is the largest DOM on the site, and its layout and hydration were
  // the page's longest blocking tasks. Category pages list every code without JavaScript.
  const [showAll, setShowAll] = useState(false);
  const visible = showAll || deferredFilter.trim() ? shown : shown.slice(0, INITIAL_ROWS);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className={styles.sortButton}
          onClick={() => setSort({key, descending: active ? !sort.descending : false})}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <Layout title="All AADSTS error codes" description={`All ${rows.length} documented Microsoft Entra ID AADSTS error codes, with name, summary, category and who can fix each one.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">All AADSTS error codes</Heading>
        <p>
          {rows.length} codes documented. Filter by code, name or words from the summary; select a column title to sort.
        </p>
        <div className={styles.filterRow}>
          <label htmlFor="code-filter" className={styles.filterLabel}>
            Filter
          </label>
          <input
            id="code-filter"
            type="search"
            className={`text-field ${styles.filter}`}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder="e.g. 500 or redirect or consent"
            autoComplete="off"
          />
          <span role="status" className={styles.count}>
            {shown.length === rows.length ? `${rows.length} codes` : `${shown.length} of ${rows.length} codes`}
          </span>
        </div>
        <div className={styles.tableWrap}>
          {/* Plain anchors with one delegated handler: hundreds of Link components made hydration slow. */}
          <table className={styles.table} {...links}>
            <thead>
              <tr>
                {header('code', 'Code')}
                {header('name', 'Name')}
                <th scope="col">Summary</th>
                {header('category', 'Category')}
                <th scope="col">Who can fix it</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={row.code} data-code={row.code}>
                  <td className={styles.code}>
                    <a href={withBaseUrl(articlePath(row.code))}>{displayCode(row.code)}</a>
                  </td>
                  <td className={styles.name}>{row.label}</td>
                  <td>{row.summary}</td>
                  <td>
                    <a href={withBaseUrl(categoryPath(row.category))}>{categoryLabel(row.category)}</a>
                  </td>
                  <td>{row.audience.map(audienceLabel).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {visible.length < shown.length && (
          <p className={styles.more}>
            <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
              Show all {shown.length} codes
            </button>{' '}
            or filter above. The category pages in the sidebar list every code too.
          </p>
        )}
        {shown.length === 0 && <p>No code matches “{filter}”.</p>}
      </main>
    </Layout>
  );
}
