/**
 * The semantic checks: everything the schema cannot say about a program (references between
 * items, the dependency network, RACI, RAID hygiene, progress). Runs on every keystroke, so each
 * check is a linear pass over maps built once in the context.
 *
 * `data` on each diagnostic carries what quick fixes need: `taskId` is the task the diagnostic
 * is about (for PP102–PP105 the task that declares the dependency, `ref` the referenced id),
 * `suggestion` the closest existing id for unknown references (PP102, PP106, PP203, PP204),
 * `personId` / `teamId` the unknown id (PP203, PP204), `keep` the accountable to keep (PP206),
 * `riskId` + `missing` for PP301/PP302, `cycle` the task ids of the loop for PP104.
 */
import type { Diagnostic } from '../diagnostics';
import type { IsoDate, Program } from '../model';
import type { DependencyGraph } from '../graph/dependencyGraph';
import { createCheckContext } from './context';
import { checkDuplicateIds } from './duplicates';
import { checkTaskReferences } from './references';
import { checkCycles } from './cycles';
import { checkRaci } from './raci';
import { checkRaid } from './raid';
import { checkProgress } from './progress';
import { checkWhatIfInputs } from './whatIfInputs';
import { checkLaunch } from './launch';

export interface CheckOptions {
  /** "Now" for time-dependent checks. */
  readonly asOf: IsoDate;
  /** The program's dependency graph when the caller has already built it (the scheduler shares it). */
  readonly graph?: DependencyGraph;
}

export function checkProgram(program: Program, options: CheckOptions): Diagnostic[] {
  const context = createCheckContext(program, options.asOf, options.graph);
  return [
    ...checkDuplicateIds(context),
    ...checkTaskReferences(context),
    ...checkCycles(context),
    ...checkRaci(context),
    ...checkRaid(context),
    ...checkProgress(context),
    ...checkWhatIfInputs(context),
    ...checkLaunch(context),
  ];
}
