import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkTroubleshooting from './src/plugins/remark-troubleshooting';
import remarkRelatedBacklinks from './src/plugins/remark-related-backlinks';
import rehypeCodeHighlight from './src/plugins/rehype-code-highlight';
import type {Options as ErrorCatalogOptions} from './src/plugins/error-catalog/options';
import type {Options as SearchIndexOptions} from './src/plugins/search-index';

// Switches, in one place.
/** Public origin of the site, e.g. https://aadsts.example.com (no path). */
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
/** Path the site is served under, e.g. /help/; always starts and ends with "/". */
const BASE_URL = `/${(process.env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
/** BUILD_BUNDLER=webpack builds without @docusaurus/faster (for the benchmark's comparison). */
const USE_FASTER = process.env.BUILD_BUNDLER !== 'webpack';

const ARTICLES_DIR = path.join(__dirname, 'docs', 'errors');

const config = {
  title: 'AADSTS Help',
  tagline: 'Every Microsoft Entra ID sign-in error code, explained and fixable.',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: undefined,

  future: {v4: true, faster: USE_FASTER},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {defaultLocale: 'en', locales: ['en']},

  // Every page tells the browser it can search this site from the address bar.
  headTags: [
    {
      tagName: 'link',
      attributes: {rel: 'search', type: 'application/opensearchdescription+xml', title: 'AADSTS Help', href: `${BASE_URL}opensearch.xml`},
    },
  ],

  markdown: {
    format: 'mdx',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    // Articles carry the catalog's fields; the docs plugin gets what it needs from them,
    // so no article repeats them: meta description, no synthetic title (the article
    // header renders it), the compact sidebar, no prev/next links.
    async parseFrontMatter(params) {
      const result = await params.defaultParseFrontMatter(params);
      if (path.dirname(path.resolve(params.filePath)) === ARTICLES_DIR) {
        const frontMatter = result.frontMatter;
        frontMatter.description ??= frontMatter.summary;
        frontMatter.hide_title = true;
        frontMatter.displayed_sidebar ??= 'errors';
        frontMatter.pagination_prev = null;
        frontMatter.pagination_next = null;
        if (frontMatter.last_reviewed instanceof Date) {
          frontMatter.last_reviewed = frontMatter.last_reviewed.toISOString().slice(0, 10);
        }
      }
      return result;
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkTroubleshooting, [remarkRelatedBacklinks, {siteDir: __dirname, articlesDir: 'docs/errors'}]],
          rehypePlugins: [rehypeCodeHighlight],
          breadcrumbs: false,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [path.join(__dirname, 'src/plugins/error-catalog/index.ts'), {articlesDir: 'docs/errors'} satisfies ErrorCatalogOptions],
    [path.join(__dirname, 'src/plugins/search-index/index.ts'), {articlesDir: 'docs/errors'} satisfies SearchIndexOptions],
    [path.join(__dirname, 'src/plugins/security-headers/index.ts'), {}],
    [path.join(__dirname, 'src/plugins/client-weight/index.ts'), {}],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'AADSTS Help',
      logo: {alt: '', src: 'img/logo.svg', width: 28, height: 28},
      items: [
        {to: '/errors/', label: 'All codes', position: 'left'},
        {to: '/analyze', label: 'Analyze an error', position: 'left'},
        {to: '/guides/reading-an-error-message', label: 'Guides', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Browse',
          items: [
            {label: 'All codes', to: '/errors/'},
            {label: 'Sign-in errors', to: '/categories/sign-in'},
            {label: 'For administrators', to: '/audiences/admin'},
            {label: 'For developers', to: '/audiences/developer'},
          ],
        },
        {
          title: 'Guides',
          items: [
            {label: 'Reading an error message', to: '/guides/reading-an-error-message'},
            {label: 'Finding a failed sign-in', to: '/guides/finding-a-failed-sign-in'},
          ],
        },
      ],
      copyright:
        'Independent documentation, not affiliated with Microsoft. Codes, names and descriptions of the reference list © Microsoft, CC BY 4.0.',
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
