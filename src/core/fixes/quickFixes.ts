/**
 * Quick fixes: for a diagnostic, the edits that repair it, computed from the analysed text and
 * model. Every fix is a minimal edit (see ./yamlLayout) and says whether it is safe enough to
 * apply unseen in "Fix all".
 */
import type { Diagnostic } from '../diagnostics';
import type { IsoDate, Located, Person, Program, Risk, Task } from '../model';
import type { Span } from '../source';
import { renameEdits } from '../navigation/rename';
import { symbolIndexOf, type Reference } from '../navigation/symbolIndex';
import { editsOverlap, type TextEdit } from './textEdit';
import { appendListItem, insertField, removeSequenceItems, replaceValue, unquotedSpan } from './yamlLayout';

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when the user asks for "the" fix (one per diagnostic at most). */
  readonly preferred?: boolean;
  /**
   * Safe to apply without looking, in "Fix all": it cannot change what the plan means (e.g.
   * removing a dependency that constrains nothing).
   */
  readonly safe?: boolean;
}

export interface FixInput {
  /** The text the analysis was made from. */
  readonly text: string;
  readonly program: Program;
  /** The "today" of the analysis, offered for dates the user must confirm. */
  readonly asOf: IsoDate;
}

/** How many "Assign owner: …" fixes to list before "Assign owner…" takes over. */
export const MAX_OWNER_FIXES = 5;

const DEPENDENCY_CODES = new Set(['PP102', 'PP103', 'PP105']);
/** A self-dependency or one on a cancelled task constrains nothing: removing it is safe. */
const SAFE_REMOVALS = new Set(['PP103', 'PP105']);

export function fixesFor(input: FixInput, diagnostic: Diagnostic): Fix[] {
  const fixes: Fix[] = [];
  const suggestion = typeof diagnostic.data?.suggestion === 'string' ? diagnostic.data.suggestion : undefined;
  if (suggestion) fixes.push(changeTo(input.text, diagnostic, suggestion));

  const reference = referenceAt(input.program, diagnostic.span);
  if (diagnostic.code === 'PP104') {
    fixes.push(...cycleRemovals(input, diagnostic));
  } else if (reference && DEPENDENCY_CODES.has(diagnostic.code) && reference.field === 'dependsOn') {
    const fix = removeDependency(input, reference, diagnostic);
    if (fix) fixes.push(fix);
  }
  switch (diagnostic.code) {
    case 'PP106':
      if (reference?.field === 'tasks') fixes.push(...optional(removeRiskLink(input, reference)));
      break;
    case 'PP201': {
      const task = taskFor(input.program, diagnostic);
      if (task) fixes.push(...assignOwnerFixes(input, task));
      break;
    }
    case 'PP101':
      fixes.push(...optional(renameDuplicate(input, diagnostic.span)));
      break;
    case 'PP202': {
      const task = taskFor(input.program, diagnostic);
      if (task && !task.fields.accountable) fixes.push(...makeAccountableFixes(input, task));
      break;
    }
    case 'PP203':
      // A person's name written for their id is no new person.
      if (reference && !diagnostic.data?.byName) fixes.push(addToList(input, 'people', reference.id));
      break;
    case 'PP205':
      fixes.push(...teamLeadFixes(input, diagnostic.span));
      break;
    case 'PP204':
      if (reference && !diagnostic.data?.byName) fixes.push(addToList(input, 'teams', reference.id));
      break;
    case 'PP206':
      fixes.push(...keepOneAccountable(input, diagnostic));
      break;
    case 'PP301':
    case 'PP302': {
      const risk = riskFor(input.program, diagnostic.span);
      if (risk) fixes.push(...optional(completeRisk(input, risk, diagnostic.code === 'PP301' ? 'mitigation' : 'owner')));
      break;
    }
    case 'PP305': {
      const task = taskFor(input.program, diagnostic);
      if (task && !task.fields.blocker) fixes.push(addField(input, task, 'Say what blocks it', 'blocker', 'What blocks the task', 'status'));
      break;
    }
    case 'PP402': {
      const task = taskFor(input.program, diagnostic);
      if (task && !task.fields.actualFinish) fixes.push(addField(input, task, `Record the actual finish (${input.asOf})`, 'actualFinish', input.asOf, 'actualStart'));
      break;
    }
    case 'PP403': {
      const task = taskFor(input.program, diagnostic);
      if (task) fixes.push(markDone(input, task));
      break;
    }
  }
  if (fixes.length === 1 && !fixes[0].preferred) fixes[0] = { ...fixes[0], preferred: true };
  return fixes;
}

