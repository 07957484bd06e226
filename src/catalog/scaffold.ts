/** The text of a new article, from the reference row: facts filled in, prose marked to write. */
import type {ReferenceRow} from './reference';

const TODAY = () => new Date().toISOString().slice(0, 10);

/** Marker the content checks reject, so a scaffold cannot ship unwritten. */
export const SCAFFOLD_MARKER = 'WRITE ME';

export function scaffoldArticle(code: string, row: ReferenceRow | undefined, today = TODAY()): string {
  const name = row?.name ?? '';
  const title = `AADSTS${code}: ${name || `${SCAFFOLD_MARKER} short meaning`}`;
  return `---
code: "${code}"
name: ${name ? name : '""'}
title: "${title}"
summary: "${SCAFFOLD_MARKER}: one plain sentence, at most 200 characters."
category: sign-in
audience: [admin]
transient: false
interrupt: false
related: []
status: current
last_reviewed: ${today}
---

## What it means

${SCAFFOLD_MARKER}: what Entra ID checked, what did not match, where in the flow the error appears and what the user sees.

## Common causes

<CauseChecklist>

- [ ] ${SCAFFOLD_MARKER}: a specific, checkable cause.
- [ ] ${SCAFFOLD_MARKER}: another one.

</CauseChecklist>

## Diagnostic steps

<DiagnosticSteps>

### ${SCAFFOLD_MARKER} first step title

${SCAFFOLD_MARKER}: where to look and what a good and a bad value look like.

### ${SCAFFOLD_MARKER} second step title

${SCAFFOLD_MARKER}.

</DiagnosticSteps>

## How to fix

### For administrators

${SCAFFOLD_MARKER}: the setting to change, and where.

## What to include in a support ticket

- The error code, Trace ID, Correlation ID and timestamp.
- ${SCAFFOLD_MARKER}: what is specific to this error.

## Related errors

${SCAFFOLD_MARKER}: list related codes as links, and add them to the related field.

## References

- ${SCAFFOLD_MARKER}: [official page](https://learn.microsoft.com/entra/identity-platform/reference-error-codes): what it explains.
`;
}
