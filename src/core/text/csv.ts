/** CSV output (RFC 4180) for the command line's `--format csv`. */

/** Quotes a field holding a comma, quote or line break; doubles inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records as CSV text with CRLF line ends. */
export function csvLines(records: readonly (readonly string[])[]): string {
  return records.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
