/**
 * Swizzle (wrap) of DocItem/Content: articles under docs/errors get the header
 * rendered from their front matter above the Markdown, and every doc is marked as
 * the part of the page the full-text index reads.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ArticleHeader from '@site/src/components/ArticleHeader';
import type {ArticleFrontMatter} from '@site/src/catalog/schema';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const article = frontMatter as unknown as Partial<ArticleFrontMatter>;
  // data-pagefind-body: only articles and guides are indexed for full-text search,
  // never the navigation, sidebar, table of contents or footer.
  return (
    <div data-pagefind-body="">
      {article.code && <ArticleHeader frontMatter={article as ArticleFrontMatter} permalink={metadata.permalink} />}
      <Content {...props} />
    </div>
  );
}
