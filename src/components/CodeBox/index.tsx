import React, {useId, useState, type FormEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {articlePath} from '@site/src/lib/codes';
import {codesInText} from '@site/src/lib/search';
import {useKnownCodes} from '@site/src/hooks/useKnownCodes';
import UnknownCode from '@site/src/components/UnknownCode';
import styles from './styles.module.css';

type Answer = {kind: 'none'} | {kind: 'unknown'; code: string} | {kind: 'not-a-code'};

/**
 * The code box: any spelling of a code, or a pasted error line, goes straight to the
 * article; a text holding several codes goes to the analyzer. Without JavaScript the
 * form submits to /lookup.
 */
export default function CodeBox({autoFocus = false, label = 'Error code'}: {autoFocus?: boolean; label?: string}): ReactNode {
  const id = useId();
  const known = useKnownCodes();
  const history = useHistory();
  const lookupAction = useBaseUrl('/lookup');
  const articleBase = useBaseUrl('/');
  const analyzePath = useBaseUrl('/analyze');
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<Answer>({kind: 'none'});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const codes = codesInText(value);
    const first = codes.find((code) => known.includes(code));
    if (codes.length > 1) {
      // Several codes: the analyzer takes the whole text (in page state, never in the URL).
      history.push(analyzePath, {text: value});
    } else if (first) {
      history.push(`${articleBase}${articlePath(first).slice(1)}`);
    } else if (codes[0]) {
      setAnswer({kind: 'unknown', code: codes[0]});
    } else {
      setAnswer({kind: 'not-a-code'});
    }
  };

  return (
    <div className={styles.box}>
      <form role="search" action={lookupAction} method="get" onSubmit={submit} className={styles.form}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        <div className={styles.row}>
          <input
            id={id}
            name="code"
            type="text"
            className={`text-field ${styles.input}`}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setAnswer({kind: 'none'});
            }}
            placeholder="50070, AADSTS50070 or a pasted error line"
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            maxLength={20000}
          />
          <button type="submit" className="button button--primary">
            Go
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {answer.kind === 'unknown' && <UnknownCode code={answer.code} />}
        {answer.kind === 'not-a-code' && (
          <p className={styles.hint} data-testid="not-a-code">
            No AADSTS code found. Type the digits (50070) or the code (AADSTS50070), or paste the error line that holds it.
          </p>
        )}
      </div>
    </div>
  );
}
