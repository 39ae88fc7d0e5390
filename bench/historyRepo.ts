/**
 * Builds a git repository whose history is a plan evolving over many commits, the same for the
 * same options: one commit per working day with the plan's `statusDate` on that day, tasks done
 * in order, durations slipping, tasks added and removed, blockers opening and closing. The
 * commits are written by one `git fast-import` (dates in the stream), so 500 commits take well
 * under a second. Used by `bench/history.bench.ts` and the history tests.
 *
 *   const repo = buildHistoryRepo({ commits: 500, tasks: 300 });   // { folder, file, ... }
 *   appendCommit(repo, 'one more');                                   // the next day's version
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkingDayCalendar } from '../src/core/schedule/calendar';
import { random as seededRandom } from './generatePlan';

export interface HistoryRepoOptions {
  readonly commits: number;
  readonly tasks: number;
  /** Default 1. */
  readonly seed?: number;
  /** The plan's path in the repository; default `plans/program.program.yaml`. */
  readonly path?: string;
}

interface PlanTask {
  readonly id: string;
  readonly name: string;
  readonly team: number;
  duration: number;
  readonly milestone: boolean;
  readonly dependsOn: readonly string[];
  status: 'not-started' | 'in-progress' | 'done' | 'blocked';
  actualFinish?: string;
}

export interface HistoryRepo {
  readonly folder: string;
  /** Absolute path of the plan in the work tree. */
  readonly file: string;
  readonly path: string;
  /** The report dates of the commits so far, oldest first. */
  readonly dates: string[];
  /** Removes the folder. */
  dispose(): void;
  /** State for {@link appendCommit}. */
  readonly state: GeneratorState;
}

interface GeneratorState {
  readonly tasks: PlanTask[];
  readonly random: () => number;
  readonly calendar: WorkingDayCalendar;
  readonly blockedUntil: Map<string, number>;
  nextId: number;
  day: number;
  readonly total: number;
}

export const HISTORY_START = '2026-01-05';
const TEAMS = ['platform', 'security', 'product'];
const AUTHOR = 'Plan Bot <plans@example.com>';

function initialTasks(count: number, random: () => number): PlanTask[] {
  const tasks: PlanTask[] = [];
  for (let i = 0; i < count; i++) {
    const milestone = i % 25 === 24;
    const dependsOn = i === 0 ? [] : [tasks[i - 1].id, ...(i > 3 && random() < 0.4 ? [tasks[i - 3].id] : [])];
    tasks.push({ id: `t${i}`, name: milestone ? `Milestone ${(i + 1) / 25}` : `Task ${i}`, team: i % TEAMS.length, duration: milestone ? 0 : 1 + Math.floor(random() * 3), milestone, dependsOn, status: 'not-started' });
  }
  return tasks;
}

