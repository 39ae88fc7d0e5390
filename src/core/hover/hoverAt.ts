/**
 * Hover content (Markdown) for whatever is under the cursor: a task (its id, name or anywhere
 * in its block), a dependency reference, a person, a team or a risk. Everything comes from the
 * analysis already made; every user string is escaped.
 */
import type { Dependency, DependencyType, IsoDate, Level, Person, Program, Risk, Task, Team } from '../model';
import type { Schedule, TaskSchedule } from '../schedule/types';
import type { Span } from '../source';
import { symbolIndexOf, type Definition } from '../navigation/symbolIndex';
import { crossTeamDependency } from '../dependencies/crossTeam';
import { crossTeamSentence } from '../dependencies/crossTeamDocument';
import { escapeMarkdown } from '../status/document';
import { assessHealth, projectedEnd } from '../status/health';
import { deadlineSlack } from '../status/workdays';
import { plural, workingDays } from '../text/plural';
import { longDate } from './dateText';
import { scheduledTask } from './taskLens';

export interface HoverInput {
  readonly program: Program;
  readonly schedule: Schedule;
  readonly asOf: IsoDate;
}

export interface HoverContent {
  readonly markdown: string;
  /** The text the hover is about (the id under the cursor, or the whole block). */
  readonly span: Span;
}

const LINK_NAMES: Record<DependencyType, string> = {
  FS: 'finish-to-start',
  SS: 'start-to-start',
  FF: 'finish-to-finish',
  SF: 'start-to-finish',
};
const LEVEL_SCORE: Record<Level, number> = { low: 1, medium: 2, high: 3 };

export function hoverAt(input: HoverInput, offset: number): HoverContent | undefined {
  const index = symbolIndexOf(input.program);
  const occurrence = index.occurrenceAt(offset);
  if (occurrence) {
    const definition = occurrence.role === 'definition' ? occurrence : index.definitionsOf(occurrence.kind, occurrence.id)[0];
    if (occurrence.role === 'reference' && occurrence.field === 'dependsOn' && occurrence.from && occurrence.position !== undefined) {
      const successor = input.program.tasks[occurrence.from.index];
      return { markdown: dependencyHover(input, successor, successor.dependsOn[occurrence.position], definition), span: occurrence.span };
    }
    if (!definition) return { markdown: `Unknown ${occurrence.kind} ${bold(occurrence.id)}`, span: occurrence.span };
    const markdown = entityHover(input, definition);
    if (markdown) return { markdown, span: occurrence.span };
  }
  const around = index.definitionAround(offset);
  const markdown = around && entityHover(input, around);
  if (markdown && around) return { markdown, span: around.block };
  const header = PROGRAM_KEYS.map((key) => input.program.fields[key]).find((field) => field && field.key.start <= offset && offset <= Math.max(field.key.end, field.value.end));
  return header && { markdown: programHover(input), span: { start: header.key.start, end: Math.max(header.key.end, header.value.end) } };
}

/** The top-level keys that show the overview of the whole program. */
const PROGRAM_KEYS = ['program', 'start', 'statusDate', 'targetEnd'];

function programHover(input: HoverInput): string {
  const { program, schedule, asOf } = input;
  const health = assessHealth(program, schedule, asOf);
  const end = projectedEnd(program, schedule, asOf);
  const dates = [`Start: ${program.start ? longDate(program.start) : '_missing_'}`, `Projected end: ${end ? longDate(end) : '_not scheduled_'}`];
  if (program.targetEnd) {
    const slack = end && schedule.calendar ? deadlineSlack(schedule.calendar, end, program.targetEnd) : undefined;
    dates.push(`Target end: ${longDate(program.targetEnd)}${slack === undefined ? '' : slack < 0 ? ` (**missed by ${workingDays(slack)}**)` : ` (slack ${workingDays(slack)})`}`);
  }
  let open = 0;
  let critical = 0;
  for (const task of program.tasks) {
    if (task.status === 'done' || task.status === 'cancelled') continue;
    open++;
    if (schedule.ok && scheduledTask(schedule, task.index)?.critical) critical++;
  }
  return [
    `**${escapeMarkdown(program.name || 'Program')}** — program`,
    dates.join(' · '),
    `${plural(program.tasks.length, 'task')}: ${open} open, ${critical} critical · ${plural(program.people.length, 'person', 'people')} · ${plural(program.risks.length, 'risk')}`,
    `Health: **${health.status.toUpperCase()}** — ${escapeMarkdown(health.reason, false)} (as of ${longDate(asOf)})`,
  ].join('\n\n');
}

