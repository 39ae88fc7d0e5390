/**
 * Program file text → the tolerant {@link Program} model and the syntax and schema diagnostics
 * (PP001–PP009). Never throws: whatever the text, the result is a model of what could be read.
 */
import { isMap, isScalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Launch, Program, Task } from '../model';
import type { Span } from '../source';
import {
  buildAction,
  buildChecklistItem,
  buildDecision,
  buildHoliday,
  buildIssue,
  buildPerson,
  buildRisk,
  buildStakeholder,
  buildTask,
  buildTeam,
} from './buildEntities';
import { MappingReader } from './modelReader';
import { readYaml } from './readYaml';
import { PROGRAM_SCHEMA, Validation } from './schemaValidator';
import { firstLine, nodeSpan, resolved, type Source, type ValueNode } from './yamlNodes';

export interface ParsedProgram {
  readonly program: Program;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseProgram(text: string): ParsedProgram {
  const { doc, problems } = readYaml(text);
  const diagnostics: Diagnostic[] = problems.map((problem) => diagnostic('PP001', problem.span, `YAML syntax: ${problem.message}`, { severity: problem.severity }));
  const source: Source = { text, base: 0, doc };
  const root = resolved(source, doc.contents as ValueNode);
  if (!isMap(root)) {
    diagnostics.push(notAProgram(source, root));
    return { program: emptyProgram(nodeSpan(source, root) ?? { start: 0, end: 0 }), diagnostics };
  }
  const validation = new Validation(source);
  validation.validate(root, PROGRAM_SCHEMA, { label: '' });
  diagnostics.push(...validation.diagnostics);
  return { program: buildProgram(new MappingReader(source, validation.invalid, root)), diagnostics };
}

function notAProgram(source: Source, root: ValueNode): Diagnostic {
  const span = nodeSpan(source, root);
  const message = 'This is not a program file: it must be a mapping with at least `program: <name>` and `start: <YYYY-MM-DD>`.';
  if (!span || root == null || (isScalar(root) && root.value == null)) return diagnostic('PP009', { start: 0, end: 0 }, message);
  return diagnostic('PP009', firstLine(source, span), message);
}

function buildProgram(top: MappingReader): Program {
  const mappings = (key: string) => mappingsOf(top, top.items(key));
  const calendar = top.mapping('calendar');
  const charter = top.mapping('charter');
  const budget = top.mapping('budget');
  const override = top.mapping('statusOverride');
  const overrideStatus = override?.choice('status', ['green', 'amber', 'red'] as const);
  const total = budget?.number('total');
  const tasks: Task[] = [];
  for (const reader of mappings('tasks')) {
    const task = buildTask(reader, tasks.length);
    if (task) tasks.push(task);
  }
  return {
    span: top.span(),
    fields: top.fieldSpans(),
    name: top.text('program') ?? '',
    start: top.text('start'),
    statusDate: top.text('statusDate'),
    targetEnd: top.text('targetEnd'),
    accountable: top.refs('accountable'),
    charter: charter && {
      context: charter.text('context'),
      successCriteria: charter.texts('successCriteria'),
      inScope: charter.texts('inScope'),
      outOfScope: charter.texts('outOfScope'),
    },
    holidays: calendar ? calendar.items('holidays').flatMap((item) => buildHoliday(top.source, top.invalid, item) ?? []) : [],
    people: mappings('people').flatMap((reader) => buildPerson(reader) ?? []),
    teams: mappings('teams').flatMap((reader) => buildTeam(reader) ?? []),
    tasks,
    risks: mappings('risks').flatMap((reader) => buildRisk(reader) ?? []),
    actions: mappings('actions').flatMap((reader) => buildAction(reader) ?? []),
    issues: mappings('issues').flatMap((reader) => buildIssue(reader) ?? []),
    decisions: mappings('decisions').flatMap((reader) => buildDecision(reader) ?? []),
    stakeholders: mappings('stakeholders').flatMap((reader) => buildStakeholder(reader) ?? []),
    launch: buildLaunch(top.mapping('launch')),
    budget: budget && total !== undefined ? { total, spent: budget.number('spent') ?? 0, currency: budget.text('currency') } : undefined,
    statusOverride: override && overrideStatus ? { status: overrideStatus, reason: override.text('reason') } : undefined,
  };
}

function buildLaunch(launch: MappingReader | undefined): Launch | undefined {
  if (!launch) return undefined;
  const checklist = mappingsOf(launch, launch.items('checklist')).flatMap((reader) => buildChecklistItem(reader) ?? []);
  return { span: launch.span(), fields: launch.fieldSpans(), date: launch.text('date'), checklist };
}

/** Readers for the mapping items of a list (other items were reported by the validator). */
function mappingsOf(parent: MappingReader, items: readonly ValueNode[]): MappingReader[] {
  return items.flatMap((item) => {
    const node = resolved(parent.source, item);
    return isMap(node) ? [new MappingReader(parent.source, parent.invalid, node)] : [];
  });
}

function emptyProgram(span: Span): Program {
  return { span, fields: {}, name: '', accountable: [], holidays: [], people: [], teams: [], tasks: [], risks: [], actions: [], issues: [], decisions: [], stakeholders: [] };
}
