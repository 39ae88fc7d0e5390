/**
 * Generates a realistic program file of any size, the same for the same seed: phases, teams
 * with leads, people, tasks with 1–3 dependencies (some SS/FF, some lags and leads), milestones
 * with deadlines, a few `notBefore` dates, recorded progress on the early part of the plan with a
 * `statusDate`, and a RAID log, stakeholders and a launch checklist scaled to the plan.
 *
 *   import { generatePlan } from '../bench/generatePlan';
 *   const text = generatePlan({ tasks: 5_000 });             // YAML text of a *.program.yaml
 *
 * The file is meant to check clean, apart from deadlines the schedule happens to miss.
 */
import { WorkingDayCalendar } from '../src/core/schedule/calendar';

export interface PlanOptions {
  readonly tasks: number;
  /** Default 1. */
  readonly seed?: number;
  /** Record progress (`statusDate`, done and in-progress tasks). Default true. */
  readonly progress?: boolean;
  /**
   * Three-point estimates on the tasks and schedule impacts on the risks, for the confidence
   * forecast. Default false; derived from what is generated anyway, so the rest of the plan is
   * the same either way.
   */
  readonly uncertainty?: boolean;
}

const START = '2026-01-05';
const HOLIDAYS = ['2026-01-19', '2026-02-16', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25', '2027-01-01', '2027-05-31', '2027-07-05'];
const PHASES = ['foundation', 'infrastructure', 'pilot', 'scale'];
const TEAM_NAMES = ['platform', 'security', 'product', 'sre', 'sales-engineering', 'data', 'identity', 'billing', 'networking', 'support'];
const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances', 'Edsger', 'Radia', 'Linus', 'Hedy', 'Donald', 'Sophie', 'Tim'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Liskov', 'Thompson', 'Hamilton', 'Ritchie', 'Allen', 'Dijkstra', 'Perlman', 'Lamarr', 'Knuth', 'Wilson', 'Berners'];
const VERBS = ['Design', 'Build', 'Migrate', 'Review', 'Harden', 'Roll out', 'Test', 'Document', 'Automate', 'Load-test', 'Audit', 'Provision'];
const NOUNS = ['tenant router', 'billing export', 'audit log', 'SSO integration', 'quota service', 'control plane', 'data pipeline', 'runbooks', 'alerting', 'onboarding flow', 'API gateway', 'backup policy', 'schema registry', 'rate limiter'];

/** A small seeded generator (mulberry32): the same seed gives the same plan on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface PlannedTask {
  readonly id: string;
  readonly team: number;
  readonly duration: number;
  readonly milestone: boolean;
  readonly dependencies: readonly { readonly on: number; readonly type: 'FS' | 'SS' | 'FF'; readonly lag: number }[];
  /** Rough early start in working days (dependencies as finish-to-start): places progress and deadlines plausibly. */
  readonly roughStart: number;
}

/** What the writing helpers share: the output, the random source and the calendar. */
interface Writer {
  line(text: string): void;
  next(): number;
  pick<T>(items: readonly T[]): T;
  between(low: number, high: number): number;
  readonly calendar: WorkingDayCalendar;
  personId(team: number, member: number): string;
}

