import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import CodeBox from '@site/src/components/CodeBox';
import {AUDIENCES, CATEGORIES, audiencePath, categoryPath} from '@site/src/catalog/taxonomy';
import {useKnownCodes} from '@site/src/hooks/useKnownCodes';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const count = useKnownCodes().length;
  return (
    <Layout
      title="AADSTS error codes explained"
      description="Find any Microsoft Entra ID (Azure AD) AADSTS sign-in error code: what it means, its causes, diagnostic steps and a ready ticket snippet."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Fix an Entra ID sign-in error
          </Heading>
          <p className={styles.lead}>
            Type or paste the AADSTS code from the error page, the sign-in log or your app&apos;s exception. {count} codes are documented,
            each with causes to tick off, diagnostic steps and a snippet for your ticket.
          </p>
          <CodeBox autoFocus />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          <section className="col col--8">
            <Heading as="h2">Browse by category</Heading>
            <ul className={styles.grid}>
              {CATEGORIES.map((term) => (
                <li key={term.slug}>
                  <Link to={categoryPath(term.slug)}>{term.label}</Link>
                </li>
              ))}
            </ul>
          </section>
          <section className="col col--4">
            <Heading as="h2">By who can fix it</Heading>
            <ul>
              {AUDIENCES.map((term) => (
                <li key={term.slug}>
                  <Link to={audiencePath(term.slug)}>{term.label}</Link>
                </li>
              ))}
            </ul>
            <Heading as="h2">Start here</Heading>
            <ul>
              <li>
                <Link to="/guides/reading-an-error-message">How to read an AADSTS error message</Link>
              </li>
              <li>
                <Link to="/guides/finding-a-failed-sign-in">How to find a failed sign-in in the logs</Link>
              </li>
              <li>
                <Link to="/analyze">Analyze a whole error text or log</Link>
              </li>
              <li>
                <Link to="/errors/">All codes in one table</Link>
              </li>
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
