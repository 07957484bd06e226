import React, {useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {articlePath, displayCode, officialLookupUrl} from '@site/src/lib/codes';
import {excerptParts, type CodeHit} from '@site/src/lib/search';
import {AUDIENCES, CATEGORIES, type Term} from '@site/src/catalog/taxonomy';
import type {PagefindResultData} from '@site/src/hooks/usePagefind';
import {useSearchResults} from './useSearchResults';
import styles from './styles.module.css';

type Option =
  | {kind: 'code'; hit: CodeHit; href: string}
  | {kind: 'unknown'; hit: CodeHit; href: string}
  | {kind: 'text'; result: PagefindResultData; href: string}
  | {kind: 'all'; href: string};

function Excerpt({html}: {html: string}): ReactNode {
  return (
    <>
      {excerptParts(html).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>))}
    </>
  );
}

/** A Pagefind filter: its values are the labels the article header marks with data-pagefind-filter. */
function TermFilter({label, anyLabel, terms, value, onChange}: {label: string; anyLabel: string; terms: readonly Term[]; value: string; onChange: (value: string) => void}): ReactNode {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {terms.map((term) => (
          <option key={term.slug} value={term.label}>
            {term.label}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Props {
  /** `dialog`: a combobox for the navbar; `page`: the shareable /search results page. */
  variant: 'dialog' | 'page';
  initialQuery?: string;
  onQueryChange?: (query: string) => void;
  onNavigate?: () => void;
}

/**
 * One search: codes in any spelling first (from the compact code list), then Pagefind
 * full-text results, with category and audience filters.
 */
export default function SearchPanel({variant, initialQuery = '', onQueryChange, onNavigate}: Props): ReactNode {
  const id = useId();
  const history = useHistory();
  const base = useBaseUrl('/');
  const [query, setQuery] = useState(initialQuery);
  const [category, setCategory] = useState('');
  const [audience, setAudience] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const filters = useMemo(() => {
    const selected: Record<string, string> = {};
    if (category) selected.category = category;
    if (audience) selected.audience = audience;
    return selected;
  }, [category, audience]);
  const limit = variant === 'page' ? 30 : 8;
  const results = useSearchResults(query, filters, limit);

  useEffect(() => setQuery(initialQuery), [initialQuery]);
  useEffect(() => setActive(0), [query, category, audience]);

  const local = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const options: Option[] = [
    ...results.codes.map((hit): Option =>
      hit.kind === 'documented' ? {kind: 'code', hit, href: local(articlePath(hit.code))} : {kind: 'unknown', hit, href: officialLookupUrl(hit.code)},
    ),
    ...results.nearest.map((hit): Option => ({kind: 'code', hit, href: local(articlePath(hit.code))})),
    ...results.text.map((result): Option => ({kind: 'text', result, href: result.url})),
  ];
  if (variant === 'dialog' && query.trim().length >= 2) options.push({kind: 'all', href: `${local('/search')}?q=${encodeURIComponent(query.trim())}`});

  const open = (option: Option | undefined) => {
    if (!option) return;
    onNavigate?.();
    if (option.kind === 'unknown') window.location.assign(`${local('/lookup')}?code=${option.hit.code}`);
    else history.push(option.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(options[variant === 'dialog' ? active : 0]);
    } else if (event.key === 'Home' && variant === 'dialog' && options.length) {
      setActive(0);
    }
  };

  const change = (value: string) => {
    setQuery(value);
    onQueryChange?.(value);
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const multiple = results.codes.length > 1;
  const firstUnknown = results.codes.find((hit) => hit.kind === 'unknown');

  const status =
    results.state === 'error'
      ? results.error
      : query.trim().length < 2
        ? results.codes.length
          ? null
          : 'Type a code (50070, AADSTS50070), a name or a few words.'
        : results.state === 'loading' || !results.textDone
          ? 'Searching the articles…'
          : options.filter((option) => option.kind !== 'all').length === 0
            ? `Nothing matches “${query.trim().slice(0, 80)}”. Try fewer words, or the code alone.`
            : null;

  const renderOption = (option: Option, index: number) => {
    const body =
      option.kind === 'code' ? (
        <>
          <span className={styles.code}>{displayCode(option.hit.code)}</span>
          <span className={styles.title}>{option.hit.label}</span>
        </>
      ) : option.kind === 'unknown' ? (
        <>
          <span className={styles.code}>{displayCode(option.hit.code)}</span>
          <span className={styles.title}>not documented here: see the nearest codes below, or Microsoft&apos;s lookup</span>
        </>
      ) : option.kind === 'text' ? (
        <>
          <span className={styles.code}>{option.result.meta.code ? displayCode(option.result.meta.code) : 'Guide'}</span>
          <span className={styles.title}>{option.result.meta.title}</span>
          {option.result.meta.summary && <span className={styles.summary}>{option.result.meta.summary}</span>}
          <span className={styles.excerpt}>
            <Excerpt html={option.result.excerpt} />
          </span>
        </>
      ) : (
        <span className={styles.title}>All results for “{query.trim().slice(0, 80)}”</span>
      );
    if (variant === 'page') {
      return (
        <li key={`${option.kind}-${option.href}`} className={styles.result}>
          {option.kind === 'unknown' ? (
            <a href={option.href} rel="noopener noreferrer" className={styles.link}>
              {body}
            </a>
          ) : (
            <Link to={option.href} className={styles.link}>
              {body}
            </Link>
          )}
        </li>
      );
    }
    return (
      // Options are not links: the combobox owns the focus and Enter opens the active one.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events
      <li
        key={`${option.kind}-${option.href}`}
        id={optionId(index)}
        role="option"
        aria-selected={index === active}
        className={styles.option}
        data-kind={option.kind}
        onMouseMove={() => setActive(index)}
        onClick={() => open(option)}
      >
        {body}
      </li>
    );
  };

  return (
    <div
      className={styles.panel}
      data-variant={variant}
      // For tests and the benchmark: which query the results on screen belong to.
      data-query={query}
      data-settled={query.trim().length < 2 || results.textDone || results.state === 'error' ? 'true' : 'false'}
    >
      <div className={styles.controls}>
        <label htmlFor={`${id}-input`} className={variant === 'dialog' ? 'visually-hidden' : styles.label}>
          Search codes and articles
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          className={`text-field ${styles.input}`}
          type="search"
          value={query}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="50070, SignoutUnknownSessionIdentifier, redirect uri mismatch…"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          maxLength={20000}
          {...(variant === 'dialog'
            ? {
                role: 'combobox',
                'aria-expanded': options.length > 0,
                'aria-controls': listId,
                'aria-autocomplete': 'list' as const,
                'aria-activedescendant': options.length ? optionId(Math.min(active, options.length - 1)) : undefined,
              }
            : {})}
        />
        <div className={styles.filters}>
          <TermFilter label="Category" anyLabel="All" terms={CATEGORIES} value={category} onChange={setCategory} />
          <TermFilter label="Who can fix it" anyLabel="Anyone" terms={AUDIENCES} value={audience} onChange={setAudience} />
        </div>
      </div>
      {multiple && (
        <p className={styles.note}>
          This text holds {results.codes.length} codes; each is listed first.{' '}
          <button
            type="button"
            className={styles.inlineButton}
            onClick={() => {
              onNavigate?.();
              // The text travels in page state, never in the URL.
              history.push(local('/analyze'), {text: query});
            }}
          >
            Analyze the whole text
          </button>{' '}
          for its IDs and a ticket summary.
        </p>
      )}
      {firstUnknown && (
        <p className={styles.note} data-testid="search-unknown">
          {displayCode(firstUnknown.code)} is not documented here. Nearest documented codes are listed below; Microsoft&apos;s own lookup:{' '}
          <a href={officialLookupUrl(firstUnknown.code)} rel="noopener noreferrer">
            {officialLookupUrl(firstUnknown.code)}
          </a>
        </p>
      )}
      <ul id={listId} className={styles.list} {...(variant === 'dialog' ? {role: 'listbox', 'aria-label': 'Search results'} : {'aria-label': 'Search results'})}>
        {options.map(renderOption)}
      </ul>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
