import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {displayCode} from '@site/src/lib/codes';
import {articleLabel, ticketSnippet} from '@site/src/lib/ticket';
import {searchKeywords} from '@site/src/lib/search';
import {audienceLabel, audiencePath, categoryLabel, categoryPath} from '@site/src/catalog/taxonomy';
import type {ArticleFrontMatter} from '@site/src/catalog/schema';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

interface Props {
  frontMatter: ArticleFrontMatter;
  /** The article's path including the base URL, as routed. */
  permalink: string;
}

/** The top of every article, rendered from its front matter. */
export default function ArticleHeader({frontMatter, permalink}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {code, name, title, summary, category, audience, transient, interrupt, status, last_reviewed} = frontMatter;
  const url = `${siteConfig.url}${permalink}`;
  const homeUrl = `${siteConfig.url}${useBaseUrl('/')}`;
  const categoryUrl = `${siteConfig.url}${useBaseUrl(categoryPath(category))}`;
  // Structured data for web search: the article and where it sits in the site.
  const jsonLd = [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: title,
      name: articleLabel({code, name, title}),
      description: summary,
      url,
      dateModified: last_reviewed,
      inLanguage: 'en',
      about: `Microsoft Entra ID error ${displayCode(code)}`,
      isPartOf: {'@type': 'WebSite', name: siteConfig.title, url: homeUrl},
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        {'@type': 'ListItem', position: 1, name: siteConfig.title, item: homeUrl},
        {'@type': 'ListItem', position: 2, name: categoryLabel(category), item: categoryUrl},
        {'@type': 'ListItem', position: 3, name: displayCode(code), item: url},
      ],
    },
  ];
  return (
    <header className={styles.header}>
      <Head>
        {/* "<" escaped so no text can close the script element early. */}
        <script type="application/ld+json">{JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
      </Head>
      {status === 'retired' && (
        <p className={styles.retired} role="note">
          No longer returned by Entra ID: this code has left Microsoft&apos;s reference. The page stays so that links to it keep working.
        </p>
      )}
      <p className={styles.kicker} data-pagefind-meta={`code:${code}`}>
        <span className={styles.code}>{displayCode(code)}</span>
        {name && <span className={styles.name}>{name}</span>}
      </p>
      <Heading as="h1" className={styles.title}>
        {title}
      </Heading>
      <p className={styles.summary} data-pagefind-meta="summary" data-pagefind-weight="10">
        {summary}
      </p>
      {/* Search engines match word prefixes: index the bare number and the name's words too. */}
      <span className="visually-hidden" aria-hidden="true" data-pagefind-weight="8">
        {searchKeywords(code, name)}
      </span>
      <ul className={styles.facts} aria-label="About this error">
        <li>
          <span className={styles.factLabel}>Who can fix it</span>{' '}
          {audience.map((slug, index) => (
            <Link key={slug} to={audiencePath(slug)} className={index === 0 ? styles.badgePrimary : styles.badge} data-pagefind-filter="audience">
              {audienceLabel(slug)}
            </Link>
          ))}
        </li>
        <li>
          <span className={styles.factLabel}>Category</span> <Link to={categoryPath(category)} data-pagefind-filter="category">
            {categoryLabel(category)}
          </Link>
        </li>
        {transient && (
          <li className={styles.flag} data-flag="transient">
            Transient: a retry may succeed
          </li>
        )}
        {interrupt && (
          <li className={styles.flag} data-flag="interrupt">
            Interrupt: a normal step of sign-in, not a failure
          </li>
        )}
        <li className={styles.reviewed}>
          Last reviewed <time dateTime={last_reviewed}>{last_reviewed}</time>
        </li>
      </ul>
      <div className={styles.actions}>
        <CopyButton getText={() => url}>Copy link</CopyButton>
        <CopyButton getText={() => ticketSnippet({code, name, title, summary, url})}>Copy ticket snippet</CopyButton>
      </div>
    </header>
  );
}