function entityHover(input: HoverInput, definition: Definition): string | undefined {
  const { program } = input;
  switch (definition.kind) {
    case 'task':
      return taskHover(input, program.tasks[definition.index]);
    case 'person':
      return personHover(input, program.people[definition.index]);
    case 'team':
      return teamHover(input, program.teams[definition.index]);
    case 'risk':
      return riskHover(input, program.risks[definition.index]);
    case 'action': {
      const action = program.actions[definition.index];
      const due = action.due ? ` · Due: ${longDate(action.due)}${action.status === 'open' && action.due < input.asOf ? ' (**past due**)' : ''}` : '';
      return raidHover(input, 'action', action.title, action.id, `Status: ${action.status}${due}`, action.owner?.id);
    }
    case 'issue': {
      const issue = program.issues[definition.index];
      const lines = [`Severity: ${issue.severity ?? '_not set_'} · Status: ${issue.status}`];
      if (issue.impact) lines.push(`Impact: ${escapeMarkdown(issue.impact, false)}`);
      if (issue.resolution) lines.push(`Resolution: ${escapeMarkdown(issue.resolution, false)}`);
      return raidHover(input, 'issue', issue.title, issue.id, lines.join('\n\n'), issue.owner?.id);
    }
    case 'decision': {
      const decision = program.decisions[definition.index];
      const lines = [`Status: ${decision.status}${decision.needBy ? ` · Needed by: ${longDate(decision.needBy)}` : ''}${decision.date ? ` · Made: ${longDate(decision.date)}` : ''}`];
      if (decision.outcome) lines.push(`Outcome: ${escapeMarkdown(decision.outcome, false)}`);
      return raidHover(input, 'decision', decision.title, decision.id, lines.join('\n\n'), decision.owner?.id);
    }
    case 'stakeholder': {
      const stakeholder = program.stakeholders[definition.index];
      const facts = [stakeholder.role && `Role: ${escapeMarkdown(stakeholder.role, false)}`, `Interest: ${stakeholder.interest ?? '_not set_'} · Influence: ${stakeholder.influence ?? '_not set_'}`];
      if (stakeholder.strategy) facts.push(`Strategy: ${escapeMarkdown(stakeholder.strategy, false)}`);
      return [`**${escapeMarkdown(stakeholder.name || stakeholder.id)}** — stakeholder ${escapeMarkdown(stakeholder.id, false)}`, ...facts].filter(Boolean).join('\n\n');
    }
  }
}

function raidHover(input: HoverInput, kind: string, title: string, id: string, facts: string, ownerId: string | undefined): string {
  const owner = `Owner: ${ownerId ? personName(input.program, ownerId) : '_none_'}`;
  return [`**${escapeMarkdown(title || id)}** — ${kind} ${escapeMarkdown(id, false)}`, facts, owner].join('\n\n');
}

/**
 * A Markdown hard line break. Lines joined by it form one paragraph, without the space VS Code
 * puts between paragraphs: a task's hover stays under about 240 px, which VS Code shows whole
 * (it scrolls a hover taller than the room beside the line).
 */
const LINE_BREAK = '  \n';

function taskHover(input: HoverInput, task: Task): string {
  const { program, schedule } = input;
  const blocks = [taskHeading(task) + LINE_BREAK + taskFacts(input, task)];
  const scheduled = schedule.ok ? scheduledTask(schedule, task.index) : undefined;
  if (!schedule.ok) blocks.push('_Not scheduled: the program has no valid `start`._');
  else if (!scheduled) blocks.push('_Not scheduled: the task is on a dependency cycle._');
  else blocks.push(...scheduleBlocks(program, schedule, task, scheduled));
  return blocks.join('\n\n');
}

function taskHeading(task: Task): string {
  const kind = task.milestone ? 'Milestone' : 'Task';
  return `**${escapeMarkdown(task.name || task.id)}** — ${kind.toLowerCase()} ${escapeMarkdown(task.id, false)}`;
}

