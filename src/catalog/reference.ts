/** Microsoft's public code list (src/catalog/reference/*.tsv), parsed. */

export interface ReferenceRow {
  code: string;
  name: string;
  description: string;
}

/** Parses aadsts-reference.tsv (header: code, name, description, ...). */
export function parseReferenceTsv(text: string): Map<string, ReferenceRow> {
  const rows = new Map<string, ReferenceRow>();
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`Reference TSV has no "${name}" column (columns: ${columns.join(', ')})`);
    return index;
  };
  const [codeAt, nameAt, descriptionAt] = [at('code'), at('name'), at('description')];
  for (const line of lines) {
    const cells = line.split('\t');
    const code = cells[codeAt]!.trim();
    rows.set(code, {code, name: cells[nameAt]?.trim() ?? '', description: cells[descriptionAt]?.trim() ?? ''});
  }
  return rows;
}

/** Parses the first column of a TSV with a header row: the codes it lists. */
export function parseCodeColumn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t')[0]!.trim())
    .filter((code) => /^\d+$/.test(code));
}
