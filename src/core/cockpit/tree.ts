/**
 * The cockpit's tree data: what the editor's "Program" views show, as plain nodes with source
 * spans. The server maps spans to ranges; the extension maps tones to icons.
 */
import type { Span } from '../source';

/** How a node reads at a glance; the extension picks the icon and color. */
export type Tone = 'done' | 'ok' | 'warning' | 'error' | 'info' | 'group' | 'person';

export interface CockpitNode {
  readonly label: string;
  /** Short text beside the label. */
  readonly description?: string;
  /** One line saying why the node is there (the tooltip). */
  readonly reason?: string;
  readonly tone: Tone;
  /** The id to select when the node is clicked. */
  readonly span?: Span;
  /** A task the node is about: it offers "Assign Owner…". */
  readonly taskId?: string;
  readonly children?: readonly CockpitNode[];
}

export interface Cockpit {
  readonly milestones: readonly CockpitNode[];
  readonly attention: readonly CockpitNode[];
  readonly raid: readonly CockpitNode[];
  readonly people: readonly CockpitNode[];
}

/** Keeps one-line reasons one line: blockers and notes can be paragraphs. */
export function oneLine(value: string, max = 120): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
