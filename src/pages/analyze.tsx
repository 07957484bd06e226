import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ErrorAnalyzer from '@site/src/components/ErrorAnalyzer';

export default function Analyze(): ReactNode {
  return (
    <Layout title="Analyze an error text" description="Paste any Entra ID sign-in error: get the AADSTS codes, the support IDs, the articles and a ticket summary. Runs in your browser.">
      <main className="container margin-vert--lg" style={{maxWidth: '56rem'}}>
        <Heading as="h1">Analyze an error text</Heading>
        {/* Rendered at build time too, so the page keeps its layout when the script takes over. */}
        <noscript>
          <p>The analyzer runs in your browser and needs JavaScript. Without it, look up each code at /errors/.</p>
        </noscript>
        <ErrorAnalyzer />
      </main>
    </Layout>
  );
}
