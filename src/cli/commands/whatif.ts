/**
 * `program-pilot whatif <file> --slip TASK=N | --duration TASK=D | --cancel TASK |
 * --add-after TASK=D | --scenario ID`: what one change, or a scenario of the file, does to the
 * milestones, deadlines, critical path and hand-offs between teams, and the edit that makes it.
 */
import { analyze } from '../../core/analyze';
import { LineIndex } from '../../core/source';
import { workingDays as daysOf } from '../../core/parse/buildEntities';
import { addAfter, describe, scenarioChanges, type WhatIfChange } from '../../core/whatif/changes';
import { whatIfEdits } from '../../core/whatif/edits';
import { whatIf, type WhatIfInput } from '../../core/whatif/impact';
import { impactMarkdown } from '../../core/whatif/report';
import { findScenario } from '../../core/whatif/scenarios';
import { oneOf, parseCommandArgs, readProgramText, type ValueCheck } from '../args';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot whatif <file> <change> [--format md|json]

Reschedules the plan with one change, or with a scenario listed under \`scenarios\`,
and reports what moves: every milestone and the projected end (dates, working days,
ISO weeks), deadlines, targetEnd and launch.date newly missed or met, the new
critical path, and dependencies between teams that become late.

Changes (give exactly one):
  --slip TASK=N        TASK starts N working days later than planned (work in
                       progress: finishes N working days later).
  --duration TASK=D    TASK takes D working days (D written like a duration: 15,
                       15d, 3w).
  --cancel TASK        TASK is cancelled (descoped).
  --add-after TASK=D   A new task of D working days after TASK (same team and
                       owner); only what waits for it moves.
  --scenario ID        The changes of the scenario with this id.

Options:
  --format md|json     Markdown (default) or JSON, which also gives the text
                       edits that write the change into the file.
  -h, --help           Show this help.

Exit status: 0 reported, 1 the file has no valid start date, 2 usage error,
unknown task or scenario, or unreadable file, 3 internal error.
`;

const CHANGE_OPTIONS = ['slip', 'duration', 'cancel', 'add-after', 'scenario'] as const;

/** `TASK=N` with N written like a duration. */
const taskAndDays: ValueCheck = (value) => {
  const at = value.lastIndexOf('=');
  return at > 0 && daysOf(/^\d+$/.test(value.slice(at + 1)) ? Number(value.slice(at + 1)) : value.slice(at + 1)) !== undefined
    ? undefined
    : `must be TASK=DAYS (days like 10, 10d or 2w), not '${value}'`;
};
const anyText: ValueCheck = () => undefined;

export const whatifCommand: CliCommand = {
  name: 'whatif',
  summary: 'Show what a slip, a new duration, a cancellation, added work or a scenario does to the plan',
  usage: USAGE,
  run(args, io) {
    const fail = (problem: string): number => {
      io.stderr(`program-pilot whatif: ${problem}\n`);
      return 2;
    };
    const parsed = parseCommandArgs(args, {
      values: { slip: taskAndDays, duration: taskAndDays, cancel: anyText, 'add-after': taskAndDays, scenario: anyText, format: oneOf(['md', 'json']) },
      files: 'one',
    });
    if (typeof parsed === 'string') return fail(`${parsed}\n\n${USAGE}`);
    const given = CHANGE_OPTIONS.filter((name) => parsed.values.has(name));
    if (given.length !== 1) return fail(`give exactly one of ${CHANGE_OPTIONS.map((c) => `--${c}`).join(', ')}\n\n${USAGE}`);
    const file = parsed.files[0];
    const text = readProgramText(io, 'whatif', file);
    if (text === undefined) return 2;
    const analysis = analyze(text);
    if (!analysis.schedule.ok) {
      io.stderr(`program-pilot whatif: ${file} has no valid 'start' date (YYYY-MM-DD), so nothing can be scheduled. Run 'program-pilot check ${file}' for details.\n`);
      return 1;
    }
    const option = given[0];
    const request = changesFor(analysis, option, parsed.values.get(option)!);
    if (typeof request === 'string') return fail(request);
    const impact = whatIf(analysis, request.changes);
    if (impact.applied.length === 0 && impact.skipped.length > 0) return fail(impact.skipped.join('; '));
    if (parsed.values.get('format') !== 'json') {
      io.stdout(impactMarkdown(request.title, impact));
      return 0;
    }
    const lines = new LineIndex(text);
    const edits = whatIfEdits(text, analysis, request.changes).map((edit) => ({
      start: lines.positionAt(edit.span.start),
      end: lines.positionAt(edit.span.end),
      newText: edit.newText,
    }));
    const { program: _program, schedule: _schedule, ...facts } = impact;
    io.stdout(`${JSON.stringify({ file, change: request.title, ...facts, edits }, null, 2)}\n`);
    return 0;
  },
};

/** The changes an option asks for, or what is wrong with it. */
function changesFor(input: WhatIfInput, option: (typeof CHANGE_OPTIONS)[number], value: string): { title: string; changes: WhatIfChange[] } | string {
  if (option === 'scenario') {
    const scenario = findScenario(input, value);
    if (!scenario) return `no scenario '${value}' under 'scenarios'${listed(input.program.scenarios?.map((s) => s.id) ?? [])}`;
    return { title: scenario.name, changes: scenarioChanges(scenario) };
  }
  const at = option === 'cancel' ? value.length : value.lastIndexOf('=');
  const task = value.slice(0, at);
  if (!input.graph.indexById.has(task)) return `no task '${task}' in the plan`;
  const written = value.slice(at + 1);
  const days = daysOf(/^\d+$/.test(written) ? Number(written) : written) ?? 0;
  const change: WhatIfChange =
    option === 'slip'
      ? { kind: 'slip', task, days }
      : option === 'duration'
        ? { kind: 'duration', task, days }
        : option === 'cancel'
          ? { kind: 'status', task, status: 'cancelled' }
          : addAfter(input.program, input.graph, task, days);
  return { title: describe(change), changes: [change] };
}

function listed(ids: readonly string[]): string {
  return ids.length === 0 ? ' (the file has none)' : `; the file has: ${ids.slice(0, 20).join(', ')}`;
}
