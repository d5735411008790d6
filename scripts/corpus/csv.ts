/**
 * Minimal RFC 4180-style reader for the delimited files of the public corpora (comma, semicolon or tab):
 * quoted fields may hold the delimiter, newlines and doubled quotes. Returns every record as strings.
 */
export function parseDelimited(content: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const text = content.replace(/^\uFEFF/, '');
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      endField();
      if (!(record.length === 1 && record[0] === '')) records.push(record);
      record = [];
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Records as objects keyed by the header row; rows with fewer cells get '' for the missing ones. */
export function parseTable(content: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(content, delimiter);
  if (header === undefined) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k] ?? ''])));
}
