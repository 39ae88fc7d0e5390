/**
 * What the scenarios expect, computed from the core on the same example files, so the tests
 * follow the examples as they evolve instead of hard-coding their content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/source';
import type { Span } from '../../../src/core/source';
import { ROOT } from '../../../scripts/code-server/extension';

export interface Example {
  readonly text: string;
  readonly analysis: Analysis;
  /** 1-based line and column of an offset, as VS Code's status bar shows them. */
  at(offset: number): { line: number; column: number };
  /** 1-based lines [first, last] a span covers. */
  lines(span: Span): [number, number];
}

export function example(name: string): Example {
  const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
  const index = new LineIndex(text);
  const at = (offset: number) => {
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return { text, analysis: analyze(text), at, lines: (span) => [at(span.start).line, at(span.end).line] };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The ways a UI may print an ISO date: `2026-03-02`, `2 Mar`, `Mar 2`. */
export function dateForms(iso: string): string[] {
  const [, month, day] = iso.split('-').map(Number);
  return [iso, `${day} ${MONTHS[month - 1]}`, `${MONTHS[month - 1]} ${day}`];
}

export function mentionsDate(text: string, iso: string): boolean {
  return dateForms(iso).some((form) => text.includes(form));
}
