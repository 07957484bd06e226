import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import useDelegatedLinks from '@site/src/hooks/useDelegatedLinks';
import {articlePath, displayCode} from '@site/src/lib/codes';
import {AUDIENCES, CATEGORIES, audiencePath, categoryPath, type Term} from '@site/src/catalog/taxonomy';
import type {CatalogRow} from '@site/src/plugins/error-catalog';
import styles from './styles.module.css';

interface Props {
  term: Term & {kind: 'category' | 'audience'; path: string};
  rows: CatalogRow[];
}

/** /categories/<slug> and /audiences/<slug>: the intro and the codes of one term. */
export default function TermPage({term, rows}: Props): ReactNode {
  const heading = term.kind === 'category' ? `${term.label} errors` : `Errors the ${term.label.toLowerCase()} can fix`;
  const {withBaseUrl} = useBaseUrlUtils();
  const links = useDelegatedLinks();
  const siblings = term.kind === 'category' ? CATEGORIES.map((t) => ({...t, path: categoryPath(t.slug)})) : AUDIENCES.map((t) => ({...t, path: audiencePath(t.slug)}));
  return (
    <Layout title={heading} description={term.intro}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{heading}</Heading>
        <p className={styles.intro}>{term.intro}</p>
        {rows.length === 0 ? (
          <p>No code in this group is documented yet.</p>
        ) : (
          // Plain anchors with one delegated handler (see useDelegatedLinks): an audience lists hundreds of codes.
          <ul className={styles.list} {...links}>
            {rows.map((row) => (
              <li key={row.code}>
                <a href={withBaseUrl(articlePath(row.code))} className={styles.code}>
                  {displayCode(row.code)}
                </a>
                <span className={styles.name}>{row.label}</span>
                <p className={styles.summary}>{row.summary}</p>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label={term.kind === 'category' ? 'Other categories' : 'Other audiences'} className={styles.siblings}>
          <Heading as="h2">{term.kind === 'category' ? 'Other categories' : 'By who can fix it'}</Heading>
          <ul>
            {siblings
              .filter((sibling) => sibling.slug !== term.slug)
              .map((sibling) => (
                <li key={sibling.slug}>
                  <Link to={sibling.path}>{sibling.label}</Link>
                </li>
              ))}
          </ul>
        </nav>
      </main>
    </Layout>
  );
}