export function generatePlan(options: PlanOptions): string {
  const count = Math.max(0, Math.floor(options.tasks));
  const out: string[] = [];
  const next = random(options.seed ?? 1);
  const w: Writer = {
    line: (text) => out.push(text),
    next,
    pick: (items) => items[Math.floor(next() * items.length)],
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
    calendar: WorkingDayCalendar.create(START, HOLIDAYS)!,
    personId: (team, member) => `${TEAM_NAMES[team]}-${member + 1}`,
  };
  const { line, pick, between, calendar, personId } = w;

  const teamCount = Math.min(TEAM_NAMES.length, Math.max(5, Math.ceil(count / 400)));
  const peoplePerTeam = Math.max(2, Math.min(40, Math.ceil(count / (teamCount * 25))));

  const streams = Math.max(4, Math.ceil(count / 30));
  const dependency = (on: number): PlannedTask['dependencies'][number] => {
    const roll = next();
    return { on, type: roll < 0.08 ? 'SS' : roll < 0.14 ? 'FF' : 'FS', lag: next() < 0.12 ? between(-2, 5) : 0 };
  };
  const tasks: PlannedTask[] = [];
  for (let i = 0; i < count; i++) {
    const milestone = i > 0 && i % 25 === 0;
    const duration = milestone ? 0 : between(1, 15);
    // Work runs in parallel streams of about 30 tasks each: a task follows the previous one of
    // its stream and sometimes waits for work of another stream from an earlier round.
    const dependencies: PlannedTask['dependencies'][number][] = [];
    const previous = i - streams;
    if (previous >= 0) dependencies.push(dependency(previous));
    const extra = previous < 0 ? (i > 0 ? 1 : 0) : between(0, 2);
    for (let attempt = 0; attempt < extra * 3 && dependencies.length < extra + (previous >= 0 ? 1 : 0); attempt++) {
      const reach = Math.min(i, streams * 3);
      const on = previous < 0 ? between(0, i - 1) : i - streams - Math.floor(next() * (reach - streams + 1));
      if (on < 0 || on >= i || dependencies.some((d) => d.on === on)) continue;
      dependencies.push(dependency(on));
    }
    const roughStart = dependencies.reduce((start, d) => Math.max(start, tasks[d.on].roughStart + tasks[d.on].duration), 0);
    tasks.push({ id: `t${i + 1}`, team: i % teamCount, duration, milestone, dependencies, roughStart });
  }
  const roughEnd = tasks.reduce((end, task) => Math.max(end, task.roughStart + task.duration), 0);
  const statusOffset = options.progress === false || count === 0 ? undefined : tasks[Math.floor(count * 0.15)].roughStart;

  line(`# Generated plan: ${count} tasks, seed ${options.seed ?? 1}.`);
  line(`program: Generated platform program (${count} tasks)`);
  line(`start: ${START}`);
  if (statusOffset !== undefined) line(`statusDate: ${calendar.dateOf(statusOffset)}`);
  line(`targetEnd: ${calendar.dateOf(roughEnd + 20)}`);
  line(`accountable: ${personId(0, 0)}`);
  line('charter:');
  line('  context: Move every customer onto the shared multi-tenant platform.');
  line('  successCriteria:');
  line('    - All tenants served by the new control plane');
  line('    - No regression in p99 latency');
  line('  inScope: [control plane, billing, onboarding]');
  line('  outOfScope: [on-premises installs]');
  line('calendar:');
  line('  holidays:');
  for (const date of HOLIDAYS) line(`    - ${date}`);

  line('teams:');
  for (let team = 0; team < teamCount; team++) {
    line(`  - id: ${TEAM_NAMES[team]}`);
    line(`    name: ${capitalize(TEAM_NAMES[team])} team`);
    line(`    lead: ${personId(team, 0)}`);
  }
  line('people:');
  for (let team = 0; team < teamCount; team++) {
    for (let member = 0; member < peoplePerTeam; member++) {
      line(`  - id: ${personId(team, member)}`);
      line(`    name: ${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
      line(`    role: ${member === 0 ? 'Engineering manager' : 'Engineer'}`);
      line(`    team: ${TEAM_NAMES[team]}`);
    }
  }

  line('tasks:');
  let phase = -1;
  tasks.forEach((task, i) => {
    const taskPhase = Math.floor((i * PHASES.length) / count);
    if (taskPhase !== phase) {
      phase = taskPhase;
      line(`  # ${capitalize(PHASES[phase])} phase`);
    }
    line(`  - id: ${task.id}`);
    line(`    name: ${task.milestone ? `${capitalize(PHASES[phase])} checkpoint ${i + 1}` : `${pick(VERBS)} ${pick(NOUNS)} ${i + 1}`}`);
    line(`    phase: ${PHASES[phase]}`);
    line(`    team: ${TEAM_NAMES[task.team]}`);
    line(`    owner: ${personId(task.team, between(0, peoplePerTeam - 1))}`);
    if (task.milestone) line('    milestone: true');
    else line(`    duration: ${task.duration % 5 === 0 && next() < 0.5 ? `${task.duration / 5}w` : task.duration % 3 === 0 ? `${task.duration}d` : task.duration}`);
    if (task.dependencies.length > 0) {
      line('    dependsOn:');
      for (const d of task.dependencies) {
        const on = tasks[d.on].id;
        if (d.type === 'FS' && d.lag === 0) line(`      - ${on}`);
        else line(`      - { task: ${on}${d.type === 'FS' ? '' : `, type: ${d.type}`}${d.lag === 0 ? '' : `, lag: ${d.lag}`} }`);
      }
    }
    if (options.uncertainty && !task.milestone) line(`    estimate: { optimistic: ${Math.max(1, task.duration - 1 - (i % 3))}, pessimistic: ${task.duration * 2 + (i % 5)} }`);
    if (!task.milestone && next() < 0.01) line(`    notBefore: ${calendar.dateOf(Math.floor(task.roughStart * 0.6))}`);
    if (task.milestone) line(`    deadline: ${calendar.dateOf(task.roughStart + between(5, 30))}`);
    writeProgress(w, task, statusOffset);
  });

  writeRaid(w, tasks, teamCount, options.uncertainty === true);
  line('launch:');
  line(`  date: ${calendar.dateOf(roughEnd + 15)}`);
  line('  checklist:');
  line(`    - { item: Runbooks reviewed, owner: ${personId(0, 0)}, done: false }`);
  line(`    - { item: Support trained, owner: ${personId(teamCount - 1, 0)}, done: false }`);
  return `${out.join('\n')}\n`;
}

