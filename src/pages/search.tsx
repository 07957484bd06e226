import React, {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import SearchPanel from '@site/src/components/SearchPanel';

/** /search?q=…: full results with filters; the URL follows the query so it can be shared. */
export default function Search(): ReactNode {
  const {search, pathname} = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const query = useMemo(() => new URLSearchParams(search).get('q') ?? '', [search]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The box follows the URL only when someone else changed it (a link, Back): the
  // address we write ourselves as the reader types must never overwrite what they type.
  const written = useRef<string | null>(null);
  const [external, setExternal] = useState(query);
  useEffect(() => {
    if (query !== written.current) setExternal(query);
  }, [query]);

  const onQueryChange = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(window.location.search);
      const q = value.trim().slice(0, 300);
      if (q) params.set('q', q);
      else params.delete('q');
      written.current = q;
      history.replace({pathname, search: params.toString() ? `?${params.toString()}` : ''});
    }, 300);
  };

  return (
    <Layout title={query ? `Search: ${query.slice(0, 60)}` : 'Search'} description="Search every AADSTS error code by code, name or symptom." noFooter={false}>
      <main className="container margin-vert--lg" style={{maxWidth: '52rem'}}>
        <Heading as="h1">Search</Heading>
        {isBrowser ? (
          <SearchPanel variant="page" initialQuery={external} onQueryChange={onQueryChange} />
        ) : (
          <p>Search needs JavaScript. Browse all codes at /errors/ instead.</p>
        )}
      </main>
    </Layout>
  );
}