/**
 * The safe fixes of many diagnostics as one set of edits. Removals from the same list are
 * merged so that they do not collide; any other collision keeps the first edit.
 */
export function fixAllEdits(input: FixInput, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const removals = new Map<number, Set<number>>();
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const reference = referenceAt(input.program, diagnostic.span);
    if (SAFE_REMOVALS.has(diagnostic.code) && reference?.field === 'dependsOn' && reference.from && reference.position !== undefined) {
      const positions = removals.get(reference.from.index) ?? new Set<number>();
      positions.add(reference.position);
      removals.set(reference.from.index, positions);
      continue;
    }
    const safe = fixesFor(input, diagnostic).find((fix) => fix.safe);
    if (safe) edits.push(...safe.edits);
  }
  for (const [taskIndex, positions] of removals) {
    const task = input.program.tasks[taskIndex];
    if (task.fields.dependsOn) edits.push(...removeSequenceItems(input.text, task.fields.dependsOn, task.dependsOn.map((d) => d.span), positions));
  }
  const accepted: TextEdit[] = [];
  for (const edit of edits) if (!accepted.some((other) => editsOverlap(edit, other))) accepted.push(edit);
  return accepted;
}

/** The edit that makes `personId` the owner of a task (also used by the "Assign owner…" pick). */
export function assignOwnerEdit(text: string, task: Task, personId: string): TextEdit {
  return setField(text, task, 'owner', personId, ['id', 'name', 'phase', 'team']);
}

/** Sets a field's value, or adds the field after the last of `after` that is present. */
export function setField(text: string, entity: Located, key: string, value: string, after: readonly string[]): TextEdit {
  const existing = entity.fields[key];
  return existing ? replaceValue(text, existing, value) : insertField(text, entity, key, value, { after: lastPresent(entity, after) });
}

/** Who could own a task: its team's lead, then the team's members, then everyone else. */
export function ownerCandidates(program: Program, task: Task): Person[] {
  const teamId = task.team?.id;
  const lead = teamId ? program.teams.find((t) => t.id === teamId)?.lead?.id : undefined;
  const rank = (person: Person): number => (person.id === lead ? 0 : teamId && person.team?.id === teamId ? 1 : 2);
  const seen = new Set<string>();
  const unique = program.people.filter((p) => !seen.has(p.id) && seen.add(p.id));
  return unique.map((person, order) => ({ person, order })).sort((a, b) => rank(a.person) - rank(b.person) || a.order - b.order).map((c) => c.person);
}

export function personLabel(person: Person): string {
  return person.name && person.name !== person.id ? `${person.name} (${person.id})` : person.id;
}

function assignOwnerFixes(input: FixInput, task: Task): Fix[] {
  return ownerCandidates(input.program, task)
    .slice(0, MAX_OWNER_FIXES)
    .map((person, i) => ({ title: `Assign owner: ${personLabel(person)}`, edits: [assignOwnerEdit(input.text, task, person.id)], preferred: i === 0 && isLeadOf(input.program, task, person) }));
}

/** How many people the "make accountable" and "make lead" fixes name. */
const MAX_PERSON_FIXES = 3;

