/** Temporary git repositories for the history and baseline tests, with commits at fixed dates. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit } from '../../../src/core/git/git';

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];

export class TestRepo {
  readonly folder = mkdtempSync(join(tmpdir(), 'pp-history-test-'));

  async init(): Promise<this> {
    await this.git('init', '-q', '--initial-branch=main');
    // Local to the temporary repository: `baseline set` makes tags with the user's identity.
    await this.git('config', 'user.name', 'Test');
    await this.git('config', 'user.email', 'test@example.com');
    await this.git('config', 'tag.gpgsign', 'false');
    return this;
  }

  path(name: string): string {
    return join(this.folder, name);
  }

  write(name: string, text: string | Uint8Array): void {
    mkdirSync(dirname(this.path(name)), { recursive: true });
    writeFileSync(this.path(name), text);
  }

  /** Commits everything with both dates at mid-day UTC of `date`. */
  async commit(date: string, message: string): Promise<string> {
    await this.git('add', '-A');
    const stamp = `${date}T12:00:00Z`;
    await this.git('commit', '-q', '--allow-empty', '-m', message, { env: { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } });
    return (await this.git('rev-parse', 'HEAD')).trim();
  }

  /** Runs git in the repository; the last argument may be options. Fails the test when git fails. */
  async git(...args: (string | { env: Record<string, string> })[]): Promise<string> {
    const last = args[args.length - 1];
    const env = typeof last === 'object' ? last.env : undefined;
    const words = args.filter((a): a is string => typeof a === 'string');
    const result = await runGit([...IDENTITY, ...words], { cwd: this.folder, env });
    assert.equal(result.code, 0, `git ${words.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** A small plan: `a` then milestone `m` (deadline-free), with the given duration of `a` and status date. */
export function plan(options: { statusDate: string; duration?: number; blocked?: boolean; done?: string; extra?: string; name?: string }): string {
  return [
    `program: ${options.name ?? 'Payments'}`,
    'start: 2026-01-05',
    `statusDate: ${options.statusDate}`,
    'teams:',
    '  - {id: core, name: Core, lead: ann}',
    '  - {id: web, name: Web, lead: bob}',
    'people:',
    '  - {id: ann, name: Ann, team: core}',
    '  - {id: bob, name: Bob, team: web}',
    'accountable: ann',
    'tasks:',
    '  - id: a',
    '    name: Build API',
    '    team: core',
    '    owner: ann',
    `    duration: ${options.duration ?? 5}`,
    ...(options.done ? ['    status: done', '    actualStart: 2026-01-05', `    actualFinish: ${options.done}`] : options.blocked ? ['    status: blocked', '    blocker: Vendor'] : []),
    '  - id: ui',
    '    name: Build UI',
    '    team: web',
    '    owner: bob',
    '    duration: 3',
    '    dependsOn: [a]',
    '  - id: m',
    '    name: "Launch: \\"v1\\""',
    '    milestone: true',
    '    owner: ann',
    '    dependsOn: [{task: ui, type: SS, lag: 3}]',
    ...(options.extra ? [options.extra] : []),
    '',
  ].join('\n');
}
