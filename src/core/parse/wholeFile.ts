/**
 * A whole program file read as one YAML document → the tolerant {@link Program} model and the
 * syntax and schema diagnostics (PP001–PP009). Never throws: whatever the text, the result is a
 * model of what could be read. `parseProgram` uses it when the file cannot be read item by item.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { FieldSpan, Launch, Program } from '../model';
import type { Span } from '../source';
import { buildChecklistItem, buildHoliday, LIST_BUILDERS, type ListEntity, type ListKey } from './buildEntities';
import { MappingReader } from './modelReader';
import { readYaml, type YamlProblem } from './readYaml';
import { PROGRAM_SCHEMA, Validation } from './schemaValidator';
import { firstLine, isMapNode, nodeSpan, resolved, type Source, type ValueNode } from './yamlNodes';

export interface ParsedProgram {
  readonly program: Program;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseWholeFile(text: string): ParsedProgram {
  const { root: written, problems } = readYaml(text);
  const diagnostics = syntaxDiagnostics(problems);
  const source: Source = { text, base: 0 };
  const root = resolved(written);
  if (!isMapNode(root)) {
    diagnostics.push(notAProgram(source, root));
    return { program: emptyProgram(nodeSpan(source, root) ?? { start: 0, end: 0 }), diagnostics };
  }
  const validation = new Validation(source);
  validation.validate(root, PROGRAM_SCHEMA, { label: '' });
  diagnostics.push(...validation.diagnostics);
  return { program: buildProgram(new MappingReader(source, validation.invalid, root)), diagnostics: inTextOrder(diagnostics) };
}

export function syntaxDiagnostics(problems: readonly YamlProblem[]): Diagnostic[] {
  return problems.map((problem) => diagnostic('PP001', problem.span, `YAML syntax: ${problem.message}`, { severity: problem.severity }));
}

/**
 * Diagnostics by position (equal positions keep the order they were found in), each once: a bad
 * value merged into several mappings (`<<: *defaults`) is found in each of them.
 */
export function inTextOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return diagnostics.filter((d, i) => i === 0 || !sameDiagnostic(d, diagnostics[i - 1]));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.code === b.code && a.message === b.message;
}

function notAProgram(source: Source, root: ValueNode): Diagnostic {
  const span = nodeSpan(source, root);
  const message = 'This is not a program file: it must be a mapping with at least `program: <name>` and `start: <YYYY-MM-DD>`.';
  if (!span || root == null || (root.kind === 'scalar' && root.value == null)) return diagnostic('PP009', { start: 0, end: 0 }, message);
  return diagnostic('PP009', firstLine(source, span), message);
}

function buildProgram(top: MappingReader): Program {
  const calendar = top.mapping('calendar');
  const charter = top.mapping('charter');
  const budget = top.mapping('budget');
  const override = top.mapping('statusOverride');
  const reporting = top.mapping('reporting');
  const overrideStatus = override?.choice('status', ['green', 'amber', 'red'] as const);
  const total = budget?.number('total');
  const list = <K extends ListKey>(key: K): ListEntity<K>[] => {
    const entities: ListEntity<K>[] = [];
    for (const reader of mappingsOf(top, top.items(key))) {
      const entity = LIST_BUILDERS[key](reader, entities.length);
      if (entity) entities.push(entity);
    }
    return entities;
  };
  const fields = top.fieldSpans();
  return {
    span: programSpan(nodeSpan(top.source, top.map) ?? top.span(), fields),
    fields,
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
    people: list('people'),
    teams: list('teams'),
    tasks: list('tasks'),
    risks: list('risks'),
    actions: list('actions'),
    issues: list('issues'),
    decisions: list('decisions'),
    stakeholders: list('stakeholders'),
    scenarios: list('scenarios'),
    launch: buildLaunch(top.mapping('launch')),
    budget: budget && total !== undefined ? { total, spent: budget.number('spent') ?? 0, currency: budget.text('currency') } : undefined,
    statusOverride: override && overrideStatus ? { status: overrideStatus, reason: override.text('reason') } : undefined,
    ...baselinesOf(top),
    reporting: reporting && { blockedRiskDays: reporting.number('blockedRiskDays') },
  };
}

/** `baseline: ref` and `baselines: [{ref, name}]`, in that order; left out when the file has no usable one. */
function baselinesOf(top: MappingReader): Pick<Program, 'baselines'> {
  const single = top.ref('baseline');
  const listed = mappingsOf(top, top.items('baselines')).flatMap((entry) => {
    const ref = entry.ref('ref');
    const name = entry.text('name');
    return ref ? [{ ref: ref.id, span: ref.span, ...(name === undefined ? {} : { name }) }] : [];
  });
  const baselines = [...(single ? [{ ref: single.id, span: single.span }] : []), ...listed];
  return baselines.length > 0 ? { baselines } : {};
}

function buildLaunch(launch: MappingReader | undefined): Launch | undefined {
  if (!launch) return undefined;
  const checklist = mappingsOf(launch, launch.items('checklist')).flatMap((reader) => buildChecklistItem(reader) ?? []);
  const rollout = mappingsOf(launch, launch.items('rollout')).map((stage) => ({
    span: stage.span(),
    fields: stage.fieldSpans(),
    traffic: percentOf(stage.scalar('traffic')),
    hold: stage.text('hold'),
    goCriteria: stage.texts('goCriteria'),
  }));
  // `postLaunch` is a list of checks, or a mapping with the retrospective, the BAU owner and the checks.
  const post = launch.mapping('postLaunch');
  const retrospective = post?.text('retrospective');
  const handoffOwner = post?.ref('handoffOwner');
  return {
    span: launch.span(),
    fields: launch.fieldSpans(),
    date: launch.text('date'),
    checklist,
    rollout,
    rollbackTriggers: launch.texts('rollbackTriggers'),
    postLaunch: post ? post.texts('checks') : launch.texts('postLaunch'),
    ...(retrospective === undefined ? {} : { retrospective }),
    ...(handoffOwner === undefined ? {} : { handoffOwner }),
  };
}

/** `10%` or `10`: the schema reported anything else. */
function percentOf(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,3}(\.\d+)?%$/.test(value) ? Number(value.slice(0, -1)) : undefined;
  return number !== undefined && Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/**
 * From the first key to the end of the last value. (The root node's own range sometimes takes in
 * trailing comments and sometimes not; this does not depend on comments.)
 */
function programSpan(root: Span, fields: Readonly<Record<string, FieldSpan>>): Span {
  let end = root.start;
  for (const field of Object.values(fields)) end = Math.max(end, field.key.end, field.value.end);
  return { start: root.start, end };
}

/** Readers for the mapping items of a list (other items were reported by the validator). */
function mappingsOf(parent: MappingReader, items: readonly ValueNode[]): MappingReader[] {
  return items.flatMap((item) => {
    const node = resolved(item);
    return isMapNode(node) ? [new MappingReader(parent.source, parent.invalid, node)] : [];
  });
}

function emptyProgram(span: Span): Program {
  return { span, fields: {}, name: '', accountable: [], holidays: [], people: [], teams: [], tasks: [], risks: [], actions: [], issues: [], decisions: [], stakeholders: [] };
}