function writeProgress({ line, between, calendar }: Writer, task: PlannedTask, statusOffset: number | undefined): void {
  if (statusOffset === undefined) return;
  const finish = task.roughStart + task.duration;
  if (finish <= statusOffset && !task.milestone) {
    line('    status: done');
    line(`    actualStart: ${calendar.dateOf(task.roughStart)}`);
    line(`    actualFinish: ${calendar.dateOf(finish - 1)}`);
  } else if (finish <= statusOffset) {
    line('    status: done');
    line(`    actualFinish: ${calendar.dateOf(task.roughStart)}`);
  } else if (task.roughStart <= statusOffset && !task.milestone) {
    line('    status: in-progress');
    line(`    progress: ${Math.min(95, Math.round((100 * (statusOffset - task.roughStart)) / task.duration))}`);
    line(`    actualStart: ${calendar.dateOf(task.roughStart)}`);
  } else if (between(1, 50) === 1) {
    line('    status: blocked');
    line('    blocker: Waiting for a vendor contract');
  } else {
    line(`    status: ${between(1, 30) === 1 ? 'at-risk' : 'not-started'}`);
  }
}

function writeRaid({ line, between, pick, personId }: Writer, tasks: readonly PlannedTask[], teamCount: number, uncertainty: boolean): void {
  const count = tasks.length;
  const levels = ['low', 'medium', 'high'];
  const risks = Math.max(1, Math.ceil(count / 50));
  line('risks:');
  for (let i = 0; i < risks; i++) {
    line(`  - id: r${i + 1}`);
    line(`    title: Capacity of the ${pick(NOUNS)} may slip`);
    line(`    probability: ${pick(levels)}`);
    line(`    impact: ${pick(levels)}`);
    line('    mitigation: Stage the rollout and keep the old path warm');
    line(`    owner: ${personId(i % teamCount, 0)}`);
    line('    status: open');
    if (count > 0) {
      const threatened = tasks[between(0, count - 1)].id;
      line(`    tasks: [${threatened}]`);
      if (uncertainty) line(`    schedule: { tasks: [${threatened}], delay: ${5 + (i % 10)}d }`);
    }
  }
  line('actions:');
  for (let i = 0; i < Math.max(1, Math.ceil(count / 100)); i++) {
    line(`  - { id: a${i + 1}, title: Follow up on ${pick(NOUNS)}, owner: ${personId(i % teamCount, 0)}, due: 2027-12-01, status: open }`);
  }
  line('decisions:');
  line(`  - { id: d1, title: Choose the tenancy model, status: made, date: ${START}, outcome: Shared control plane, owner: ${personId(0, 0)} }`);
  line('stakeholders:');
  line('  - { id: s1, name: VP Engineering, role: Sponsor, interest: high, influence: high, strategy: Manage closely }');
  line('  - { id: s2, name: Head of Support, role: Operations, interest: medium, influence: low }');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
