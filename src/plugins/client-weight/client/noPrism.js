// Stands in for @docusaurus/theme-classic/lib/prism-include-languages.js: code blocks are
// highlighted at build time, so no Prism is evaluated in the browser.
export {};