function makeAccountableFixes(input: FixInput, task: Task): Fix[] {
  return ownerCandidates(input.program, task)
    .slice(0, MAX_PERSON_FIXES)
    .map((person) => ({ title: `Make ${personLabel(person)} accountable`, edits: [setField(input.text, task, 'accountable', person.id, ['id', 'name', 'phase', 'team', 'owner'])] }));
}

function teamLeadFixes(input: FixInput, span: Span): Fix[] {
  const around = symbolIndexOf(input.program).definitionAround(span.start);
  if (around?.kind !== 'team') return [];
  const team = input.program.teams[around.index];
  const members = input.program.people.filter((person) => person.team?.id === team.id);
  return members.slice(0, MAX_PERSON_FIXES).map((person) => ({ title: `Make ${personLabel(person)} the team's lead`, edits: [setField(input.text, team, 'lead', person.id, ['id', 'name'])] }));
}

/** Gives a duplicate the first free id `<id>-2`, `<id>-3`, …; references keep meaning the first. */
function renameDuplicate(input: FixInput, span: Span): Fix | undefined {
  const index = symbolIndexOf(input.program);
  const occurrence = index.occurrenceAt(span.start);
  if (occurrence?.role !== 'definition') return undefined;
  let n = 2;
  while (index.definitionsOf(occurrence.kind, `${occurrence.id}-${n}`).length > 0) n++;
  const newId = `${occurrence.id}-${n}`;
  const [edit] = renameEdits(input.text, input.program, occurrence.kind, occurrence.id, newId).filter((e) => e.span.start === occurrence.span.start);
  return edit && { title: `Rename this ${occurrence.kind} to '${newId}'`, edits: [edit] };
}

function isLeadOf(program: Program, task: Task, person: Person): boolean {
  return task.team !== undefined && program.teams.some((t) => t.id === task.team!.id && t.lead?.id === person.id);
}

function changeTo(text: string, diagnostic: Diagnostic, suggestion: string): Fix {
  const span = unquotedSpan(text, diagnostic.span);
  const written = text.slice(span.start, span.end);
  // A difference in case only is a typo beyond doubt; anything else needs the user's eye.
  return { title: `Change to '${suggestion}'`, edits: [{ span, newText: suggestion }], preferred: true, safe: written.toLowerCase() === suggestion.toLowerCase() };
}

function removeDependency(input: FixInput, reference: Reference, diagnostic: Diagnostic): Fix | undefined {
  const task = reference.from ? input.program.tasks[reference.from.index] : undefined;
  if (!task?.fields.dependsOn || reference.position === undefined) return undefined;
  const edits = removeSequenceItems(input.text, task.fields.dependsOn, task.dependsOn.map((d) => d.span), new Set([reference.position]));
  return { title: `Remove dependency on '${reference.id}'`, edits, safe: SAFE_REMOVALS.has(diagnostic.code), preferred: diagnostic.code === 'PP103' };
}

/** A cycle is reported once: one removal per dependency of the loop its related information lists, for the user to choose. */
function cycleRemovals(input: FixInput, diagnostic: Diagnostic): Fix[] {
  return (diagnostic.related ?? []).flatMap(({ span }) => {
    const reference = referenceAt(input.program, span);
    const task = reference?.field === 'dependsOn' && reference.from ? input.program.tasks[reference.from.index] : undefined;
    const fix = task && reference && removeDependency(input, reference, diagnostic);
    return fix ? [{ ...fix, title: `Remove the dependency of '${task.id}' on '${reference.id}'` }] : [];
  });
}

function removeRiskLink(input: FixInput, reference: Reference): Fix | undefined {
  const risk = reference.from ? input.program.risks[reference.from.index] : undefined;
  if (!risk?.fields.tasks || reference.position === undefined) return undefined;
  const edits = removeSequenceItems(input.text, risk.fields.tasks, risk.tasks.map((r) => r.span), new Set([reference.position]));
  return { title: `Remove '${reference.id}' from the risk's tasks`, edits };
}

