/**
 * Random edits of program files for property tests: pieces of text that matter to YAML's
 * structure or to the model inserted at random places, deletions, and whole-line changes
 * (delete, duplicate, indent, dedent, move), as a user typing, pasting and reordering makes them.
 */
import fc from 'fast-check';

export const SNIPPETS = [
  'x', '1', ' ', '  ', '\n', '\r\n', '\t', '-', '- ', ':', ': ', '#', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '|', '>', '!', '%', '---\n', '...\n',
  'id: t1', 'dependsOn: [t2]', 'duration: 3d', 'duration: -1', 'status: done', 'progress: 50', 'deadline: 2026-02-30', 'owner: nobody',
  '\n  - id: extra\n    name: Extra\n    duration: 2\n', '\n  - id: t1\n    name: Twin\n    duration: 1\n', '\n- id: top\n', '\n  -\n', '\n  - just text\n',
  '\ntasks:\n', '\nrisks:\n  - id: r9\n    title: New risk\n', '\nprogram: again\n', '\nx-note: |+\n  kept\n\n', '\n# comment\n', '\n    notes: "open',
];

export type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'line'; readonly at: number; readonly action: 'delete' | 'duplicate' | 'indent' | 'dedent' | 'move' };

/** Edits that insert one of `snippets` (or a few random characters), delete, or change a line. */
export function editArbitrary(snippets: readonly string[] = SNIPPETS): fc.Arbitrary<Edit> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 3 })) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('line' as const), at: fc.nat(), action: fc.constantFrom('delete' as const, 'duplicate' as const, 'indent' as const, 'dedent' as const, 'move' as const) }) },
  );
}

export function applyEdit(text: string, edit: Edit): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const line = text.slice(lineStart, lineEnd);
  const rest = text.slice(0, lineStart) + text.slice(lineEnd);
  switch (edit.action) {
    case 'delete':
      return rest;
    case 'duplicate':
      return text.slice(0, lineEnd) + line + text.slice(lineEnd);
    case 'indent':
      return `${text.slice(0, lineStart)}  ${text.slice(lineStart)}`;
    case 'dedent':
      return text.slice(lineStart, lineStart + 2) === '  ' ? text.slice(0, lineStart) + text.slice(lineStart + 2) : text;
    case 'move': {
      // Moves the line to the start of the next line's successor: reorders items and fields.
      const next = rest.indexOf('\n', lineStart);
      const to = next < 0 ? rest.length : next + 1;
      return rest.slice(0, to) + (line.endsWith('\n') ? line : `${line}\n`) + rest.slice(to);
    }
  }
}