export function planText(state: GeneratorState, statusDate: string): string {
  const lines = ['# Generated plan history', 'program: History bench', `start: ${HISTORY_START}`, `statusDate: ${statusDate}`, 'budget: {total: 1000000, spent: ' + String(state.day * 2000) + ', currency: USD}', 'teams:'];
  for (const team of TEAMS) lines.push(`  - id: ${team}`, `    name: ${team}`, `    lead: ${team}-lead`);
  lines.push('people:');
  for (const team of TEAMS) lines.push(`  - id: ${team}-lead`, `    name: Lead of ${team}`, `    team: ${team}`);
  lines.push('accountable: platform-lead', 'tasks:');
  const ids = new Set(state.tasks.map((t) => t.id));
  for (const task of state.tasks) {
    lines.push(`  - id: ${task.id}`, `    name: ${task.name}`, `    team: ${TEAMS[task.team]}`, `    owner: ${TEAMS[task.team]}-lead`);
    lines.push(task.milestone ? '    milestone: true' : `    duration: ${task.duration}`);
    const deps = task.dependsOn.filter((id) => ids.has(id));
    if (deps.length) lines.push(`    dependsOn: [${deps.join(', ')}]`);
    if (task.status !== 'not-started') lines.push(`    status: ${task.status}`);
    if (task.status === 'blocked') lines.push('    blocker: Waiting for another team');
    if (task.actualFinish) lines.push(`    actualFinish: ${task.actualFinish}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Moves the plan one working day on: progress, and now and then a slip, a scope change or a blocker. */
function advance(state: GeneratorState): string {
  const { tasks, random, calendar } = state;
  state.day++;
  const date = calendar.dateOf(state.day);
  // Done in order, a little slower than planned: the forecast slips.
  const doneTarget = Math.floor((state.day * tasks.length) / (state.total * 1.25));
  let done = 0;
  for (const task of tasks) {
    if (done >= doneTarget) break;
    if (task.status !== 'done' && !state.blockedUntil.has(task.id)) {
      task.status = 'done';
      task.actualFinish = date;
    }
    done++;
  }
  const open = tasks.filter((t) => t.status !== 'done' && !t.milestone);
  if (open.length > 0 && state.day % 7 === 0) open[Math.floor(random() * open.length)].duration += 1 + Math.floor(random() * 3);
  if (state.day % 23 === 0) {
    const id = `n${state.nextId++}`;
    const last = tasks[tasks.length - 1];
    tasks.push({ id, name: `Added work ${id}`, team: state.nextId % TEAMS.length, duration: 2, milestone: false, dependsOn: [last.id], status: 'not-started' });
  }
  if (state.day % 31 === 0 && open.length > 2) {
    const victim = open[open.length - 2];
    tasks.splice(tasks.indexOf(victim), 1);
    state.blockedUntil.delete(victim.id);
  }
  for (const [id, until] of state.blockedUntil) {
    if (state.day < until) continue;
    const task = tasks.find((t) => t.id === id);
    if (task && task.status === 'blocked') task.status = 'not-started';
    state.blockedUntil.delete(id);
  }
  if (state.day % 10 === 0 && open.length > 0) {
    const task = open[Math.floor(random() * Math.min(open.length, 20))];
    if (task.status !== 'blocked') {
      task.status = 'blocked';
      state.blockedUntil.set(task.id, state.day + 3 + Math.floor(random() * 10));
    }
  }
  return date;
}

function git(folder: string, args: readonly string[], input?: string): string {
  const result = spawnSync('git', args, { cwd: folder, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * A fast-import `commit` of one version of the plan on `refs/heads/main`: after the branch's
 * tip in the same stream, or after the commit `from`.
 */
function commitRecord(path: string, text: string, date: string, message: string, from?: string): string {
  const stamp = `${Math.floor(Date.parse(`${date}T12:00:00Z`) / 1000)} +0000`;
  const data = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}\n`;
  return [
    'commit refs/heads/main',
    `author ${AUTHOR} ${stamp}`,
    `committer ${AUTHOR} ${stamp}`,
    data(message).trimEnd(),
    ...(from ? [`from ${from}`] : []),
    `M 100644 inline ${path}`,
    data(text).trimEnd(),
    '',
  ].join('\n');
}

export function buildHistoryRepo(options: HistoryRepoOptions): HistoryRepo {
  const folder = mkdtempSync(join(tmpdir(), 'pp-history-'));
  const path = options.path ?? 'plans/program.program.yaml';
  git(folder, ['init', '-q', '--initial-branch=main']);
  const random = seededRandom(options.seed ?? 1);
  const calendar = WorkingDayCalendar.create(HISTORY_START, [])!;
  const state: GeneratorState = { tasks: initialTasks(options.tasks, random), random, calendar, blockedUntil: new Map(), nextId: 0, day: -1, total: options.commits };
  const dates: string[] = [];
  const records: string[] = [];
  for (let i = 0; i < options.commits; i++) {
    const date = advance(state);
    dates.push(date);
    records.push(commitRecord(path, planText(state, date), date, `Status ${date}`));
  }
  git(folder, ['fast-import', '--quiet'], records.join(''));
  git(folder, ['checkout', '-q', '-f', 'main']);
  return { folder, file: join(folder, path), path, dates, state, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Commits the next day's version on top (through fast-import as well) and updates the work tree. */
export function appendCommit(repo: HistoryRepo, message?: string): string {
  const date = advance(repo.state);
  repo.dates.push(date);
  const head = git(repo.folder, ['rev-parse', 'HEAD']).trim();
  git(repo.folder, ['fast-import', '--quiet'], commitRecord(repo.path, planText(repo.state, date), date, message ?? `Status ${date}`, head));
  git(repo.folder, ['checkout', '-q', '-f', 'main']);
  return date;
}
