import React, {useDeferredValue, useEffect, useId, useMemo, useState, type DragEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {analyzeErrorText, maskPersonalData, type IdKind} from '@site/src/lib/analyze';
import {articlePath, displayCode, nearestCodes, officialLookupUrl} from '@site/src/lib/codes';
import {analysisSummaryMarkdown, primaryCode, type SummaryCode} from '@site/src/lib/ticket';
import {audienceLabel, audiencePath} from '@site/src/catalog/taxonomy';
import {useCodeLabels, useKnownCodes} from '@site/src/hooks/useKnownCodes';
import {useCatalogIndex, useTicketChecklists} from '@site/src/hooks/useCatalogIndex';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

const ID_LABELS: Record<IdKind, string> = {
  traceId: 'Trace ID',
  requestId: 'Request ID',
  correlationId: 'Correlation ID',
  timestamp: 'Timestamp',
  clientId: 'Client (application) ID',
  tenant: 'Tenant',
};

/** Largest file accepted by drag and drop; the parser reads at most 2 MB of text anyway. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * /analyze: paste or drop any error text; codes, IDs and look-alikes are extracted in
 * the browser as you type. The text is never sent anywhere nor put in the URL; the only
 * requests are the site's own catalog files, which do not depend on the text.
 */
export default function ErrorAnalyzer(): ReactNode {
  const id = useId();
  const location = useLocation<{text?: string} | undefined>();
  // Text handed over by the code box arrives in history state: read after hydration, so the
  // first client render matches the static HTML.
  const [text, setText] = useState('');
  const [mask, setMask] = useState(true);
  const [dropMessage, setDropMessage] = useState('');
  const deferred = useDeferredValue(text);
  const analysis = useMemo(() => analyzeErrorText(deferred), [deferred]);
  const known = useKnownCodes();
  const labels = useCodeLabels();
  const catalog = useCatalogIndex();
  const checklists = useTicketChecklists();
  const {siteConfig} = useDocusaurusContext();
  const base = useBaseUrl('/');
  const show = (value: string) => (mask ? maskPersonalData(value) : value);

  useEffect(() => {
    if (typeof location.state?.text === 'string') setText(location.state.text);
  }, [location.state]);

  const codes: SummaryCode[] = analysis.codes.map(({code}) => {
    const documented = known.includes(code);
    return {
      code,
      label: labels[known.indexOf(code)] ?? '',
      url: documented ? `${siteConfig.url}${base}${articlePath(code).slice(1)}` : undefined,
      interrupt: catalog?.get(code)?.interrupt ?? false,
    };
  });
  const primary = primaryCode(codes);
  const ids = analysis.ids.map((found) => ({label: ID_LABELS[found.kind], value: show(found.value)}));

  const preview = analysisSummaryMarkdown({
    codes,
    primary: primary.code,
    oauthErrors: analysis.oauthErrors,
    ids,
    checklist: (primary.code && checklists?.[primary.code]) || [],
    lookAlikes: analysis.lookAlikes.map((item) => show(item.value)),
  });

  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    if (file.size > MAX_FILE_BYTES) {
      setDropMessage(`${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MB; drop a text file under 5 MB, or paste the part with the error.`);
      return;
    }
    void file.text().then((content) => {
      setText(content);
      setDropMessage(`Read ${file.name} (${content.length.toLocaleString('en')} characters).`);
    });
  };

  const empty = deferred.trim() === '';
  return (
    <div className={styles.analyzer}>
      <p className={styles.privacy}>
        Everything happens in your browser: the text is not sent anywhere, not stored, and not put in the address bar.
      </p>
      <label htmlFor={`${id}-text`} className={styles.label}>
        Error text
      </label>
      <textarea
        id={`${id}-text`}
        className={`text-field ${styles.text}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onDrop={onDrop}
        onDragOver={(event) => event.preventDefault()}
        rows={10}
        spellCheck={false}
        placeholder="Paste an error page, a token response, a redirect URL, an exception, CLI output or a log — or drop a text file here."
      />
      <div className={styles.controls}>
        <label className={styles.switch}>
          <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} /> Hide personal data (e-mail addresses, user
          object IDs) in what is shown and copied
        </label>
        <span role="status" className={styles.dropMessage}>
          {dropMessage || (analysis.truncated ? 'The text is longer than 2 million characters; only the start was read.' : '')}
        </span>
      </div>

      {!empty && (
        <section aria-labelledby={`${id}-codes`} className={styles.section}>
          <h2 id={`${id}-codes`}>{analysis.codes.length === 0 ? 'No AADSTS code found' : `${analysis.codes.length} code${analysis.codes.length > 1 ? 's' : ''} found`}</h2>
          {primary.code && analysis.codes.length > 1 && (
            <p className={styles.primary} data-testid="start-with">
              Start with <strong>{displayCode(primary.code)}</strong>. {primary.reason}
            </p>
          )}
          <ul className={styles.codes}>
            {codes.map((code) => {
              const entry = catalog?.get(code.code);
              return (
                <li key={code.code} className={styles.code} data-code={code.code}>
                  {code.url ? (
                    <>
                      <Link to={articlePath(code.code)} className={styles.codeTitle}>
                        {entry?.title ?? `${displayCode(code.code)}: ${code.label}`}
                      </Link>
                      {entry && <p className={styles.summary}>{entry.summary}</p>}
                      {entry && (
                        <p className={styles.badges}>
                          Who can fix it:{' '}
                          {entry.audience.map((slug) => (
                            <Link key={slug} to={audiencePath(slug)} className={styles.badge}>
                              {audienceLabel(slug)}
                            </Link>
                          ))}
                          {entry.interrupt && <span className={styles.flag}> Interrupt: a normal step of sign-in</span>}
                          {entry.transient && <span className={styles.flag}> Transient: a retry may succeed</span>}
                        </p>
                      )}
                    </>
                  ) : (
                    <>
                      <span className={styles.codeTitle}>{displayCode(code.code)} is not documented here</span>
                      <p className={styles.summary}>
                        Microsoft&apos;s lookup: <a href={officialLookupUrl(code.code)}>{officialLookupUrl(code.code)}</a>. Nearest documented:{' '}
                        {nearestCodes(code.code, known).map((near, index) => (
                          <React.Fragment key={near}>
                            {index > 0 && ', '}
                            <Link to={articlePath(near)}>{displayCode(near)}</Link>
                          </React.Fragment>
                        ))}
                        .
                      </p>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {analysis.oauthErrors.length > 0 && (
            <p>
              OAuth <code>error</code>: {analysis.oauthErrors.map((value) => <code key={value}>{value}</code>).reduce<ReactNode[]>((list, item) => (list.length ? [...list, ', ', item] : [item]), [])}
            </p>
          )}
        </section>
      )}

      {ids.length > 0 && (
        <section aria-labelledby={`${id}-ids`} className={styles.section}>
          <h2 id={`${id}-ids`}>IDs for the support ticket</h2>
          <table className={styles.ids}>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Value</th>
                <th scope="col">
                  <span className="visually-hidden">Copy</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((found) => (
                <tr key={`${found.label}:${found.value}`}>
                  <th scope="row">{found.label}</th>
                  <td>
                    <code>{found.value}</code>
                  </td>
                  <td>
                    <CopyButton getText={() => found.value}>
                      Copy<span className="visually-hidden"> {found.label}</span>
                    </CopyButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {analysis.lookAlikes.length > 0 && (
        <section aria-labelledby={`${id}-look`} className={styles.section}>
          <h2 id={`${id}-look`}>Not AADSTS codes</h2>
          <ul>
            {analysis.lookAlikes.map((item) => (
              <li key={`${item.kind}:${item.value}`} data-kind={item.kind}>
                <code>{show(item.value)}</code>: {item.explanation} See <a href={item.pointer.url}>{item.pointer.label}</a>.
              </li>
            ))}
          </ul>
        </section>
      )}

      {!empty && (
        <section aria-labelledby={`${id}-summary`} className={styles.section}>
          <h2 id={`${id}-summary`}>Ticket summary</h2>
          <CopyButton getText={() => preview}>Copy ticket summary</CopyButton>
          <pre className={styles.preview} data-testid="ticket-summary" tabIndex={0} aria-label="Ticket summary preview">
            {preview}
          </pre>
        </section>
      )}
    </div>
  );
}
