/**
 * What-if in the editor: the task at the cursor and the file's scenarios (for the client's
 * pickers), a change's impact in what the panel shows, and the minimal edits "Apply" writes.
 * Each request reads the current analysis, so an answer always matches the text it edits.
 */
import type { Position } from 'vscode-languageserver';
import { addAfter, describe, MAX_CHANGE_DAYS, scenarioChanges, type WhatIfChange } from '../core/whatif/changes';
import { whatIfEdits } from '../core/whatif/edits';
import { whatIf, type Move } from '../core/whatif/impact';
import { change as changeText } from '../core/whatif/report';
import { findScenario } from '../core/whatif/scenarios';
import type { MoveView, WhatIfChangeParams, WhatIfParams, WhatIfTarget, WhatIfView } from '../protocol/decisions';
import type { Range } from '../protocol/requests';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';
import { taskAt } from './programs';

export function whatIfTarget(entry: ProgramEntry, taskId: string | undefined, position: Position | undefined): WhatIfTarget {
  const { program } = entry.analysis;
  const task = taskAt(entry, taskId, position);
  const scenarios = (program.scenarios ?? []).map((s) => ({ id: s.id, name: s.name || s.id }));
  if (!task) return { message: 'Put the cursor on a task to ask what if it changes.', scenarios };
  return { taskId: task.id, name: task.name || task.id, duration: task.duration, scenarios };
}

/** The question's changes and title, or why it cannot be asked. */
function changesOf(entry: ProgramEntry, params: WhatIfParams): { title: string; changes: WhatIfChange[] } | string {
  const analysis = entry.analysis;
  if ('scenarioId' in params) {
    const scenario = typeof params.scenarioId === 'string' ? findScenario(analysis, params.scenarioId) : undefined;
    return scenario ? { title: scenario.name || scenario.id, changes: scenarioChanges(scenario) } : `The plan has no scenario '${String(params.scenarioId)}'.`;
  }
  const asked: WhatIfChangeParams | undefined = params.change;
  if (!asked || typeof asked.task !== 'string') return 'No change was given.';
  if (!analysis.graph.indexById.has(asked.task)) return `The plan has no task '${asked.task}'.`;
  const days = asked.days;
  if (asked.kind !== 'cancel' && !(typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_CHANGE_DAYS)) {
    return `The number of working days must be a whole number from 0 to ${MAX_CHANGE_DAYS}.`;
  }
  const change: WhatIfChange | undefined =
    asked.kind === 'slip' || asked.kind === 'duration'
      ? { kind: asked.kind, task: asked.task, days: days! }
      : asked.kind === 'cancel'
        ? { kind: 'status', task: asked.task, status: 'cancelled' }
        : asked.kind === 'addAfter'
          ? addAfter(analysis.program, analysis.graph, asked.task, days!)
          : undefined;
  return change ? { title: describe(change), changes: [change] } : `Unknown change '${String(asked.kind)}'.`;
}

export function whatIfView(entry: ProgramEntry, params: WhatIfParams): WhatIfView | { message: string } {
  const asked = changesOf(entry, params);
  if (typeof asked === 'string') return { message: asked };
  const impact = whatIf(entry.analysis, asked.changes);
  const moves = [...impact.milestones, ...(impact.projectEnd && impact.projectEnd.days !== 0 ? [impact.projectEnd] : [])].map(moveView);
  const question = 'scenarioId' in params ? { scenarioId: params.scenarioId } : { change: params.change };
  return {
    title: asked.title,
    question,
    ok: impact.ok,
    applied: impact.applied,
    skipped: impact.skipped,
    moves,
    deadlines: impact.deadlines.map((d) => ({ name: d.kind === 'deadline' ? `${d.name} (deadline)` : d.name, date: d.date, met: d.met, finishBefore: d.finishBefore, finishAfter: d.finishAfter })),
    criticalPath: impact.criticalPath,
    lateHandoffs: impact.lateHandoffs,
    editable: impact.applied.length > 0,
  };
}

function moveView(move: Move): MoveView {
  return { id: move.id, name: move.name, from: { date: move.from.date, week: move.from.week }, to: { date: move.to.date, week: move.to.week }, days: move.days, change: changeText(move) };
}

/** The edits on the current text; null when the question cannot be asked of it (the task is gone). */
export function whatIfApplyEdits(entry: ProgramEntry, params: WhatIfParams): { range: Range; newText: string }[] | null {
  const asked = changesOf(entry, params);
  if (typeof asked === 'string') return null;
  const edits = whatIfEdits(entry.document.getText(), entry.analysis, asked.changes);
  return edits.map((e) => ({ range: rangeOf(entry.document, e.span), newText: e.newText }));
}
