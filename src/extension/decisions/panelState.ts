/**
 * Reads back what a what-if or confidence webview kept (`setState`) when VS Code restores its
 * panel after a window reload. The state is the page's, so it is checked field by field: a
 * malformed one restores nothing rather than asking the server odd questions.
 */
import type { WhatIfChangeParams, WhatIfQuestion } from '../../protocol/decisions';

const KINDS: readonly WhatIfChangeParams['kind'][] = ['slip', 'duration', 'cancel', 'addAfter'];

export interface RestoredDecisionPanel {
  readonly documentUri: string;
  readonly questions: readonly WhatIfQuestion[];
}

export function restoredDecisionPanel(state: unknown): RestoredDecisionPanel | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { documentUri, questions } = state as { documentUri?: unknown; questions?: unknown };
  if (typeof documentUri !== 'string' || documentUri === '') return undefined;
  const asked = Array.isArray(questions) ? questions.map(questionOf).filter((q) => q !== undefined) : [];
  return { documentUri, questions: asked };
}

function questionOf(raw: unknown): WhatIfQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { scenarioId, change } = raw as { scenarioId?: unknown; change?: unknown };
  if (typeof scenarioId === 'string') return { scenarioId };
  if (typeof change !== 'object' || change === null) return undefined;
  const { kind, task, days } = change as { kind?: unknown; task?: unknown; days?: unknown };
  if (!KINDS.includes(kind as WhatIfChangeParams['kind']) || typeof task !== 'string') return undefined;
  if (days !== undefined && !(typeof days === 'number' && Number.isFinite(days))) return undefined;
  return { change: { kind: kind as WhatIfChangeParams['kind'], task, ...(days === undefined ? {} : { days }) } };
}
