/**
 * What the editor does per request on a large plan, given the cached analysis: building the
 * symbol index (once per analysis), then hover, completion context, the CodeLens titles of a
 * screenful of tasks, the quick fixes at a diagnostic, the outline and the status bar's health.
 * Analysis itself is timed by the other bench files.
 */
import { analyze } from '../src/core/analyze';
import { fixAllEdits, fixesFor } from '../src/core/fixes/quickFixes';
import { hoverAt } from '../src/core/hover/hoverAt';
import { taskLensTitle } from '../src/core/hover/taskLens';
import { completionContextAt } from '../src/core/navigation/completionContext';
import { documentSymbols } from '../src/core/navigation/documentSymbols';
import { renameEdits } from '../src/core/navigation/rename';
import { buildSymbolIndex } from '../src/core/navigation/symbolIndex';
import { assessHealth, projectedEnd } from '../src/core/status/health';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const SIZES = [5_000, 20_000];

export default async function editorBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizes ?? SIZES) {
    // Every 100th owner removed, so there are PP201 diagnostics to fix.
    let owner = 0;
    const text = generatePlan({ tasks }).replace(/\n(\s+)owner: [\w.-]+/g, (all) => (++owner % 100 === 0 ? '' : all));
    const analysis = analyze(text);
    const { program, schedule } = analysis;
    const run = { runs: options.runs };
    rows.push(measure('symbol index (once per analysis)', tasks, () => buildSymbolIndex(program), run));
    const person = program.people[0];
    rows.push(measure('+ references by id (first find-references)', tasks, () => buildSymbolIndex(program).referencesTo('person', person.id), run));
    const middle = program.tasks[Math.floor(program.tasks.length / 2)];
    rows.push(measure('hover on a task', tasks, () => hoverAt(analysis, middle.idSpan.start), run));
    rows.push(measure('hover on a person', tasks, () => hoverAt(analysis, person.idSpan.start), run));
    const dependency = program.tasks.find((t) => t.dependsOn.length > 0 && t.index > tasks / 2)!.dependsOn[0];
    rows.push(measure('completion context in dependsOn', tasks, () => completionContextAt(text, dependency.task.span.end), run));
    rows.push(measure('CodeLens titles of 60 tasks', tasks, () => program.tasks.slice(0, 60).map((t) => taskLensTitle(program, schedule, t)), run));
    const input = { text, program, asOf: analysis.asOf };
    const noOwner = analysis.diagnostics.find((d) => d.code === 'PP201')!;
    rows.push(measure('quick fixes at a task without owner', tasks, () => fixesFor(input, noOwner), run));
    rows.push(measure(`fix all (${analysis.diagnostics.length} diagnostics)`, tasks, () => fixAllEdits(input, analysis.diagnostics), run));
    rows.push(measure('outline (document symbols)', tasks, () => documentSymbols(program), run));
    rows.push(measure('rename edits of a person', tasks, () => renameEdits(text, program, 'person', person.id, 'renamed'), run));
    rows.push(measure('status bar (health + projected end)', tasks, () => [assessHealth(program, schedule, analysis.asOf), projectedEnd(program, schedule, analysis.asOf)], run));
  }
  return rows;
}
