/**
 * Where the server's own lines go in a task hover (the baseline variance, the confidence): right
 * under its dates table, so "later than promised?" and "how sure?" show without scrolling in
 * VS Code's hover, whose height is limited. Without a table, at the end.
 */
export function withLineAfterDates(markdown: string, line: string): string {
  const lines = markdown.split('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('|')) last = i;
    else if (last >= 0) break;
  }
  if (last < 0) return `${markdown}\n\n${line}`;
  return [...lines.slice(0, last + 1), '', line, ...lines.slice(last + 1)].join('\n');
}
