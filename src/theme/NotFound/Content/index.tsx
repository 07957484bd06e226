/**
 * Swizzle (wrap) of NotFound/Content: the 404 page offers the code box, and when the
 * missing path looks like a code (/errors/AADSTS99999, /99999) answers for that code.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {normalizeCode} from '@site/src/lib/codes';
import CodeBox from '@site/src/components/CodeBox';
import UnknownCode from '@site/src/components/UnknownCode';

type Props = WrapperProps<typeof ContentType>;

export default function NotFoundContentWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const code = normalizeCode(decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? ''));
  return (
    <>
      <Content {...props} />
      <div className="container margin-bottom--xl" style={{maxWidth: '48rem'}}>
        {code && <UnknownCode code={code} />}
        <div className="margin-top--lg">
          <CodeBox label="Look up an error code" />
        </div>
      </div>
    </>
  );
}
