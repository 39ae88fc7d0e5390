/**
 * RACI gaps: a task without a Responsible owner (PP201) or without an Accountable person after
 * inheriting the program's (PP202), more than one Accountable (PP206), people and teams that
 * do not exist (PP203, PP204) and teams without a lead (PP205).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Located, Ref, Task } from '../model';
import { advice, field, withSuggestion, type CheckContext } from './context';

export function checkRaci(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { program } = context;
  const programHasAccountable = program.accountable.length > 0;
  for (const task of program.tasks) {
    if (task.status !== 'cancelled') {
      if (!task.owner) found.push(missingOwner(context, task));
      if (task.accountable.length === 0 && !programHasAccountable) {
        found.push(
          diagnostic(
            'PP202',
            task.idSpan,
            `Task '${task.id}' has no accountable person. Add \`accountable:\` to the task, or once at the top of the file for every task.`,
            { data: { taskId: task.id } },
          ),
        );
      }
    }
    if (task.accountable.length > 1) found.push(severalAccountable(task, task.accountable, `Task '${task.id}'`));
  }
  if (program.accountable.length > 1) found.push(severalAccountable(program, program.accountable, 'The program'));
  for (const team of program.teams) {
    if (team.lead) continue;
    found.push(
      diagnostic('PP205', team.idSpan, `Team '${team.id}' has no lead. Add \`lead:\` with the person who answers for the team's work.`, {
        data: { teamId: team.id },
      }),
    );
  }
  checkPersonRefs(context, found);
  checkTeamRefs(context, found);
  return found;
}

function missingOwner(context: CheckContext, task: Task): Diagnostic {
  const teamLead = task.team && context.teams.get(task.team.id)?.lead;
  const hint = teamLead && context.personIds.has(teamLead.id) ? ` (team '${task.team?.id}' is led by '${teamLead.id}')` : '';
  const data: Record<string, string> = { taskId: task.id };
  if (task.team) data.team = task.team.id;
  return diagnostic('PP201', task.idSpan, `Task '${task.id}' has no owner. Add \`owner:\` with the Responsible person${hint}.`, { data });
}

/** PP206, for an entity with more than one accountable person. */
function severalAccountable(entity: Located, accountable: readonly Ref[], who: string): Diagnostic {
  const keep = accountable[0].id;
  const span = field(entity, 'accountable')?.value ?? accountable[0].span;
  return diagnostic(
    'PP206',
    span,
    `${who} has ${accountable.length} accountable people (${accountable.map((ref) => ref.id).join(', ')}). RACI allows exactly one: keep one and make the others consulted.`,
    {
      related: accountable.slice(1).map((ref) => ({ message: `'${ref.id}' is also accountable`, span: ref.span })),
      data: { keep, accountable: accountable.map((ref) => ref.id) },
    },
  );
}

/**
 * Every place a person id may appear. The role text is built only for a miss: this walks tens of
 * thousands of references on every keystroke.
 */
function checkPersonRefs(context: CheckContext, found: Diagnostic[]): void {
  const { program, personIds } = context;
  const check = (ref: Ref | undefined, role: string, of: string) => {
    if (ref && !personIds.has(ref.id)) found.push(unknownPerson(context, ref, of === '' ? role : `${role} '${of}'`));
  };
  for (const ref of program.accountable) check(ref, "the program's accountable", '');
  for (const task of program.tasks) {
    check(task.owner, 'owner of task', task.id);
    for (const ref of task.accountable) check(ref, 'accountable for task', task.id);
    for (const ref of task.consulted) check(ref, 'consulted on task', task.id);
    for (const ref of task.informed) check(ref, 'informed on task', task.id);
  }
  for (const team of program.teams) check(team.lead, 'lead of team', team.id);
  for (const risk of program.risks) check(risk.owner, 'owner of risk', risk.id);
  for (const action of program.actions) check(action.owner, 'owner of action', action.id);
  for (const issue of program.issues) check(issue.owner, 'owner of issue', issue.id);
  for (const decision of program.decisions) check(decision.owner, 'owner of decision', decision.id);
  for (const item of program.launch?.checklist ?? []) check(item.owner, 'owner of launch item', item.item);
  check(program.launch?.handoffOwner, "the launch's BAU hand-off owner", '');
}

function unknownPerson(context: CheckContext, ref: Ref, role: string): Diagnostic {
  const suggestion = context.suggest('person', ref.id);
  return diagnostic(
    'PP203',
    ref.span,
    `Unknown person '${ref.id}' (${role}).${advice('person', suggestion, `Fix the spelling or add '${ref.id}' to people.`)}`,
    { data: withSuggestion({ personId: ref.id }, suggestion) },
  );
}

function checkTeamRefs(context: CheckContext, found: Diagnostic[]): void {
  const check = (ref: Ref | undefined, role: string, of: string) => {
    if (!ref || context.teams.has(ref.id)) return;
    const suggestion = context.suggest('team', ref.id);
    found.push(
      diagnostic('PP204', ref.span, `Unknown team '${ref.id}' (${role} '${of}').${advice('team', suggestion, 'Fix the id or add the team to teams.')}`, {
        data: withSuggestion({ teamId: ref.id }, suggestion),
      }),
    );
  };
  for (const task of context.program.tasks) check(task.team, 'team of task', task.id);
  for (const person of context.program.people) check(person.team, 'team of person', person.id);
}