function addToList(input: FixInput, listKey: 'people' | 'teams', id: string): Fix {
  const list = listKey === 'people' ? input.program.people : input.program.teams;
  const edit = appendListItem(input.text, input.program.fields[listKey], listKey, list[list.length - 1], [
    ['id', id],
    ['name', id],
  ]);
  return { title: `Add '${id}' to ${listKey}`, edits: [edit] };
}

function keepOneAccountable(input: FixInput, diagnostic: Diagnostic): Fix[] {
  const owner = taskFor(input.program, diagnostic) ?? input.program;
  const field = owner.fields.accountable;
  if (!field || owner.accountable.length < 2) return [];
  const keep = typeof diagnostic.data?.keep === 'string' ? diagnostic.data.keep : owner.accountable[0].id;
  const ids = [...new Set(owner.accountable.map((r) => r.id))];
  return ids.map((id) => ({ title: `Keep only '${id}' as accountable`, edits: [replaceValue(input.text, field, id)], preferred: id === keep }));
}

function completeRisk(input: FixInput, risk: Risk, key: 'mitigation' | 'owner'): Fix | undefined {
  if (risk.fields[key]) return undefined;
  if (key === 'mitigation') {
    const edit = insertField(input.text, risk, 'mitigation', 'TODO', { snippetValue: '${1:How the risk is reduced or contained}', after: lastPresent(risk, ['id', 'title', 'probability', 'impact']) });
    return { title: 'Add a mitigation', edits: [edit] };
  }
  const ids = symbolIndexOf(input.program).idsOf('person');
  const choice = ids.length > 0 ? `\${1|${ids.map(escapeChoice).join(',')}|}` : '${1:person-id}';
  const edit = insertField(input.text, risk, 'owner', ids[0] ?? 'TODO', { snippetValue: choice, after: lastPresent(risk, ['id', 'title', 'probability', 'impact', 'mitigation']) });
  return { title: 'Add an owner', edits: [edit] };
}

function addField(input: FixInput, task: Task, title: string, key: string, value: string, after: string): Fix {
  const edit = insertField(input.text, task, key, value === input.asOf ? value : 'TODO', {
    snippetValue: `\${1:${value}}`,
    after: task.fields[after] ? after : undefined,
  });
  return { title, edits: [edit] };
}

function markDone(input: FixInput, task: Task): Fix {
  const edit = task.fields.status ? replaceValue(input.text, task.fields.status, 'done') : insertField(input.text, task, 'status', 'done');
  return { title: "Mark the task as 'done'", edits: [edit] };
}

function lastPresent(entity: Located, keys: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const key of keys) {
    const field = entity.fields[key];
    if (field && (!best || field.key.start > entity.fields[best].key.start)) best = key;
  }
  return best;
}

function escapeChoice(id: string): string {
  return id.replace(/[\\|,$}]/g, (c) => `\\${c}`);
}

function referenceAt(program: Program, span: Span): Reference | undefined {
  const occurrence = symbolIndexOf(program).occurrenceAt(span.start);
  return occurrence?.role === 'reference' && occurrence.span.start <= span.start && span.end <= occurrence.span.end ? occurrence : undefined;
}

/** The task a diagnostic is about: by its `taskId` when given, else the task block around it. */
function taskFor(program: Program, diagnostic: Diagnostic): Task | undefined {
  const index = symbolIndexOf(program);
  const around = index.definitionAround(diagnostic.span.start);
  if (around?.kind === 'task') return program.tasks[around.index];
  const taskId = diagnostic.data?.taskId;
  const byId = typeof taskId === 'string' ? index.definitionsOf('task', taskId)[0] : undefined;
  return byId ? program.tasks[byId.index] : undefined;
}

function riskFor(program: Program, span: Span): Risk | undefined {
  const around = symbolIndexOf(program).definitionAround(span.start);
  return around?.kind === 'risk' ? program.risks[around.index] : undefined;
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
