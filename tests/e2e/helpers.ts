import type {Page} from '@playwright/test';

/** Opens a page and waits until React has hydrated it (Docusaurus sets data-has-hydrated). */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Counts alert/confirm/prompt dialogs a page opens (a hostile paste must open none). */
export function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return () => dialogs;
}
