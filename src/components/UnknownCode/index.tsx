import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {articlePath, displayCode, nearestCodes, officialLookupUrl} from '@site/src/lib/codes';
import {useKnownCodes} from '@site/src/hooks/useKnownCodes';
import styles from './styles.module.css';

/** The answer for a code with no article: nearest documented codes, Microsoft's lookup, what to collect. */
export default function UnknownCode({code}: {code: string}): ReactNode {
  const known = useKnownCodes();
  const nearest = nearestCodes(code, known);
  // Unique per panel: the 404 page can show two (the missing path's code and the box's answer).
  const titleId = useId();
  return (
    <section className={styles.panel} aria-labelledby={titleId} data-testid="unknown-code">
      <h2 id={titleId} className={styles.title}>
        {displayCode(code)} is not documented here
      </h2>
      <p>
        Microsoft&apos;s own lookup may know it:{' '}
        <a href={officialLookupUrl(code)} rel="noopener noreferrer">
          {officialLookupUrl(code)}
        </a>
      </p>
      {nearest.length > 0 && (
        <p>
          Nearest documented codes:{' '}
          {nearest.map((candidate, index) => (
            <React.Fragment key={candidate}>
              {index > 0 && ', '}
              <Link to={articlePath(candidate)}>{displayCode(candidate)}</Link>
            </React.Fragment>
          ))}
          . Codes of one family share their first digits, but check the name before you follow a neighbour.
        </p>
      )}
      <p>For a support case, collect from the error page or the sign-in log entry:</p>
      <ul>
        <li>the full error text, with the code and its message;</li>
        <li>the Trace ID (the Request ID in the sign-in log), the Correlation ID and the timestamp in UTC;</li>
        <li>the application (client) ID and the tenant the request went to;</li>
        <li>the user principal name, and whether other users or devices see the same error.</li>
      </ul>
    </section>
  );
}
