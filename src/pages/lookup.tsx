import React, {useEffect, useMemo, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {articlePath} from '@site/src/lib/codes';
import {codesInText} from '@site/src/lib/search';
import {useKnownCodes} from '@site/src/hooks/useKnownCodes';
import CodeBox from '@site/src/components/CodeBox';
import UnknownCode from '@site/src/components/UnknownCode';

/** /lookup?code=<any spelling>: the same contract as Microsoft's error?code= page. */
export default function Lookup(): ReactNode {
  const {search} = useLocation();
  const history = useHistory();
  const known = useKnownCodes();
  const base = useBaseUrl('/');
  const isBrowser = useIsBrowser();
  const query = useMemo(() => new URLSearchParams(search).get('code') ?? '', [search]);
  const codes = useMemo(() => codesInText(query), [query]);
  const documented = codes.find((code) => known.includes(code));

  useEffect(() => {
    if (documented) history.replace(`${base}${articlePath(documented).slice(1)}`);
  }, [documented, history, base]);

  return (
    <Layout title="Look up an AADSTS code" description="Go from any spelling of an AADSTS error code to its article.">
      <main className="container margin-vert--lg" style={{maxWidth: '48rem'}}>
        <Heading as="h1">Look up an AADSTS code</Heading>
        {!isBrowser && <noscript><p>This page needs JavaScript to read the code in its address. Open /errors/ for the table of all codes.</p></noscript>}
        {isBrowser && documented && <p role="status">Opening the article…</p>}
        {isBrowser && !documented && codes[0] && <UnknownCode code={codes[0]} />}
        {isBrowser && query && codes.length === 0 && <p role="status">No AADSTS code found in “{query.slice(0, 200)}”.</p>}
        <div className="margin-top--lg">
          <CodeBox label="Look up another code" />
        </div>
      </main>
    </Layout>
  );
}