function taskFacts(input: HoverInput, task: Task): string {
  const facts = [`Owner: ${task.owner ? personName(input.program, task.owner.id) : '_none_'}`, `Status: ${task.status}`];
  if (task.progress !== undefined) facts.push(`Progress: ${task.progress}%`);
  if (task.team) facts.push(`Team: ${teamName(input.program, task.team.id)}`);
  if (task.phase) facts.push(`Phase: ${escapeMarkdown(task.phase, false)}`);
  return facts.join(' · ');
}

/** The dates as a table (with the plan's row when recorded progress moved them), then one paragraph of what they mean. */
function scheduleBlocks(program: Program, schedule: Schedule, task: Task, scheduled: TaskSchedule): string[] {
  const calendar = schedule.calendar!;
  const rows = [
    '| | Start | Finish |\n|---|---|---|',
    `| Early | ${longDate(scheduled.startDate)} | ${longDate(scheduled.finishDate)} |`,
    `| Late | ${longDate(scheduled.lateStartDate)} | ${longDate(scheduled.lateFinishDate)} |`,
  ];
  const floats = `Total float: **${workingDays(scheduled.tf)}**${scheduled.tf < 0 ? ' late' : ''} · Free float: ${workingDays(scheduled.ff)}${scheduled.ff < 0 ? ' late' : ''}`;
  const lines = [
    scheduled.critical ? `**Critical**: any delay moves the end date · ${floats}` : `Not critical · ${floats}`,
    drivenBy(program, task, scheduled),
  ];
  const outlook: string[] = [];
  if (task.deadline) {
    const slack = deadlineSlack(calendar, scheduled.finishDate, task.deadline);
    outlook.push(`Deadline: ${longDate(task.deadline)} — ${slack < 0 ? `**missed by ${workingDays(slack)}**` : `slack ${workingDays(slack)}`}`);
  }
  if (scheduled.planned) {
    const plannedFinish = scheduled.planned.finishDate;
    rows.push(`| Planned | ${longDate(scheduled.planned.startDate)} | ${longDate(plannedFinish)} |`);
    const moved = calendar.offsetOf(scheduled.finishDate) - calendar.offsetOf(plannedFinish);
    const direction = moved > 0 ? `${workingDays(moved)} later than planned` : moved < 0 ? `${workingDays(moved)} earlier than planned` : 'same finish as planned';
    outlook.push(`Forecast finish: ${direction} (from recorded progress)`);
  }
  if (outlook.length > 0) lines.push(outlook.join(' · '));
  return [rows.join('\n'), lines.join(LINE_BREAK)];
}

function drivenBy(program: Program, task: Task, scheduled: TaskSchedule): string {
  switch (scheduled.driverKind) {
    case 'predecessor': {
      const dependency = task.dependsOn.find((d) => d.task.id === scheduled.driver);
      const link = dependency ? ` (${linkText(dependency)})` : '';
      const predecessor = scheduled.driver ? symbolIndexOf(program).definitionsOf('task', scheduled.driver)[0] : undefined;
      const name = predecessor ? program.tasks[predecessor.index].name || predecessor.id : scheduled.driver ?? '';
      return `Driven by: ${escapeMarkdown(name, false)}${link}`;
    }
    case 'notBefore':
      return `Driven by: not before ${task.notBefore ? longDate(task.notBefore) : 'its date'}`;
    case 'statusDate':
      return 'Driven by: the status date (remaining work starts then)';
    case 'actual':
      return `Driven by: its actual start${task.actualStart ? ` on ${longDate(task.actualStart)}` : ''}`;
    case 'start':
      return 'Driven by: the program start';
  }
}

function linkText(dependency: Dependency): string {
  const lag = dependency.lag === 0 ? '' : dependency.lag > 0 ? `, lag ${workingDays(dependency.lag)}` : `, lead ${workingDays(dependency.lag)}`;
  return `${LINK_NAMES[dependency.type]}${lag}`;
}

function dependencyHover(input: HoverInput, successor: Task, dependency: Dependency, target: Definition | undefined): string {
  const link = `Depends on ${bold(dependency.task.id)} — ${linkText(dependency)} (${dependency.type})`;
  if (!target) return `${link}\n\n_No task has this id._`;
  const task = input.program.tasks[target.index];
  const scheduled = input.schedule.ok ? scheduledTask(input.schedule, task.index) : undefined;
  const lines = [link, taskHeading(task), taskFacts(input, task)];
  // Between teams, the line a lead asks about first: who needs what from whom, and by when.
  const crossTeam = crossTeamDependency(input.program, input.schedule, input.asOf, successor, dependency);
  if (crossTeam) {
    const { needs, deliverable, rest } = crossTeamSentence(crossTeam);
    lines.splice(1, 0, `${escapeMarkdown(needs)}_${escapeMarkdown(deliverable, false)}_${escapeMarkdown(rest, false)}`);
  }
  if (scheduled) {
    lines.push(`${longDate(scheduled.startDate)} → ${longDate(scheduled.finishDate)} · total float ${workingDays(scheduled.tf)}${scheduled.critical ? ' · **critical**' : ''}`);
  }
  return lines.join('\n\n');
}

