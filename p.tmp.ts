import { analyze } from './src/core/analyze';
import { whatIf } from './src/core/whatif/impact';
import { whatIfEdits } from './src/core/whatif/edits';
import { addAfter } from './src/core/whatif/changes';
import { decisionOptions, optionsSummary, scenarioImpact } from './src/core/whatif/scenarios';
import { applyEdits } from './src/core/fixes/textEdit';
import { PLAN } from './test/unit/whatif/plan';
const a = analyze(PLAN);
const show = (i: any) => { const { program, schedule, ...rest } = i; console.log(JSON.stringify(rest)); };
show(whatIf(a, [{ kind: 'slip', task: 'build', days: 10 }]));
show(whatIf(a, [{ kind: 'duration', task: 'docs', days: 15 }]));
show(whatIf(a, [{ kind: 'status', task: 'pilots', status: 'cancelled' }]));
show(whatIf(a, [addAfter(a.program, a.graph, 'build', 5)]));
for (const ch of [[{ kind: 'slip', task: 'build', days: 10 }], [{ kind: 'duration', task: 'docs', days: 15 }], [addAfter(a.program, a.graph, 'build', 5)], [{ kind: 'status', task: 'pilots', status: 'cancelled' }]] as any) {
  const e = whatIfEdits(PLAN, a, ch); console.log(JSON.stringify(e));
}
const e = whatIfEdits(PLAN, a, [addAfter(a.program, a.graph, 'build', 5)]);
console.log(applyEdits(PLAN, e).slice(300, 700));
console.log(decisionOptions(a).map(optionsSummary));
show(scenarioImpact(a, 'security'));
