/**
 * The one entry point from a program file's text to its model, schedule and diagnostics.
 * Pure: no I/O, no `vscode`, no dependence on the clock except through `options.today`.
 */
import type { Diagnostic } from './diagnostics';
import type { IsoDate, Program } from './model';
import type { Schedule } from './schedule/types';
import { parseProgram } from './parse/parseProgram';
import { checkProgram } from './checks/checkProgram';
import { scheduleProgram } from './schedule/scheduleProgram';
import { scheduleDiagnostics } from './schedule/scheduleDiagnostics';
import { sameScheduleInputs } from './schedule/sameScheduleInputs';
import { todayIso } from './dates';
import { buildDependencyGraph, sameDependencyNetwork, type DependencyGraph } from './graph/dependencyGraph';

export interface AnalyzeOptions {
  /** The "now" for checks such as "action past due"; default: the file's `statusDate`, else today. */
  readonly asOf?: IsoDate;
}

export interface Analysis {
  readonly program: Program;
  readonly schedule: Schedule;
  /** Sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The date the time-dependent checks used. */
  readonly asOf: IsoDate;
  /** The dependency graph the checks and the scheduler used, for later consumers (the charts). */
  readonly graph: DependencyGraph;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseProgram(text);
  return analyzeParsed(parsed.program, parsed.diagnostics, options);
}

/**
 * The whole-program passes, shared by {@link analyze} and incremental re-analysis, which passes
 * the `previous` analysis of the same file so that its dependency graph and schedule are kept
 * when the edit left what they read as it was (neither holds positions).
 */
export function analyzeParsed(
  program: Program,
  parseDiagnostics: readonly Diagnostic[],
  options: AnalyzeOptions = {},
  previous?: Analysis,
): Analysis {
  const asOf = options.asOf ?? program.statusDate ?? todayIso();
  const kept = keptFrom(previous, program);
  // One dependency graph for the checks and the scheduler: it is the costliest shared step.
  const graph = kept.graph ?? buildDependencyGraph(program);
  const schedule = kept.schedule ?? scheduleProgram(program, graph);
  const diagnostics = [
    ...parseDiagnostics,
    ...checkProgram(program, { asOf, graph }),
    ...scheduleDiagnostics(program, schedule),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { program, schedule, diagnostics, asOf, graph };
}

/**
 * What the previous analysis of the file still holds for `program`: the schedule when the edit
 * left the schedule's inputs (which include the dependency network) as they were, the dependency
 * graph when it left the task ids and dependencies, the common cases while typing.
 */
function keptFrom(previous: Analysis | undefined, program: Program): { graph?: DependencyGraph; schedule?: Schedule } {
  if (!previous) return {};
  if (sameScheduleInputs(previous.program, program)) return { graph: previous.graph, schedule: previous.schedule };
  return sameDependencyNetwork(previous.program, program) ? { graph: previous.graph } : {};
}