function personHover(input: HoverInput, person: Person): string {
  const { program } = input;
  const index = symbolIndexOf(program);
  const facts: string[] = [];
  if (person.role) facts.push(`Role: ${escapeMarkdown(person.role, false)}`);
  if (person.team) facts.push(`Team: ${teamName(program, person.team.id)}`);
  const led = program.teams.filter((t) => t.lead?.id === person.id);
  if (led.length > 0) facts.push(`Leads: ${led.map((t) => escapeMarkdown(t.name || t.id, false)).join(', ')}`);
  let owned = 0;
  let critical = 0;
  let open = 0;
  let accountable = 0;
  for (const reference of index.referencesTo('person', person.id)) {
    if (reference.from?.kind !== 'task') continue;
    if (reference.field === 'accountable') accountable++;
    if (reference.field !== 'owner') continue;
    const task = program.tasks[reference.from.index];
    owned++;
    if (task.status !== 'done' && task.status !== 'cancelled') open++;
    if (input.schedule.ok && scheduledTask(input.schedule, task.index)?.critical) critical++;
  }
  const owns = `Owns ${plural(owned, 'task')} (${open} open, ${critical} critical)${accountable > 0 ? ` · accountable for ${plural(accountable, 'task')}` : ''}`;
  return [`**${escapeMarkdown(person.name || person.id)}** — person ${escapeMarkdown(person.id, false)}`, facts.join(' · '), owns].filter(Boolean).join('\n\n');
}

function teamHover(input: HoverInput, team: Team): string {
  const { program } = input;
  const index = symbolIndexOf(program);
  let members = 0;
  let tasks = 0;
  for (const reference of index.referencesTo('team', team.id)) {
    if (reference.from?.kind === 'person') members++;
    if (reference.from?.kind === 'task') tasks++;
  }
  const lead = team.lead ? personName(program, team.lead.id) : '_none_';
  return `**${escapeMarkdown(team.name || team.id)}** — team ${escapeMarkdown(team.id, false)}\n\nLead: ${lead} · ${plural(members, 'member')} · ${plural(tasks, 'task')}`;
}

function riskHover(input: HoverInput, risk: Risk): string {
  const score =
    risk.probability && risk.impact
      ? `Score: **${LEVEL_SCORE[risk.probability] * LEVEL_SCORE[risk.impact]}** of 9 (probability ${risk.probability} × impact ${risk.impact})`
      : 'Score: _needs probability and impact_';
  const owner = `Owner: ${risk.owner ? personName(input.program, risk.owner.id) : '_none_'}`;
  const mitigation = risk.mitigation ? `Mitigation: ${escapeMarkdown(risk.mitigation, false)}` : 'Mitigation: _none_';
  const lines = [`**${escapeMarkdown(risk.title || risk.id)}** — risk ${escapeMarkdown(risk.id, false)}`, `${score} · Status: ${risk.status} · ${owner}`, mitigation];
  if (risk.tasks.length > 0) lines.push(`Tasks: ${risk.tasks.map((ref) => escapeMarkdown(ref.id, false)).join(', ')}`);
  return lines.join('\n\n');
}

function personName(program: Program, id: string): string {
  const definition = symbolIndexOf(program).definitionsOf('person', id)[0];
  const name = definition ? program.people[definition.index].name : undefined;
  return escapeMarkdown(name || id, false) + (definition ? '' : ' _(unknown)_');
}

function teamName(program: Program, id: string): string {
  const definition = symbolIndexOf(program).definitionsOf('team', id)[0];
  const name = definition ? program.teams[definition.index].name : undefined;
  return escapeMarkdown(name || id, false) + (definition ? '' : ' _(unknown)_');
}

function bold(text: string): string {
  return `**${escapeMarkdown(text, false)}**`;
}
